package org.reshape.io.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.reshape.domain.Consultation;
import org.reshape.domain.Contract;
import org.reshape.domain.FamilyLeave;
import org.reshape.domain.Holding;
import org.reshape.domain.PeoplePolicy;
import org.reshape.domain.Person;
import org.reshape.domain.Workforce;

/// The sample's people. The report names nobody, so every name here is made up
/// and plainly so (surnames such as Sampleton and Exampleby), and so are every
/// date, salary and equality value. What is not made up is the count: the
/// holders of the posts the proposal affects come to the report's 23
/// individuals (§6.3), traced in docs/sample-bury-cyp-2024.md.
final class BuryPeople {
    static final String[] SURNAMES = {"Sampleton", "Exampleby", "Testwick", "Mockley", "Dummigan", "Placeholm",
            "Fictionby", "Madeupson"};
    private static final String[] FIRST = {"Alex", "Bea", "Cal", "Dana", "Eli", "Fern", "Gus", "Hana", "Ivo", "Jo",
            "Kit", "Lena", "Max", "Nia", "Oli", "Pia", "Quin", "Rae", "Sol", "Tess", "Uma", "Vic", "Wren", "Xan", "Yas", "Zed"};
    private static final String[] SEX = {"Female", "Male", "Female", "Female", "Male", "Prefer not to say"};
    private static final String[] ETHNICITY = {"White", "White", "Asian or Asian British", "White",
            "Black, Black British, Caribbean or African", "White", "Mixed or multiple ethnic groups", "White", ""};
    private static final String[] DISABILITY = {"Not disabled", "Not disabled", "Disabled", "Not disabled", "Prefer not to say",
            "Not disabled", "Not disabled"};

    private final List<Person> people = new ArrayList<>();
    private final List<Holding> holdings = new ArrayList<>();
    private int n;

    private BuryPeople() {
    }

    static Workforce workforce() {
        BuryPeople b = new BuryPeople();
        b.one("EDCYP", 1, 52_000, 12);
        b.agency("DSC");
        b.one("HIR", 1, 65_000, 12);
        b.one("TMCS", 1, 48_000, 8);
        b.one("HCASS", 1, 66_000, 12);
        for (int i = 0; i < 4; i++) {
            b.one("CRS", 1, 34_000 + 500 * i, 4);
        }
        b.one("CRS", 0.5, 33_500, 4);
        b.one("PSW", 1, 67_000, 12);
        b.one("SMQA", 1, 58_000, 8);
        b.agency("DES");
        b.one("SLSS", 1, 67_500, 12);
        // Two job shares the report does not name (see the sample doc): they bring the count to its 23.
        b.one("SSAO", 0.5, 69_586, 8);
        b.one("SSAO", 0.5, 68_000, 8);
        b.one("VHT", 1, 65_794, 12);
        b.one("AECE", 1, 47_000, 8);
        b.one("SLSEND", 1, 67_527, 12);
        b.one("CWD", 0.5, 46_000, 8);
        b.one("CWD", 0.5, 46_500, 8);
        b.one("HFH", 1, 67_000, 12);
        b.one("SMFR", 1, 59_000, 8);
        b.one("SMEY", 1, 58_500, 8);
        b.one("HSAR", 1, 66_500, 12);
        b.one("CIM", 1, 49_000, 8);
        for (int i = 0; i < 32; i++) {
            b.one("BS", i < 28 ? 1 : 0.5, 24_000 + 300 * (i % 8), 4);
        }
        b.one("HCC", 1, 64_000, 12);
        // Someone on maternity leave, for the legal priority in matching: the Service Manager (Quality & Assurance).
        Person smqa = b.people.get(b.indexOf("SMQA"));
        b.people.set(b.indexOf("SMQA"), smqa.withLeave(FamilyLeave.ON_LEAVE));
        List<Consultation> plans = List.of(new Consultation("proposed", LocalDate.of(2024, 1, 15), 0, 30));
        return new Workforce(b.people, b.holdings, List.of(), List.of(), plans, PeoplePolicy.DEFAULT);
    }

    private int indexOf(String postKey) {
        String id = holdings.stream().filter(h -> h.postKey().equals(postKey)).findFirst().orElseThrow().personId();
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException(postKey);
    }

    /// A permanent employee holding `fte` of the post; everything about them is made up, deterministically.
    private void one(String postKey, double fte, long salary, int noticeWeeks) {
        int i = n++;
        String id = "E" + (1001 + i);
        String name = FIRST[i % FIRST.length] + " " + SURNAMES[(i / FIRST.length + i) % SURNAMES.length];
        LocalDate dob = LocalDate.of(1962 + (i * 7) % 38, 1 + i % 12, 1 + (i * 3) % 28);
        LocalDate service = dob.plusYears(22 + (i * 5) % 15).withDayOfMonth(1);
        if (service.isAfter(LocalDate.of(2023, 9, 1))) {
            service = LocalDate.of(2023, 9, 1);
        }
        // +£37: a made-up salary never equals a grade's printed minimum or maximum.
        people.add(new Person(id, name, id, Contract.PERMANENT, org.reshape.domain.Money.ofPounds(salary + 37), null, service, dob,
                noticeWeeks, null, FamilyLeave.NONE, SEX[i % SEX.length], ETHNICITY[i % ETHNICITY.length],
                DISABILITY[i % DISABILITY.length]));
        holdings.add(new Holding(id, postKey, BigDecimal.valueOf(fte)));
    }

    /// An agency interim: not an employee, so not consulted.
    private void agency(String postKey) {
        int i = n++;
        String id = "A" + (1001 + i);
        String name = FIRST[i % FIRST.length] + " " + SURNAMES[(i / FIRST.length + i) % SURNAMES.length];
        people.add(new Person(id, name, "", Contract.AGENCY, null, null, null, null, 0, null, FamilyLeave.NONE, "", "", ""));
        holdings.add(new Holding(id, postKey, BigDecimal.ONE));
    }
}
