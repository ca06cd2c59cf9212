package org.reshape.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reshape.domain.Model;
import org.reshape.domain.Occupancy;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.domain.TestModels;

class ChangeClassifierTest {
    private final Scenario base = TestModels.baseline();

    private ChangeList classify(Scenario proposal) {
        Model m = TestModels.model(base, proposal);
        return ChangeClassifier.classify(base, proposal, new PayTable(m, TestModels.Y2024.start()));
    }

    @Test
    void identicalProposal_hasNoChanges() {
        ChangeList c = classify(base.deriveProposal("p", "P"));
        assertThat(c.changes()).isEmpty();
        assertThat(c.unchanged()).isEqualTo(5);
        assertThat(c.affected()).isEmpty();
    }

    @Test
    void eachKind_isClassified() {
        Scenario p = base.deriveProposal("p", "P")
                .with(base.post("DSC").withGrade("co-f").withTitle("Director of Social Care & Early Help"))
                .with(base.post("HOS").withDivision("ed").withManager("DED"))
                .with(base.post("BS").withFte(new java.math.BigDecimal("28"), 30).withResponsibilities("also reception"))
                .with(base.post("DED").withOccupancy(Occupancy.INTERIM, "", null).withGrade("co-b"))
                .without("ED").with(Post.of("ED2", "Executive Director", "dir", "", "co-f").withReplaces(List.of("ED")));
        // the new root must be first-class: reattach the directors
        p = p.with(p.post("DSC").withManager("ED2")).with(p.post("DED").withManager("ED2"));
        ChangeList c = classify(p);
        assertThat(c.change("DSC").orElseThrow().describeKinds())
                .isEqualTo("retitled, regraded up, line manager changed");
        assertThat(c.change("HOS").orElseThrow().kinds())
                .containsExactlyInAnyOrder(ChangeKind.MOVED_DIVISION, ChangeKind.LINE_MANAGER_CHANGED);
        assertThat(c.change("BS").orElseThrow().kinds())
                .containsExactlyInAnyOrder(ChangeKind.FTE_CHANGED, ChangeKind.RESPONSIBILITIES_CHANGED);
        assertThat(c.change("DED").orElseThrow().describeKinds()).isEqualTo("regraded down, line manager changed, occupancy changed");
        assertThat(c.change("ED").orElseThrow().kinds()).containsExactly(ChangeKind.DISESTABLISHED);
        assertThat(c.change("ED2").orElseThrow().post().replaces()).containsExactly("ED");
        assertThat(c.changes()).extracting(PostChange::key).containsExactly("ED", "DSC", "HOS", "BS", "DED", "ED2");
    }

    @Test
    void affectedAndAtRisk_countIndividuals_notVacanciesOrInterims() {
        Scenario b = base.with(base.post("DED").withOccupancy(Occupancy.VACANT, "", null));
        Scenario p = b.deriveProposal("p", "P")
                .without("HOS").with(b.post("BS").withManager("DSC").withResponsibilities("new remit"))
                .with(b.post("DED").withTitle("Director of Education & Skills"));
        Model m = TestModels.model(b, p);
        ChangeList c = ChangeClassifier.classify(b, p, new PayTable(m, TestModels.Y2024.start()));
        assertThat(c.affected()).extracting(AffectedPost::key).containsExactly("HOS", "BS");
        assertThat(c.individualsAffected()).isEqualTo(31);
        assertThat(c.atRisk()).extracting(AffectedPost::key).containsExactly("HOS");
        assertThat(c.individualsAtRisk()).isEqualTo(1);
    }

    @Test
    void disestablishedPostMappedIntoANewPost_isNotAtRisk() {
        Scenario p = base.deriveProposal("p", "P").without("HOS").with(base.post("BS").withManager("NEW"))
                .with(new Post("NEW", "Head of Service (merged)", "sc", "DSC", "co-b", null, 1, null, "", null, "",
                        null, List.of("HOS"), List.of("HOS"), null, ""));
        ChangeList c = classify(p);
        assertThat(c.atRisk()).isEmpty();
        assertThat(c.affected()).extracting(AffectedPost::key).containsExactly("HOS", "BS");
    }
}
