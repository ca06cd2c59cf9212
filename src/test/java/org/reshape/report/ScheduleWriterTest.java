package org.reshape.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reshape.change.ChangeClassifier;
import org.reshape.change.ChangeList;
import org.reshape.domain.Model;
import org.reshape.domain.PayTable;
import org.reshape.domain.Scenario;
import org.reshape.io.Samples;

/// The schedule of changes for the Bury sample, sentence by sentence.
class ScheduleWriterTest {
    static Model model;
    static List<ScheduleWriter.Section> sections;
    static List<String> all;

    @BeforeAll
    static void write() {
        model = Samples.load("bury-cyp-2024");
        Scenario base = model.scenario("Current structure").orElseThrow();
        Scenario proposal = model.scenario("Proposed structure").orElseThrow();
        ChangeList changes = ChangeClassifier.classify(model, base, proposal, new PayTable(model, model.costSettings().year().start()));
        sections = new ScheduleWriter(model, base, proposal).write(changes);
        all = sections.stream().flatMap(s -> s.paragraphs().stream()).toList();
    }

    @Test
    void aTransferNamesTheNewDivisionAndManager_andSaysTheGradeIsUnchanged() {
        assertThat(all).contains("The post of Service Manager (Early Years) will transfer to the Social Care & Early Help Division, "
                + "reporting to the Head of Service (Early Help). There is no change to its grade.");
    }

    @Test
    void aRedesignationAndRegradeIsOneSentence_andARenamedDivisionIsNoTransfer() {
        assertThat(all).contains("The post of Director of Social Care Practice will be redesignated Director of Social Care & Early Help "
                + "and regraded from Chief Officer Band E to Chief Officer Band F. It will be responsible for Children's social care practice, "
                + "safeguarding and early help (currently Children's social care practice and safeguarding).");
        assertThat(all).filteredOn(p -> p.startsWith("The post of Director of Social Care Practice")).allMatch(p -> !p.contains("transfer"));
    }

    @Test
    void whatHappensToDivisionsIsSaidOnce_beforeThePostByPostParagraphs() {
        assertThat(sections.getFirst().heading()).isEqualTo(ScheduleWriter.DIVISIONS);
        assertThat(sections.getFirst().paragraphs()).containsExactly(
                "The Social Care & Safeguarding Division will be renamed the Social Care & Early Help Division.",
                "The Early Help & School Readiness Division will be disestablished and its services will transfer to the "
                        + "Social Care & Early Help Division.");
        assertThat(all).filteredOn(p -> p.contains("will be renamed") || p.contains("Division will be disestablished")).hasSize(2);
        assertThat(sections).extracting(ScheduleWriter.Section::heading).doesNotContain("Social Care & Safeguarding");
    }

    @Test
    void disestablishedPosts() {
        assertThat(all).contains("The post of Assistant Director (Early Help & School Readiness) will be disestablished.");
        assertThat(all).contains("The post of Principal Social Worker will be disestablished and replaced by the new post of "
                + "Head of Service (Social Work Development & Quality Assurance).");
    }

    @Test
    void aNewPostSaysItsGradeAndWhatItReplaces_afterThePostsItReplaces() {
        String hswqa = "A new post of Head of Service (Social Work Development & Quality Assurance) will be established on Chief Officer Band A, "
                + "replacing the posts of Principal Social Worker and Service Manager (Quality & Assurance). It will report to the "
                + "Director of Social Care & Early Help. It will be responsible for Social work development, quality assurance, IRO/CP Service and LADO.";
        assertThat(all).contains(hswqa);
        assertThat(all.indexOf(hswqa)).isGreaterThan(all.indexOf("The post of Service Manager (Quality & Assurance) will be disestablished and "
                + "replaced by the new post of Head of Service (Social Work Development & Quality Assurance)."));
    }

    @Test
    void aFixedTermPostSaysUntilWhen() {
        assertThat(all).contains("A new post of Head of Service (Early Help) will be established on Chief Officer Band B for a fixed term to "
                + "31 March 2025. It will report to the Director of Social Care & Early Help. It will be responsible for Early Help: Family Help, "
                + "Family Resource, Early Years. It will be filled on an acting basis.");
    }

    @Test
    void changesOfRemitSayWhatIsGainedAndLost() {
        assertThat(all).contains("The post of Senior School Assurance Officer will no longer be responsible for Safeguarding in Education.");
        assertThat(all).contains("The post of Strategic Lead (School System) will be redesignated Head of Service (School System). "
                + "It will no longer be responsible for safeguarding in education oversight. There is no change to its grade.");
    }

    @Test
    void aTransferInFromAnotherDepartment() {
        assertThat(all).contains("The post of Head of Children's Commissioning will transfer to the Directorate, reporting to the "
                + "Executive Director of Children & Young People. There is no change to its grade.");
    }

    @Test
    void unchangedPostsAreNotMentioned() {
        assertThat(all).noneMatch(p -> p.contains("Director of Education & Skills will"));
        assertThat(String.join(" ", all)).doesNotContain("  ").doesNotContain("..");
    }
}
