package org.reshape.io.organogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.reshape.domain.Model;
import org.reshape.domain.ModelValidator;
import org.reshape.domain.Occupancy;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.io.imports.ImportOptions;
import org.reshape.io.imports.ImportProblem;
import org.reshape.io.imports.ImportResult;
import org.reshape.io.imports.ImportSource;
import org.reshape.io.imports.Progress;

/// Each untidiness of real organograms, in a small inline file.
class OrganogramPitfallsTest {

    private static Scenario scenario(ImportResult<Model> r) {
        assertThat(r.report().errors()).isEmpty();
        Model m = r.value().orElseThrow();
        assertThat(ModelValidator.validate(m)).isEmpty();
        return m.baseline();
    }

    @Test
    void tidyPair_makesSeniorPostsAndJuniorBlocksUnderThem() {
        ImportResult<Model> r = Csv.load(Csv.SENIOR, Csv.JUNIOR);
        Scenario s = scenario(r);
        Model m = r.value().orElseThrow();
        assertThat(s.posts()).extracting(Post::key).containsExactly("T1", "D1", "D2", "D1/G7/Policy Adviser",
                "D1/G7/Policy Adviser#2", "D2/EO/Case Officer");
        Post block = s.post("D2/EO/Case Officer");
        assertThat(block.managerKey()).isEqualTo("D2");
        assertThat(block.fte()).isEqualByComparingTo("12");
        assertThat(block.headcount()).isEqualTo(12);
        assertThat(m.gradeName(block.gradeId())).isEqualTo("EO £23,930–£28,210");
        assertThat(s.post("D1/G7/Policy Adviser").headcount()).isEqualTo(5);
        assertThat(m.divisionName(s.post("D1").divisionId())).isEqualTo("Policy");
        assertThat(m.payScales()).singleElement().satisfies(ps -> {
            assertThat(ps.family()).isEqualTo("Test Agency pay bands");
            assertThat(ps.provenance().source()).contains("organogram test-2020-03-31-senior.csv");
        });
        assertThat(m.grade(s.post("D1").gradeId()).orElseThrow().provenance().source()).isEqualTo("organogram test-2020-03-31-senior.csv");
        assertThat(m.divisions()).extracting(d -> d.colour()).doesNotHaveDuplicates();
        assertThat(r.report().postsImported()).isEqualTo(6);
    }

    @Test
    void zeroCeiling_givesAnAssumedGradeSpanningTheDisclosedOnes() {
        ImportResult<Model> r = Csv.load(Csv.SENIOR, Csv.JUNIOR);
        Model m = r.value().orElseThrow();
        Post d2 = m.baseline().post("D2");
        var grade = m.grade(d2.gradeId()).orElseThrow();
        assertThat(grade.name()).isEqualTo("SCS2 (pay not disclosed)");
        assertThat(grade.isAssumed()).isTrue();
        assertThat(grade.provenance().assumption()).contains("£95,000–£99,999");
        assertThat(d2.provenance().isAssumed(org.reshape.domain.PostField.GRADE)).isTrue();
        assertThat(r.report().warnings()).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("test-2020-03-31-senior.csv:4");
            assertThat(p.message()).contains("pay not disclosed (actual pay ceiling 0)");
        });
    }

    @Test
    void namesSayNotDisclosedOrVacant() {
        String senior = Csv.SENIOR_HEADER
                + Csv.senior("T1", "N/D", "SCS3", "Director General", "Top", "XX", "1", "120000", "124999")
                + Csv.senior("D1", "Vacant", "SCS2", "Director A", "A", "T1", "1", "95000", "99999")
                + Csv.senior("D2", "'Vacant'", "SCS2", "Director B", "B", "T1", "1", "95000", "99999")
                + Csv.senior("D3", "Jo Bloggs", "SCS2", "Director C", "C", "T1", "1", "95000", "99999");
        Scenario s = scenario(Csv.load(senior, Csv.JUNIOR_HEADER));
        assertThat(s.post("T1").holder()).isEmpty();
        assertThat(s.post("T1").occupancy()).isEqualTo(Occupancy.SUBSTANTIVE);
        assertThat(s.post("D1").occupancy()).isEqualTo(Occupancy.VACANT);
        assertThat(s.post("D2").occupancy()).isEqualTo(Occupancy.VACANT);
        assertThat(s.post("D3").holder()).isEqualTo("Jo Bloggs");
    }

    @Test
    void xxBlankAndSelfManagers_makeTopPosts() {
        String senior = Csv.SENIOR_HEADER
                + Csv.senior("T1", "A", "SCS3", "Top one", "Top", "XX", "1", "120000", "124999")
                + Csv.senior("T2", "B", "SCS3", "Top two", "Top", "", "1", "120000", "124999")
                + Csv.senior("S1", "C", "SCS1", "Self", "Top", "S1", "1", "70000", "74999")
                + Csv.senior("U1", "D", "SCS1", "Orphan", "Top", "NOPE", "1", "70000", "74999");
        ImportResult<Model> r = Csv.load(senior, Csv.JUNIOR_HEADER);
        Scenario s = scenario(r);
        assertThat(s.roots()).extracting(Post::key).containsExactly("T1", "T2", "S1", "U1");
        assertThat(r.report().warnings()).extracting(ImportProblem::toString).containsExactly(
                "test-2020-03-31-junior.csv:1: warning: the file has a header and no rows under it, so there is nothing in it to import",
                "test-2020-03-31-senior.csv:4: column 'Reports to Senior Post': warning: post S1 reports to itself; imported as a top post",
                "test-2020-03-31-senior.csv:5: column 'Reports to Senior Post': warning: post U1 reports to NOPE, which is not in "
                        + "test-2020-03-31-senior.csv; imported as a top post");
    }

    @Test
    void multiLineQuotedCell_keepsLineNumbersOfLaterRows() {
        String senior = Csv.SENIOR_HEADER
                + "\"T1\",\"A\",\"SCS3\",\"Top\",\"Leads the agency.\nAlso chairs the board,\nand more.\",\"Dept\",\"Test Agency\",\"Top\","
                + "\"\",\"\",\"XX\",\"\",\"1\",\"120000\",\"124999\",\"\",\"\",\"\",\"\",\"\"\n"
                + Csv.senior("D1", "B", "SCS2", "Director", "Top", "T1", "one", "95000", "99999");
        ImportResult<Model> r = Csv.load(senior, Csv.JUNIOR_HEADER);
        assertThat(r.imported()).isFalse();
        assertThat(r.report().errors()).singleElement().hasToString(
                "test-2020-03-31-senior.csv:5: column 'FTE': 'one' is not a number of FTE; the row was left out");
        Scenario s = Csv.loadKeepingValid(senior, Csv.JUNIOR_HEADER).value().orElseThrow().baseline();
        assertThat(s.post("D1")).isNull();
        assertThat(s.post("T1").responsibilities()).isEqualTo("Leads the agency.\nAlso chairs the board,\nand more.");
    }

    @Test
    void unnamedIndexColumnAndBareHeaders_likeHse() {
        String senior = ",Post Unique Reference,Name,Grade,Job Title,Job/Team Function,Parent Department,Organisation,Unit,"
                + "Contact Phone,Contact E-mail,Reports to Senior Post,Salary Cost of Reports (£),FTE,Actual Pay Floor (£),"
                + "Actual Pay Ceiling (£),,Professional/Occupational Group,Notes,Valid?\n"
                + "0,CEO1,\"Myers, Denis\",SCS3,Chief Executive,Leads,DWP,HSE,Board,,,XX,0,1.0,140000,144999,0,Policy,,1\n"
                + "1,DIR1,N/D,SCS1,\"Deputy Director Work, Environment\",x,DWP,HSE,Board,,,CEO1,0,1.0,0,0,0,Policy,,1\n";
        String junior = ",Parent Department,Organisation,Unit,Reporting Senior Post,Grade,Payscale Minimum (£),"
                + "Payscale Maximum (£),Generic Job Title,Number of Posts in FTE,Professional/Occupational Group\n"
                + "0,DWP,HSE,Board Support,DIR1,EO - Administration,22187,27288,EO - Administration,2.65,Policy\n";
        ImportResult<Model> r = Csv.load(senior, junior);
        Scenario s = scenario(r);
        assertThat(s.post("CEO1").holder()).isEqualTo("Myers, Denis");
        assertThat(s.post("CEO1").fte()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(s.post("DIR1").title()).isEqualTo("Deputy Director Work, Environment");
        assertThat(s.post("DIR1/EO - Administration/EO - Administration").fte()).isEqualByComparingTo("2.65");
        Model m = r.value().orElseThrow();
        assertThat(m.grade(s.post("DIR1").gradeId()).orElseThrow().provenance().assumption())
                .contains("no SCS1 post in it discloses pay: costed at £0");
    }

    @Test
    void columnsInAnotherOrderWithoutPoundSigns() {
        String senior = "Reports To Senior Post,FTE,Post Unique Reference,Unit,Grade,Job Title,Name,Actual Pay Ceiling,Actual Pay Floor\n"
                + "XX,1,P1,Office,SCS2,Director,Sam,99999,95000\n";
        String junior = "Grade,Reporting Senior Post,Number of Posts in FTE,Generic Job Title,Payscale Maximum,Payscale Minimum\n"
                + "HEO,P1,3,Analyst,35680,31320\n";
        ImportResult<Model> r = Csv.load(senior, junior);
        Scenario s = scenario(r);
        Model m = r.value().orElseThrow();
        assertThat(m.gradeName(s.post("P1").gradeId())).isEqualTo("SCS2 £95,000–£99,999");
        assertThat(m.gradeName(s.post("P1/HEO/Analyst").gradeId())).isEqualTo("HEO £31,320–£35,680");
        assertThat(s.post("P1/HEO/Analyst").divisionId()).isEqualTo(s.post("P1").divisionId());
    }

    @Test
    void juniorQuirks_zeroFteContractorPayAndRepeats() {
        String junior = Csv.JUNIOR_HEADER
                + Csv.junior("Policy", "D1", "G7", "49410", "58160", "Adviser", "0")
                + Csv.junior("Policy", "D1", "Contractor", "contractor", "contractor", "Various", "17.4")
                + Csv.junior("Policy", "D1", "G7", "49410", "58160", "Adviser", "1");
        ImportResult<Model> r = Csv.load(Csv.SENIOR, junior);
        Scenario s = scenario(r);
        assertThat(s.posts()).extracting(Post::key).contains("D1/Contractor/Various", "D1/G7/Adviser");
        assertThat(r.report().warnings()).extracting(ImportProblem::toString).contains(
                "test-2020-03-31-junior.csv:2: column 'Number of Posts in FTE': warning: 0 FTE: a block with no posts, left out",
                "test-2020-03-31-junior.csv:3: warning: pay not disclosed (pay given as 'contractor', which is not an amount); "
                        + "graded 'Contractor (pay not disclosed)', whose range is assumed");
    }

    @Test
    void errors_importNothing_unlessValidRowsAreKept_andPostsUnderADroppedRowMoveUp() {
        String senior = Csv.SENIOR_HEADER
                + Csv.senior("T1", "A", "SCS3", "Top", "Top", "XX", "1", "120000", "124999")
                + Csv.senior("D1", "B", "SCS2", "Director", "Top", "T1", "-1", "95000", "99999")
                + Csv.senior("", "C", "SCS1", "Nameless", "Top", "T1", "1", "70000", "74999")
                + Csv.senior("H1", "D", "SCS1", "Head", "Top", "D1", "1", "70000", "74999");
        ImportResult<Model> strict = Csv.load(senior, Csv.JUNIOR_HEADER);
        assertThat(strict.value()).isEmpty();
        assertThat(strict.report().imported()).isFalse();
        assertThat(strict.report().errors()).extracting(ImportProblem::where)
                .containsExactly("test-2020-03-31-senior.csv:3", "test-2020-03-31-senior.csv:4");
        ImportResult<Model> kept = Csv.loadKeepingValid(senior, Csv.JUNIOR_HEADER);
        Scenario s = kept.value().orElseThrow().baseline();
        assertThat(s.posts()).extracting(Post::key).containsExactly("T1", "H1");
        assertThat(s.post("H1").isRoot()).isTrue();
        assertThat(kept.report().warnings()).extracting(ImportProblem::toString).contains(
                "test-2020-03-31-senior.csv:5: column 'Reports to Senior Post': warning: its line manager D1 (line 3) could not be imported;"
                        + " imported as a top post");
    }

    @Test
    void seniorPostWithFteZero_andJuniorFteHoldingAWebAddress_areKeptWithAWarning_asMinistryOfDefenceFilesNeed() {
        String senior = Csv.SENIOR_HEADER
                + Csv.senior("T1", "A", "SCS3", "Top", "Top", "XX", "1", "120000", "124999")
                + Csv.senior("D1", "N/D", "SCS2", "Director", "Top", "T1", "0", "95000", "99999");
        String junior = Csv.JUNIOR_HEADER
                + Csv.junior("Top", "D1", "EO", "23930", "28210", "Case Officer", "http://www.mod.uk/organogram/notes")
                + Csv.junior("Top", "D1", "HEO", "28000", "33000", "Analyst", "3");
        ImportResult<Model> r = Csv.load(senior, junior);
        Scenario s = scenario(r);
        assertThat(r.report().summary()).doesNotContain("Nothing imported");
        assertThat(s.posts()).extracting(Post::key).containsExactly("T1", "D1", "D1/EO/Case Officer", "D1/HEO/Analyst");
        assertThat(s.post("D1").fte()).isEqualByComparingTo("1");
        assertThat(s.post("D1").provenance().assumed()).contains(org.reshape.domain.PostField.FTE);
        assertThat(s.post("D1/EO/Case Officer").managerKey()).isEqualTo("D1");
        assertThat(r.report().warnings()).extracting(ImportProblem::toString).contains(
                "test-2020-03-31-senior.csv:3: column 'FTE': warning: FTE 0 for a senior post (unpaid, or paid by another body?); "
                        + "the post was kept so the posts under it keep their line, counted as 1 FTE: check it",
                "test-2020-03-31-junior.csv:2: column 'Number of Posts in FTE': warning: the FTE cell holds a web address "
                        + "('http://www.mod.uk/organogram/notes'), not a number; the row was kept, counted as 1 FTE: check it");
    }

    @Test
    void aSeniorFileWithoutAJuniorFile_importsItsSeniorPosts() {
        ImportResult<Model> r = OrganogramImport.importModel(new OrganogramFiles(
                ImportSource.of("test-2020-03-31-senior.csv", Csv.SENIOR), null), null, ImportOptions.defaults(), Progress.NONE);
        Scenario s = scenario(r);
        assertThat(s.posts()).extracting(Post::key).containsExactly("T1", "D1", "D2");
        assertThat(r.report().warnings()).extracting(ImportProblem::toString)
                .contains("test-2020-03-31-senior.csv: warning: no junior file: only the senior posts are imported");
    }

    @Test
    void aHeaderOnlyJuniorFile_warns() {
        ImportResult<Model> r = Csv.load(Csv.SENIOR, Csv.JUNIOR_HEADER);
        assertThat(r.report().warnings()).extracting(ImportProblem::toString).contains("test-2020-03-31-junior.csv:1: warning: "
                + "the file has a header and no rows under it, so there is nothing in it to import");
    }

    @Test
    void swappedOrMissingFiles_sayWhatIsWrongInOneLine() {
        ImportResult<Model> swapped = Csv.load(Csv.JUNIOR, Csv.SENIOR);
        assertThat(swapped.report().errors()).first().asString().startsWith("test-2020-03-31-senior.csv:1: "
                + "not an organogram senior file: it has no column 'Post Unique Reference' (it looks like the junior file");
        ImportResult<Model> missing = OrganogramImport.importModel(OrganogramFiles.of(java.nio.file.Path.of("/nonexistent/a-senior.csv"),
                java.nio.file.Path.of("/nonexistent/a-junior.csv")), null, ImportOptions.defaults(), Progress.NONE);
        assertThat(missing.report().errors()).first().hasToString("a-senior.csv does not exist (looked in /nonexistent)");
    }

    @Test
    void windows1252File_isReadWithItsPoundSigns() {
        byte[] senior = ("Post Unique Reference,Name,Grade,Job Title,Unit,Reports to Senior Post,FTE,Actual Pay Floor (£),"
                + "Actual Pay Ceiling (£)\nP1,Zoë,SCS2,Director,Office,XX,1,95000,99999\n").getBytes(Charset.forName("windows-1252"));
        ImportResult<Model> r = OrganogramImport.importModel(new OrganogramFiles(ImportSource.of("x-senior.csv", senior),
                ImportSource.of("x-junior.csv", Csv.JUNIOR_HEADER)), null, ImportOptions.defaults(), Progress.NONE);
        Scenario s = scenario(r);
        assertThat(s.post("P1").holder()).isEqualTo("Zoë");
        assertThat(r.report().warnings()).extracting(ImportProblem::message).anyMatch(m -> m.contains("Windows-1252"));
    }

    @Test
    void progressReachesTheEnd_andCancelStopsTheImport() {
        StringBuilder junior = new StringBuilder(Csv.JUNIOR_HEADER);
        for (int i = 0; i < 10_000; i++) {
            junior.append(Csv.junior("Policy", "D1", "G7", "49410", "58160", "Adviser " + i, "1"));
        }
        List<long[]> calls = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void worked(long done, long total) {
                calls.add(new long[] {done, total});
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        var files = Csv.files(Csv.SENIOR, junior.toString());
        assertThat(OrganogramImport.importModel(files, null, ImportOptions.defaults(), recording).imported()).isTrue();
        assertThat(calls).hasSizeGreaterThan(2);
        assertThat(calls.getLast()[0]).isEqualTo(calls.getLast()[1]);
        Progress cancelling = new Progress() {
            @Override
            public void worked(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> OrganogramImport.importModel(files, null, ImportOptions.defaults(), cancelling))
                .isInstanceOf(CancellationException.class);
    }
}
