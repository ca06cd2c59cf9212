package org.reshape.io.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reshape.domain.Model;
import org.reshape.domain.ModelValidator;
import org.reshape.domain.Occupancy;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.io.Samples;
import org.reshape.io.imports.ImportOptions;
import org.reshape.io.imports.ImportProblem;
import org.reshape.io.imports.ImportResult;
import org.reshape.io.imports.ImportSource;
import org.reshape.io.imports.Progress;

/// Establishment lists in CSV, imported into the Bury model and into an empty one.
class EstablishmentImportTest {
    private static final Model BURY = Samples.load("bury-cyp-2024");
    private static final String HEADER = "Post No,Job Title,Service Area,Reports To,Grade,FTE,Employee Name,Status\n";

    static ImportResult<EstablishmentImport.Imported> load(Model target, String csv, ImportOptions options) {
        ImportSource src = ImportSource.of("hr-export.csv", csv);
        ColumnMapping mapping = EstablishmentImport.preview(src, "", 5).value().orElseThrow().guess();
        return EstablishmentImport.importInto(target, src, mapping, options.withScenarioName("From HR"), Progress.NONE);
    }

    static ImportResult<EstablishmentImport.Imported> load(String csv) {
        return load(BURY, csv, ImportOptions.defaults());
    }

    @Test
    void gradesByNameOrId_divisionsByNameOrNew() {
        ImportResult<EstablishmentImport.Imported> r = load(HEADER
                + "E1,Executive Director,Directorate,,Chief Officer Band H,1,Jeanette Richards,Permanent\n"
                + "D1,Director of Education,Education & Skills,E1,co-f,1,,Vacant\n"
                + "T1,Business Support,Business Support Unit,D1,NJC 7–11,12.5,,\n"
                + "H1,Head of SEND,education & skills,D1,co-b,0.6,Vacant,\n");
        assertThat(r.report().problems()).isEmpty();
        EstablishmentImport.Imported imp = r.value().orElseThrow();
        Model m = imp.model();
        assertThat(ModelValidator.validate(m)).isEmpty();
        Scenario s = imp.scenario();
        assertThat(s.name()).isEqualTo("From HR");
        assertThat(s.locked()).isTrue();
        assertThat(m.scenarios()).hasSize(BURY.scenarios().size() + 1);
        assertThat(s.post("E1").gradeId()).isEqualTo("co-h");
        assertThat(s.post("E1").holder()).isEqualTo("Jeanette Richards");
        assertThat(s.post("D1").occupancy()).isEqualTo(Occupancy.VACANT);
        assertThat(s.post("H1").occupancy()).isEqualTo(Occupancy.VACANT);
        assertThat(s.post("D1").divisionId()).isEqualTo(s.post("H1").divisionId()).isEqualTo("es");
        assertThat(m.divisionName(s.post("T1").divisionId())).isEqualTo("Business Support Unit");
        assertThat(m.divisions()).hasSize(BURY.divisions().size() + 1);
        assertThat(s.post("T1").headcount()).isEqualTo(13);
        assertThat(s.post("T1").fte()).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(s.post("T1").provenance().source()).isEqualTo("establishment list hr-export.csv");
    }

    @Test
    void unknownGrade_isAnErrorNamingFileLineColumnAndGrade_andNothingIsImported() {
        ImportResult<EstablishmentImport.Imported> r = load(HEADER
                + "E1,Executive Director,Directorate,,Chief Officer Band H,1,,\n"
                + "D1,Director,Directorate,E1,Grade 99,1,,\n");
        assertThat(r.imported()).isFalse();
        assertThat(r.report().errors()).singleElement().asString().startsWith(
                "hr-export.csv:3: column 'Grade': grade 'Grade 99' is not in model 'Bury CYP senior management restructure 2024' "
                        + "(its grades are Chief Officer Band A, ");
        assertThat(r.report().errors().getFirst().message()).contains("Grade 99", "the row was left out");
        assertThat(r.report().summary()).startsWith("Nothing imported (2 rows read); 1 error");
    }

    @Test
    void keepValidRows_leavesOutBadRows_andPostsUnderThemBecomeTopPosts() {
        ImportResult<EstablishmentImport.Imported> r = load(BURY, HEADER
                + "E1,Executive Director,Directorate,,co-h,1,,\n"
                + "D1,Director,Directorate,E1,Grade 99,1,,\n"
                + "H1,Head,Directorate,D1,co-b,1,,\n"
                + "H2,Head,Directorate,X9,co-b,1,,\n"
                + "H3,Head,Directorate,E1,co-b,lots,,\n"
                + "H4,Head,Directorate,E1,co-b,1,,Retired\n"
                + "E1,Again,Directorate,,co-h,1,,\n", ImportOptions.defaults().withKeepValidRows(true));
        Scenario s = r.value().orElseThrow().scenario();
        assertThat(s.posts()).extracting(Post::key).containsExactly("E1", "H1", "H2");
        assertThat(s.roots()).extracting(Post::key).containsExactly("E1", "H1", "H2");
        assertThat(r.report().problems()).extracting(ImportProblem::toString).containsExactly(
                r.report().problems().get(0).toString(),
                "hr-export.csv:6: column 'FTE': 'lots' is not a number of FTE; the row was left out",
                "hr-export.csv:7: column 'Status': 'Retired' is not an occupancy; write substantive, interim, acting, vacant or "
                        + "secondment (or permanent, fixed term, agency, locum, acting up, vacancy, seconded); the row was left out",
                "hr-export.csv:8: column 'Post No': post number E1 is used again (first on line 2); the row was left out",
                "hr-export.csv:4: column 'Reports To': warning: its line manager D1 (line 3) could not be imported; imported as a top post",
                "hr-export.csv:5: column 'Reports To': post H2 reports to X9, which is not in hr-export.csv; imported as a top post");
        assertThat(r.report().summary()).isEqualTo("Imported 3 posts from 7 rows; 5 errors (left out or made top posts), 1 warning.");
    }

    @Test
    void cycle_isAnError_brokenAtItsFirstPostWhenValidRowsAreKept() {
        String csv = HEADER + "A,A,Directorate,B,co-h,1,,\n" + "B,B,Directorate,A,co-f,1,,\n";
        assertThat(load(csv).report().errors()).singleElement().hasToString(
                "hr-export.csv:2: column 'Reports To': reporting lines form a cycle (A → B → A); A imported as a top post");
        Scenario s = load(BURY, csv, ImportOptions.defaults().withKeepValidRows(true)).value().orElseThrow().scenario();
        assertThat(s.roots()).extracting(Post::key).containsExactly("A");
    }

    @Test
    void createGrades_fromPayMinAndMax_intoAnEmptyModel() {
        Model empty = EstablishmentImport.emptyModel("acme", "Acme", LocalDate.of(2025, 4, 1));
        String csv = "Post,Title,Reports to,Grade,Pay min,Pay max\n"
                + "1,Chief Executive,,CE,\"£150,000\",\"£160,000\"\n"
                + "2,Director,1,Dir,100000,110000\n"
                + "3,Director,1,Dir,100000,110000\n";
        ImportSource src = ImportSource.of("acme.csv", csv);
        ColumnMapping mapping = ColumnMapping.guess(java.util.List.of("Post", "Title", "Reports to", "Grade", "Pay min", "Pay max"));
        ImportResult<EstablishmentImport.Imported> refused = EstablishmentImport.importInto(empty, src, mapping, ImportOptions.defaults(),
                Progress.NONE);
        assertThat(refused.report().errors()).hasSize(3).first().asString().contains("grade 'CE' is not in model 'Acme' (it has no grades yet)");
        var r = EstablishmentImport.importInto(empty, src, mapping.withCreateGrades(true, "Acme grades"), ImportOptions.defaults(), Progress.NONE);
        Model m = r.value().orElseThrow().model();
        assertThat(ModelValidator.validate(m)).isEmpty();
        assertThat(m.grades()).extracting(g -> g.id() + " " + g.family()).containsExactly("ce Acme grades", "dir Acme grades");
        assertThat(m.payScales()).singleElement().satisfies(ps -> assertThat(ps.bands().get("CE").max().formatPounds()).isEqualTo("£160,000"));
        assertThat(r.value().orElseThrow().scenario().name()).isEqualTo("acme");
        String clash = csv + "4,Director,1,Dir,100000,120000\n";
        var r2 = EstablishmentImport.importInto(empty, ImportSource.of("acme.csv", clash), mapping.withCreateGrades(true, ""),
                ImportOptions.defaults(), Progress.NONE);
        assertThat(r2.report().errors()).singleElement().hasToString("hr-export.csv:5".replace("hr-export", "acme")
                + ": column 'Grade': grade 'Dir' is £100,000–£110,000 on line 3 but £100,000–£120,000 here; the row was left out");
    }

    @Test
    void negativeOrZeroPay_isRefusedWithFileLineAndColumn_andNothingIsImported() {
        Model empty = EstablishmentImport.emptyModel("acme", "Acme", LocalDate.of(2025, 4, 1));
        String csv = "Post,Title,Reports to,Grade,Pay min,Pay max\n"
                + "1,Chief Executive,,CE,150000,160000\n"
                + "2,Director,1,G4,-20000.00,30000\n"
                + "3,Officer,1,G5,0,0\n";
        ColumnMapping mapping = ColumnMapping.guess(java.util.List.of("Post", "Title", "Reports to", "Grade", "Pay min", "Pay max"))
                .withCreateGrades(true, "Acme grades");
        var r = EstablishmentImport.importInto(empty, ImportSource.of("acme.csv", csv), mapping, ImportOptions.defaults(), Progress.NONE);
        assertThat(r.imported()).isFalse();
        assertThat(r.report().errors()).extracting(Object::toString).containsExactly(
                "acme.csv:3: column 'Pay min': pay must be more than £0, not -20000.00; the row was left out",
                "acme.csv:4: column 'Pay min': pay must be more than £0, not 0; the row was left out",
                "acme.csv:4: column 'Pay max': pay must be more than £0, not 0; the row was left out");
    }

    @Test
    void fteWithMoreDecimalsThanAreStored_isRefusedNotRounded() {
        ImportResult<EstablishmentImport.Imported> r = load(HEADER
                + "E1,Executive Director,Directorate,,co-h,0.1234567891,,\n"
                + "D1,Director,Directorate,E1,co-f,0.333333,,\n");
        assertThat(r.imported()).isFalse();
        assertThat(r.report().errors()).extracting(Object::toString).containsExactly("hr-export.csv:2: column 'FTE': FTE 0.1234567891 has more "
                + "than 6 decimal places, which Reshape does not keep; round it (0.123457); the row was left out");
    }

    @Test
    void aHeaderOnlyFile_warnsThatItHoldsNothing() {
        ImportResult<EstablishmentImport.Imported> r = load(HEADER);
        assertThat(r.report().warnings()).extracting(Object::toString).containsExactly(
                "hr-export.csv:1: warning: the file has a header and no rows under it, so there is nothing in it to import");
    }

    @Test
    void multiLineCells_semicolonsAndDates() {
        String csv = "Post number;Title;Responsibilities;Fixed-term end;Grade\n"
                + "P1;Head of Service;\"Leads the service;\nchairs the board\";31/03/2026;co-b\n"
                + "P2;Officer;;2026-09-30;co-a\n";
        var r = load(BURY, csv, ImportOptions.defaults());
        Scenario s = r.value().orElseThrow().scenario();
        assertThat(s.post("P1").responsibilities()).isEqualTo("Leads the service;\nchairs the board");
        assertThat(s.post("P1").fixedTermEnd()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(s.post("P2").fixedTermEnd()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void mappedColumnMissing_andMissingFile_areOneClearProblem() {
        ColumnMapping m = ColumnMapping.guess(java.util.List.of("Post No", "Title")).with(EstablishmentField.GRADE, "Pay Grade");
        var r = EstablishmentImport.importInto(BURY, ImportSource.of("x.csv", "Post No,Title\n1,A\n"), m, ImportOptions.defaults(), Progress.NONE);
        assertThat(r.report().errors()).singleElement().hasToString(
                "x.csv:1: column 'Pay Grade': the mapping reads Grade from column 'Pay Grade', which x.csv does not have; its columns are 'Post No', 'Title'");
        var missing = EstablishmentImport.importInto(BURY, ImportSource.of(java.nio.file.Path.of("/nope/hr.csv")), m, ImportOptions.defaults(),
                Progress.NONE);
        assertThat(missing.report().errors()).singleElement().hasToString("hr.csv does not exist (looked in /nope)");
    }

    @Test
    void existingScenarioName_isRefusedUnlessReplaced_andABaseMakesAProposal() {
        String csv = HEADER + "EDCYP,Executive Director,Directorate,,co-h,1,,\n";
        var refused = EstablishmentImport.importInto(BURY, ImportSource.of("hr.csv", csv), ColumnMapping.guess(java.util.List.of(HEADER.strip().split(","))),
                ImportOptions.defaults().withScenarioName("proposed structure"), Progress.NONE);
        assertThat(refused.report().errors()).singleElement().asString().contains("already has a scenario called 'Proposed structure'");
        var replaced = EstablishmentImport.importInto(BURY, ImportSource.of("hr.csv", csv), ColumnMapping.guess(java.util.List.of(HEADER.strip().split(","))),
                ImportOptions.defaults().withScenarioName("Proposed structure").withReplaceScenario(true).withBaseScenario("current"),
                Progress.NONE).value().orElseThrow();
        assertThat(replaced.scenario().id()).isEqualTo("proposed");
        assertThat(replaced.scenario().baseId()).isEqualTo("current");
        assertThat(replaced.model().scenarios()).hasSize(BURY.scenarios().size());
    }
}
