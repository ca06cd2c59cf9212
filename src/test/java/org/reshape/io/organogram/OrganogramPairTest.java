package org.reshape.io.organogram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reshape.change.ChangeClassifier;
import org.reshape.change.ChangeKind;
import org.reshape.change.ChangeList;
import org.reshape.costing.Comparison;
import org.reshape.costing.Costing;
import org.reshape.domain.Model;
import org.reshape.domain.ModelValidator;
import org.reshape.domain.PayTable;
import org.reshape.domain.Scenario;
import org.reshape.io.imports.ImportOptions;
import org.reshape.io.imports.ImportResult;
import org.reshape.io.imports.Progress;

/// Two real snapshots of DfID, six months apart, as a base and a proposal: the
/// change list and the cost bridge work across them.
class OrganogramPairTest {

    private static Model dfid() {
        RealOrganograms.assumePresent();
        // Given newest first on purpose: the older one must still become the base.
        ImportResult<Model> r = OrganogramImport.importPair(RealOrganograms.files(RealOrganograms.DFID_2014),
                RealOrganograms.files(RealOrganograms.DFID_2013), "dfid", ImportOptions.defaults(), Progress.NONE);
        assertThat(r.report().errors()).isEmpty();
        return r.value().orElseThrow();
    }

    @Test
    void olderIsTheBase_newerAProposalOfIt() {
        Model m = dfid();
        assertThat(ModelValidator.validate(m)).isEmpty();
        assertThat(m.id()).isEqualTo("dfid");
        assertThat(m.scenarios()).extracting(Scenario::name).containsExactly("Organogram 30 September 2013", "Organogram 31 March 2014");
        Scenario base = m.scenarios().get(0);
        Scenario proposal = m.scenarios().get(1);
        assertThat(base.isProposal()).isFalse();
        assertThat(base.locked()).isTrue();
        assertThat(proposal.baseId()).isEqualTo(base.id());
        assertThat(m.baseOf(proposal)).contains(base);
    }

    @Test
    void changeList_matchesPostsByPostUniqueReference() {
        Model m = dfid();
        Scenario base = m.scenarios().get(0);
        Scenario proposal = m.scenarios().get(1);
        ChangeList changes = ChangeClassifier.classify(m, base, proposal, new PayTable(m, m.costSettings().year().start()));
        // A29, Director International Finance, reported to A10 and then to A7, and was retitled.
        assertThat(changes.change("A29")).hasValueSatisfying(c -> {
            assertThat(c.is(ChangeKind.LINE_MANAGER_CHANGED)).isTrue();
            assertThat(c.is(ChangeKind.RETITLED)).isTrue();
        });
        // B139 is in the 2013 file only; A44 in the 2014 file only.
        assertThat(changes.change("B139")).hasValueSatisfying(c -> assertThat(c.is(ChangeKind.DISESTABLISHED)).isTrue());
        assertThat(changes.change("A44")).hasValueSatisfying(c -> assertThat(c.is(ChangeKind.NEW)).isTrue());
        assertThat(changes.count(ChangeKind.DISESTABLISHED)).isPositive();
        assertThat(changes.unchanged()).isPositive();
    }

    @Test
    void bridge_addsUpToTheDifference() {
        Model m = dfid();
        Costing costing = new Costing(m, m.costSettings());
        Comparison c = costing.compare(m.scenarios().get(0), m.scenarios().get(1));
        assertThat(c.difference().isZero()).isFalse();
        assertThat(c.bridgeTotal()).isEqualTo(c.difference());
        assertThat(c.base().warnings()).isEmpty();
        assertThat(c.assumedPart().isZero()).isFalse();
    }
}
