package org.reshape.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reshape.domain.Contract;
import org.reshape.domain.Holding;
import org.reshape.domain.Match;
import org.reshape.domain.MatchKind;
import org.reshape.domain.Model;
import org.reshape.domain.PayTable;
import org.reshape.domain.Person;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.domain.TestModels;
import org.reshape.domain.Workforce;
import org.reshape.io.Samples;

/// The consultation group counts people: a job share is two, an agency interim none.
class AffectedPeopleTest {

    private static ChangeList classify(Model m) {
        Scenario base = m.baseline();
        Scenario proposal = m.scenarios().get(1);
        return ChangeClassifier.classify(m, base, proposal, new PayTable(m, m.costSettings().year().start()));
    }

    @Test
    void aJobShareInADisestablishedPost_isTwoPeopleAtRisk_andAnAgencyHolderIsNotCounted() {
        Scenario base = TestModels.baseline();
        Scenario proposal = base.deriveProposal("p1", "Proposal").without("HOS")
                .with(base.post("DED").withTitle("Director of Education and Skills"))
                .with(Post.of("NEW", "Head of Practice", "sc", "DSC", "co-a"));
        Workforce w = Workforce.EMPTY
                .withPerson(Person.of("E1", "Ann Sampleton")).withHolding(new Holding("E1", "HOS", new BigDecimal("0.5")))
                .withPerson(Person.of("E2", "Bea Exampleby")).withHolding(new Holding("E2", "HOS", new BigDecimal("0.5")))
                .withPerson(Person.of("A1", "Cal Testwick").withContract(Contract.AGENCY, null))
                .withHolding(new Holding("A1", "DED", BigDecimal.ONE));
        Model m = TestModels.model(base, proposal).withWorkforce(w);

        ChangeList c = classify(m);

        assertThat(c.individualsAffected()).isEqualTo(2);
        assertThat(c.individualsAtRisk()).isEqualTo(2);
        assertThat(c.affected()).extracting(AffectedPost::key).containsExactly("HOS");

        ChangeList matched = classify(m.withWorkforce(w.withMatch("p1", "E1", new Match("p1", "E1", "NEW", MatchKind.SLOT_IN))));
        assertThat(matched.individualsAffected()).isEqualTo(2);
        assertThat(matched.individualsAtRisk()).isEqualTo(1);
        assertThat(matched.individuals()).filteredOn(AffectedPerson::atRisk).extracting(a -> a.person().name())
                .containsExactly("Bea Exampleby");
    }

    @Test
    void aPersonInTwoAffectedPosts_isOneIndividual() {
        Scenario base = TestModels.baseline();
        Scenario proposal = base.deriveProposal("p1", "Proposal").with(base.post("HOS").withTitle("Head of Services"))
                .with(base.post("DED").withTitle("Director of Learning"));
        Workforce w = Workforce.EMPTY.withPerson(Person.of("E1", "Ann Sampleton"))
                .withHolding(new Holding("E1", "HOS", new BigDecimal("0.5")))
                .withHolding(new Holding("E1", "DED", new BigDecimal("0.5")));

        ChangeList c = classify(TestModels.model(base, proposal).withWorkforce(w));

        assertThat(c.affected()).hasSize(2);
        assertThat(c.individualsAffected()).isEqualTo(1);
    }

    @Test
    void theBurySample_countsTheReportsTwentyThreeIndividuals() {
        Model bury = Samples.load("bury-cyp-2024");

        ChangeList c = classify(bury);

        assertThat(c.individualsAffected()).as("Cabinet report §6.3: 23 individuals").isEqualTo(23);
        assertThat(c.people()).extracting(a -> a.person().isEmployee()).containsOnly(true);
        // The two interim directors are agency workers: not in the consultation group.
        assertThat(c.people()).extracting(AffectedPerson::postKey).doesNotContain("DSC", "DES");
        List<String> perPost = c.affected().stream().map(a -> a.key() + "=" + a.people()).toList();
        assertThat(perPost).contains("CRS=5", "SSAO=2", "CWD=2", "PSW=1");
    }
}
