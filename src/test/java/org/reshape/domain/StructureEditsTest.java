package org.reshape.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StructureEditsTest {
    private final Scenario s = TestModels.baseline().deriveProposal("p", "P");

    @Test
    void moveUnder_takesTheSubtree_andJoinsTheNewDivision() {
        Scenario after = StructureEdits.moveUnder(s, "HOS", "DED", true, false).applyTo(s);
        assertThat(after.post("HOS").managerKey()).isEqualTo("DED");
        assertThat(after.post("HOS").divisionId()).isEqualTo("ed");
        assertThat(after.post("BS").managerKey()).isEqualTo("HOS");
        assertThat(after.post("BS").divisionId()).as("the subtree joins too").isEqualTo("ed");
    }

    @Test
    void moveUnder_withoutJoining_keepsTheDivision() {
        Scenario after = StructureEdits.moveUnder(s, "HOS", "DED", false, false).applyTo(s);
        assertThat(after.post("HOS").divisionId()).isEqualTo("sc");
    }

    @Test
    void moveAlone_sendsTheReportsUpToTheOldManager() {
        Scenario after = StructureEdits.moveUnder(s, "HOS", "DED", true, true).applyTo(s);
        assertThat(after.post("HOS").managerKey()).isEqualTo("DED");
        assertThat(after.post("BS").managerKey()).isEqualTo("DSC");
        assertThat(after.post("BS").divisionId()).isEqualTo("sc");
    }

    @Test
    void moveUnderOwnReport_isRefusedWithTheReason() {
        assertThat(StructureEdits.whyNotReportTo(s, "DSC", "BS")).hasValue(
                "Business Support reports, directly or through others, to Director of Social Care, so Director of Social Care cannot report to it");
        assertThatThrownBy(() -> StructureEdits.moveUnder(s, "DSC", "BS", true, false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(StructureEdits.whyNotReportTo(s, "DSC", "DSC")).hasValue("a post cannot report to itself");
    }

    @Test
    void disestablish_sendsReportsToTheManagerOrAChosenPost() {
        Scenario toManager = StructureEdits.disestablish(s, "HOS", "").applyTo(s);
        assertThat(toManager.contains("HOS")).isFalse();
        assertThat(toManager.post("BS").managerKey()).isEqualTo("DSC");
        Scenario toChosen = StructureEdits.disestablish(s, "HOS", "DED").applyTo(s);
        assertThat(toChosen.post("BS").managerKey()).isEqualTo("DED");
        assertThatThrownBy(() -> StructureEdits.disestablish(s, "DSC", "BS"))
                .hasMessage("the reports of Director of Social Care cannot go to a post below it");
    }

    @Test
    void merge_makesANewPostThatReplacesBoth_andTakesTheirReports() {
        Scenario after = StructureEdits.merge(s, "HOS", "DED", "N1", "Head of Service (merged)").applyTo(s);
        assertThat(after.contains("HOS")).isFalse();
        assertThat(after.contains("DED")).isFalse();
        Post merged = after.post("N1");
        assertThat(merged.replaces()).containsExactly("HOS", "DED");
        assertThat(merged.managerKey()).isEqualTo("DSC");
        assertThat(after.post("BS").managerKey()).isEqualTo("N1");
        assertThat(ModelValidator.validate(TestModels.model(TestModels.baseline(), after))).isEmpty();
    }

    @Test
    void addUnder_makesAVacantPostInTheManagersDivision() {
        Scenario after = StructureEdits.addUnder(s, "DED", "N1", "New post", "co-b").applyTo(s);
        assertThat(after.post("N1")).satisfies(p -> {
            assertThat(p.managerKey()).isEqualTo("DED");
            assertThat(p.divisionId()).isEqualTo("ed");
            assertThat(p.occupancy()).isEqualTo(Occupancy.VACANT);
        });
        assertThat(StructureEdits.freshKey(TestModels.model(after), "N")).isEqualTo("N2");
    }
}
