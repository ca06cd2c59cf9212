package org.reshape.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reshape.change.ChangeClassifier;
import org.reshape.domain.Model;
import org.reshape.domain.Occupancy;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.domain.TestModels;

/// The schedule's wording for the changes the Bury sample does not have.
class ScheduleWordingTest {

    static List<String> paragraphs(Scenario proposal) {
        Scenario base = TestModels.baseline();
        Model model = TestModels.model(base, proposal);
        var changes = ChangeClassifier.classify(model, base, proposal, new PayTable(model, LocalDate.of(2024, 4, 1)));
        return new ScheduleWriter(model, base, proposal).write(changes).stream().flatMap(s -> s.paragraphs().stream()).toList();
    }

    static Scenario proposal() {
        return TestModels.baseline().deriveProposal("p", "Proposal");
    }

    @Test
    void aRegradeAlone() {
        Scenario p = proposal();
        p = p.with(p.post("DED").withGrade("co-e"));
        assertThat(paragraphs(p)).containsExactly("The post of Director of Education will be regraded from Chief Officer Band D to Chief Officer Band E.");
    }

    @Test
    void aTeamThatShrinks_andOneThatIsDisestablished() {
        Scenario p = proposal();
        p = p.with(p.post("BS").withFte(new BigDecimal("27.5"), 28));
        assertThat(paragraphs(p)).containsExactly("The Business Support will change from 30 FTE, 30 people to 27.5 FTE, 28 people.");
        assertThat(paragraphs(proposal().without("BS"))).containsExactly("The Business Support (30 FTE, 30 people) will be disestablished.");
    }

    @Test
    void aPostThatBecomesFixedTerm_andAChangeOfHolderAloneIsNotMentioned() {
        Scenario p = proposal();
        p = p.with(p.post("HOS").withOccupancy(Occupancy.SUBSTANTIVE, "", LocalDate.of(2025, 3, 31)));
        assertThat(paragraphs(p)).containsExactly("The post of Head of Service will become a fixed-term post to 31 March 2025.");
        Scenario q = proposal();
        q = q.with(q.post("HOS").withOccupancy(Occupancy.INTERIM, "Agency Cover", null));
        assertThat(paragraphs(q)).isEmpty();
    }

    @Test
    void aPostThatNoLongerReportsWithinTheStructure() {
        Scenario p = proposal();
        p = p.with(p.post("DED").withManager(""));
        assertThat(paragraphs(p)).containsExactly("The post of Director of Education will no longer report to the Executive Director. "
                + "There is no change to its grade.");
    }

    @Test
    void aNewPostInAnotherDivisionThanItsManager_andAPartTimeOne() {
        Scenario p = proposal();
        p = p.with(Post.of("N1", "Inclusion Lead", "ed", "DSC", "co-a"));
        p = p.with(Post.of("N2", "Practice Adviser", "sc", "HOS", "co-a").withFte(new BigDecimal("0.5"), 1));
        assertThat(paragraphs(p)).containsExactly(
                "A new post of Practice Adviser will be established on Chief Officer Band A. It will report to the Head of Service."
                        .replace("A new post", "A new 0.5 FTE post"),
                "A new post of Inclusion Lead will be established on Chief Officer Band A. It will sit in the Education Division and "
                        + "report to the Director of Social Care.");
    }

    @Test
    void aDivisionWhosePostsAllMoveIsDisestablished_andItsServicesTransfer() {
        Scenario p = proposal();
        p = p.with(p.post("DED").withDivision("sc"));
        assertThat(paragraphs(p).getFirst()).isEqualTo(
                "The Education Division will be disestablished and its services will transfer to the Social Care Division.");
        assertThat(paragraphs(proposal().without("DED")).getFirst()).isEqualTo("The Education Division will be disestablished, with all its posts.");
    }

    @Test
    void aNewDivisionIsSaidToBeEstablished_once() {
        Scenario base = TestModels.baseline();
        Scenario p = proposal();
        p = p.with(p.post("HOS").withDivision("ew"));
        List<org.reshape.domain.Division> divisions = new java.util.ArrayList<>(TestModels.divisions());
        divisions.add(new org.reshape.domain.Division("ew", "Early Help", "#FB8C00"));
        Model model = TestModels.model(base, p).withDivisions(divisions);
        var changes = ChangeClassifier.classify(model, base, p, new PayTable(model, LocalDate.of(2024, 4, 1)));
        var sections = new ScheduleWriter(model, base, p).write(changes);
        assertThat(sections.getFirst().heading()).isEqualTo(ScheduleWriter.DIVISIONS);
        assertThat(sections.getFirst().paragraphs()).containsExactly("A new Early Help Division will be established.");
        assertThat(sections.get(1).paragraphs().getFirst()).startsWith("The post of Head of Service will transfer to the Early Help Division");
    }
}
