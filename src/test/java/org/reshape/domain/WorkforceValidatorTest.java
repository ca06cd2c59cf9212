package org.reshape.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/// Bad people are refused with a message naming the person, the post and the field.
class WorkforceValidatorTest {
    private final Scenario base = TestModels.baseline();
    private final Scenario proposal = base.deriveProposal("p1", "Proposal").without("HOS").with(base.post("BS").withManager("DSC"))
            .with(Post.of("NEW", "Head of Service (New)", "sc", "DSC", "co-a"))
            .with(Post.of("NEW2", "Other new post", "sc", "DSC", "co-a"));

    private Model withPeople(Workforce w) {
        return TestModels.model(base, proposal).withWorkforce(w);
    }

    private static Person ann() {
        return Person.of("E1", "Ann Sampleton").withDates(LocalDate.of(2005, 9, 1), LocalDate.of(1980, 5, 12), 8);
    }

    private static Workforce one(Person p, String post, String fte) {
        return Workforce.EMPTY.withPerson(p).withHolding(new Holding(p.id(), post, new BigDecimal(fte)));
    }

    @Test
    void aJobShare_withinThePostsFte_isValid() {
        Person bea = Person.of("E2", "Bea Exampleby");
        Workforce w = one(ann(), "HOS", "0.5").withPerson(bea).withHolding(new Holding("E2", "HOS", new BigDecimal("0.5")));

        assertThat(ModelValidator.validate(withPeople(w))).isEmpty();
        assertThat(w.holderText(base, "HOS")).isEqualTo("Ann Sampleton, Bea Exampleby (job share)");
    }

    @Test
    void holdersFteOverThePosts_isRefused_namingPeoplePostAndField() {
        Workforce w = one(ann(), "HOS", "0.6").withPerson(Person.of("E2", "Bea Exampleby"))
                .withHolding(new Holding("E2", "HOS", new BigDecimal("0.6")));

        assertThatThrownBy(() -> ModelValidator.requireValid(withPeople(w)))
                .hasMessageContaining("post HOS (Head of Service)")
                .hasMessageContaining("Ann Sampleton (E1) 0.6")
                .hasMessageContaining("Bea Exampleby (E2) 0.6")
                .hasMessageContaining("FTE: the holders' FTE add up to 1.2, more than the post's 1");
    }

    @Test
    void aDateOfBirthInTheFuture_isRefused() {
        Person p = ann().withDates(null, LocalDate.now().plusDays(1), 8);
        List<Problem> problems = ModelValidator.validate(withPeople(one(p, "HOS", "1")));

        assertThat(problems).singleElement().hasToString("person Ann Sampleton (E1), post HOS (Head of Service): date of birth: "
                + LocalDate.now().plusDays(1) + " is in the future");
    }

    @Test
    void serviceBeforeSixteen_isRefused() {
        Person p = ann().withDates(LocalDate.of(1996, 5, 11), LocalDate.of(1980, 5, 12), 8);

        assertThat(ModelValidator.validate(withPeople(one(p, "DSC", "1")))).singleElement().asString()
                .contains("person Ann Sampleton (E1), post DSC (Director of Social Care)")
                .contains("service start: 1996-05-11 is before the person was 16 (born 1980-05-12)");
        Person sixteen = ann().withDates(LocalDate.of(1996, 5, 12), LocalDate.of(1980, 5, 12), 8);
        assertThat(ModelValidator.validate(withPeople(one(sixteen, "DSC", "1")))).isEmpty();
    }

    @Test
    void anEqualityValueOutsideTheList_isRefused() {
        Person p = ann().withEquality("F", "White", "");

        assertThat(ModelValidator.validate(withPeople(one(p, "HOS", "1")))).singleElement().asString()
                .contains("person Ann Sampleton (E1), post HOS (Head of Service): sex: 'F' is not one of Female; Male; Prefer not to say");
    }

    @Test
    void onePersonConfirmedIntoTwoPosts_isRefused() {
        Workforce w = one(ann(), "HOS", "1").withMatches(List.of(
                new Match("p1", "E1", "NEW", MatchKind.SLOT_IN), new Match("p1", "E1", "NEW2", MatchKind.RING_FENCE)));

        assertThat(ModelValidator.validate(withPeople(w))).singleElement().asString()
                .contains("person Ann Sampleton (E1), post NEW2 (Other new post): match: already confirmed into NEW "
                        + "(Head of Service (New)) in proposal 'Proposal'");
    }

    @Test
    void aPersonInTwoPosts_isValid_andShownOnBoth() {
        Workforce w = one(ann(), "HOS", "0.5").withHolding(new Holding("E1", "DED", new BigDecimal("0.5")));

        assertThat(ModelValidator.validate(withPeople(w))).isEmpty();
        assertThat(w.holderText(base, "HOS")).isEqualTo("Ann Sampleton");
        assertThat(w.holderText(base, "DED")).isEqualTo("Ann Sampleton");
    }

    @Test
    void aConfirmedMatch_movesTheNameToThePostItMatches() {
        Workforce w = one(ann(), "HOS", "1").withMatch("p1", "E1", new Match("p1", "E1", "NEW", MatchKind.SLOT_IN));

        assertThat(w.holderText(proposal, "NEW")).isEqualTo("Ann Sampleton");
        assertThat(w.holderText(base, "HOS")).isEqualTo("Ann Sampleton");
    }

    @Test
    void ageBands_areDerivedFromTheDateOfBirth() {
        LocalDate on = LocalDate.of(2024, 4, 1);
        assertThat(Equality.ageBand(LocalDate.of(2000, 4, 2), on)).isEqualTo("Under 25");
        assertThat(Equality.ageBand(LocalDate.of(1999, 4, 1), on)).isEqualTo("25–34");
        assertThat(Equality.ageBand(LocalDate.of(1969, 4, 1), on)).isEqualTo("55–64");
        assertThat(Equality.ageBand(LocalDate.of(1959, 4, 1), on)).isEqualTo("65 and over");
        assertThat(Equality.ageBand(null, on)).isEmpty();
    }
}
