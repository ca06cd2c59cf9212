package org.reshape.domain;

import java.time.LocalDate;

/// Someone who holds a post: an employee (permanent or fixed-term) or an
/// agency/interim worker. Personal data: a person's name, date of birth, pay
/// and equality fields never reach a public output.
///
/// @param id             the person's identity in the model: the employee number when there is one
/// @param salary         actual annual full-time salary where known (null: use the spinal point or the grade)
/// @param spinalPoint    the person's spinal point where known, or null
/// @param serviceStart   start of continuous (local government) service, or null
/// @param dateOfBirth    or null; needed for redundancy and pension costs and the age band
/// @param noticeWeeks    contractual notice the council must give, in weeks
/// @param contractEnd    for a fixed-term contract, its agreed end, or null
/// @param leave          family leave or protected period, which gives priority for vacancies
/// @param sex            one of [Equality#SEX]'s values, or "" (not recorded)
/// @param ethnicity      one of [Equality#ETHNICITY]'s values, or ""
/// @param disability     one of [Equality#DISABILITY]'s values, or ""
public record Person(String id, String name, String employeeNumber, Contract contract, Money salary, Integer spinalPoint,
                     LocalDate serviceStart, LocalDate dateOfBirth, int noticeWeeks, LocalDate contractEnd,
                     FamilyLeave leave, String sex, String ethnicity, String disability) {

    public Person {
        Checks.require(id, "person id");
        name = Checks.orEmpty(name).strip();
        employeeNumber = Checks.orEmpty(employeeNumber).strip();
        contract = contract == null ? Contract.PERMANENT : contract;
        leave = leave == null ? FamilyLeave.NONE : leave;
        sex = Checks.orEmpty(sex).strip();
        ethnicity = Checks.orEmpty(ethnicity).strip();
        disability = Checks.orEmpty(disability).strip();
    }

    /// A permanent employee with only a name and number known.
    public static Person of(String id, String name) {
        return new Person(id, name, id, Contract.PERMANENT, null, null, null, null, 0, null, FamilyLeave.NONE, "", "", "");
    }

    public boolean isEmployee() {
        return contract.isEmployee();
    }

    /// "Ann Sampleton (E1001)", for messages to the user who entered them.
    public String describe() {
        String n = name.isEmpty() ? "(no name)" : name;
        return employeeNumber.isEmpty() || employeeNumber.equals(n) ? n + " [" + id + "]" : n + " (" + employeeNumber + ")";
    }

    public Person withName(String v) {
        return new Person(id, v, employeeNumber, contract, salary, spinalPoint, serviceStart, dateOfBirth, noticeWeeks,
                contractEnd, leave, sex, ethnicity, disability);
    }

    public Person withContract(Contract v, LocalDate end) {
        return new Person(id, name, employeeNumber, v, salary, spinalPoint, serviceStart, dateOfBirth, noticeWeeks,
                end, leave, sex, ethnicity, disability);
    }

    public Person withPay(Money v, Integer point) {
        return new Person(id, name, employeeNumber, contract, v, point, serviceStart, dateOfBirth, noticeWeeks,
                contractEnd, leave, sex, ethnicity, disability);
    }

    public Person withDates(LocalDate service, LocalDate dob, int notice) {
        return new Person(id, name, employeeNumber, contract, salary, spinalPoint, service, dob, notice,
                contractEnd, leave, sex, ethnicity, disability);
    }

    public Person withLeave(FamilyLeave v) {
        return new Person(id, name, employeeNumber, contract, salary, spinalPoint, serviceStart, dateOfBirth, noticeWeeks,
                contractEnd, v, sex, ethnicity, disability);
    }

    public Person withEquality(String newSex, String newEthnicity, String newDisability) {
        return new Person(id, name, employeeNumber, contract, salary, spinalPoint, serviceStart, dateOfBirth, noticeWeeks,
                contractEnd, leave, newSex, newEthnicity, newDisability);
    }
}
