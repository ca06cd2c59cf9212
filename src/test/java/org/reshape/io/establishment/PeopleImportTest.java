package org.reshape.io.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reshape.domain.Contract;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.Person;
import org.reshape.domain.Workforce;
import org.reshape.io.Samples;
import org.reshape.io.imports.ImportOptions;
import org.reshape.io.imports.ImportResult;
import org.reshape.io.imports.ImportSource;
import org.reshape.io.imports.Progress;

/// People read from an establishment list's person columns: job shares, a person in two posts, bad values.
class PeopleImportTest {
    private static final String HEADER = "Post No,Job Title,Reports To,Grade,Pay min,Pay max,FTE,Employee Name,Employee Number,"
            + "Contract,Holder FTE,Salary,Continuous Service Date,Date of Birth,Notice Period,Gender,Ethnicity,Disability\n";

    private static ImportResult<EstablishmentImport.Imported> load(String rows) {
        Model empty = EstablishmentImport.emptyModel("acme", "Acme", LocalDate.of(2025, 4, 1));
        String csv = HEADER + rows;
        ImportSource src = ImportSource.of("people.csv", csv);
        ColumnMapping mapping = EstablishmentImport.preview(src, "", 5).value().orElseThrow().guess().withCreateGrades(true, "Acme grades");
        return EstablishmentImport.importInto(empty, src, mapping, ImportOptions.defaults(), Progress.NONE);
    }

    @Test
    void theGuessedMapping_findsEveryPersonColumn() {
        ColumnMapping m = ColumnMapping.guess(List.of(HEADER.strip().split(",")));
        for (EstablishmentField f : EstablishmentField.values()) {
            if (f.isPerson()) {
                assertThat(m.column(f)).as(f.label()).isPresent();
            }
        }
    }

    @Test
    void aJobShare_andAPersonInTwoPosts_andAnAgencyInterim_areRead() {
        ImportResult<EstablishmentImport.Imported> r = load(""
                + "1,Director,,Dir,100000,110000,1,Ann Sampleton,E1,Permanent,,105000,01/09/2005,12/05/1980,12,F,White,No\n"
                + "2,Head of Service,1,HoS,60000,65000,1,Bea Exampleby,E2,permanent,0.5,61000,2010-04-01,1975-01-02,8,Female,,\n"
                + "2,Head of Service,1,HoS,60000,65000,1,Cal Testwick,E3,Fixed-term,0.5,61000,,,4,Male,Asian or Asian British,Yes\n"
                + "3,Project Lead,1,HoS,60000,65000,0.5,Bea Exampleby,E2,permanent,0.5,61000,2010-04-01,1975-01-02,8,Female,,\n"
                + "4,Interim Director,1,Dir,100000,110000,1,Dan Mockley,,Agency,,,,,,,,\n");

        assertThat(r.report().errors()).isEmpty();
        Model m = r.value().orElseThrow().model();
        Workforce w = m.workforce();
        assertThat(w.people()).extracting(Person::name)
                .containsExactly("Ann Sampleton", "Bea Exampleby", "Cal Testwick", "Dan Mockley");
        assertThat(w.holderText(m.baseline(), "2")).isEqualTo("Bea Exampleby, Cal Testwick (job share)");
        assertThat(w.holdingsOfPerson("E2")).extracting(h -> h.postKey()).containsExactly("2", "3");
        Person ann = w.person("E1").orElseThrow();
        assertThat(ann.salary()).isEqualTo(Money.ofPounds(105_000));
        assertThat(ann.dateOfBirth()).isEqualTo(LocalDate.of(1980, 5, 12));
        assertThat(ann.serviceStart()).isEqualTo(LocalDate.of(2005, 9, 1));
        assertThat(ann.noticeWeeks()).isEqualTo(12);
        assertThat(List.of(ann.sex(), ann.ethnicity(), ann.disability())).containsExactly("Female", "White", "Not disabled");
        assertThat(w.person("E3").orElseThrow().contract()).isEqualTo(Contract.FIXED_TERM);
        assertThat(w.person("E3").orElseThrow().disability()).isEqualTo("Disabled");
        assertThat(w.person("row-6").orElseThrow().contract()).isEqualTo(Contract.AGENCY);
        assertThat(w.heldFte("2")).isEqualByComparingTo(BigDecimal.ONE);
        // The name lives with the person, not on the post as well.
        assertThat(m.baseline().post("1").holder()).isEmpty();
    }

    @Test
    void badPersonValues_areRefusedWithLineAndColumn_andNothingIsImported() {
        ImportResult<EstablishmentImport.Imported> r = load(""
                + "1,Director,,Dir,100000,110000,1,Ann Sampleton,E1,Permanent,,,,,,Woman?,White,\n"
                + "2,Head,1,Dir,100000,110000,1,Bea Exampleby,E2,Seasonal,,,,,,,,\n");

        assertThat(r.imported()).isFalse();
        assertThat(r.report().errors()).extracting(Object::toString).containsExactly(
                "people.csv:2: column 'Gender': 'Woman?' is not a value of sex; write one of Female; Male; Prefer not to say "
                        + "or leave it empty; the row was left out",
                "people.csv:3: column 'Contract': 'Seasonal' is not a contract; write permanent, fixed-term (or temporary) "
                        + "or agency (or interim, locum); the row was left out");
    }

    @Test
    void holdersOverThePostsFte_andADateOfBirthInTheFuture_areRefusedNamingPersonPostAndField() {
        ImportResult<EstablishmentImport.Imported> r = load(""
                + "1,Director,,Dir,100000,110000,1,Ann Sampleton,E1,Permanent,0.6,,,,,,,\n"
                + "1,Director,,Dir,100000,110000,1,Bea Exampleby,E2,Permanent,0.6,,,2090-01-01,,,,\n");

        assertThat(r.imported()).isFalse();
        assertThat(r.report().errors()).extracting(Object::toString).anySatisfy(e -> assertThat(e)
                .contains("post 1 (Director), holders Ann Sampleton (E1) 0.6, Bea Exampleby (E2) 0.6")
                .contains("FTE: the holders' FTE add up to 1.2, more than the post's 1"));
        assertThat(r.report().errors()).extracting(Object::toString).anySatisfy(e -> assertThat(e)
                .contains("person Bea Exampleby (E2), post 1 (Director): date of birth: 2090-01-01 is in the future"));
    }

    @Test
    void peopleInAProposalImport_areNotReadAndTheUserIsTold() {
        Model bury = Samples.load("bury-cyp-2024");
        ImportSource src = ImportSource.of("p.csv", "Post No,Job Title,Employee Name,Employee Number\nX1,New post,Eve Dummigan,E77\n");
        ColumnMapping mapping = EstablishmentImport.preview(src, "", 5).value().orElseThrow().guess();
        var r = EstablishmentImport.importInto(bury, src, mapping, ImportOptions.defaults().withScenarioName("Other"), Progress.NONE);

        assertThat(r.report().warnings()).extracting(Object::toString).anySatisfy(w -> assertThat(w).contains("the people were not imported"));
        assertThat(r.value().orElseThrow().model().workforce()).isEqualTo(bury.workforce());
    }
}
