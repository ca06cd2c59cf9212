package org.reshape.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reshape.domain.Consultation;
import org.reshape.domain.Contract;
import org.reshape.domain.DutyShare;
import org.reshape.domain.FamilyLeave;
import org.reshape.domain.Holding;
import org.reshape.domain.Match;
import org.reshape.domain.MatchKind;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.PeoplePolicy;
import org.reshape.domain.Person;
import org.reshape.domain.Workforce;
import org.reshape.io.Samples;

/// People, holdings, matches and plans on a real (in-memory) H2 database.
class PeopleStoreTest {
    private final ModelStore store = ModelStore.inMemory("people-" + UUID.randomUUID());

    @AfterEach
    void close() {
        store.close();
    }

    private static Workforce everyField(String scenario, String postKey, String newKey) {
        Person p = new Person("E9", "Ann Sampleton", "E9", Contract.FIXED_TERM, Money.parse("41234.56"), 23,
                LocalDate.of(2010, 4, 1), LocalDate.of(1985, 2, 3), 12, LocalDate.of(2025, 3, 31), FamilyLeave.PROTECTED_PERIOD,
                "Female", "White", "Not disabled");
        return Workforce.EMPTY.withPerson(p).withHolding(new Holding("E9", postKey, new BigDecimal("0.6")))
                .withMatch(scenario, "E9", new Match(scenario, "E9", newKey, MatchKind.RING_FENCE))
                .withDutyShares(List.of(new DutyShare(scenario, postKey, newKey, 75)))
                .withConsultation(new Consultation(scenario, LocalDate.of(2024, 1, 15), 3, 30))
                .withPolicy(new PeoplePolicy(60, 2, 10, 5));
    }

    @Test
    void theSamplesPeople_surviveSaveAndLoad() {
        Model bury = Samples.load("bury-cyp-2024");
        store.saveModel(bury);

        Model loaded = store.loadModel(bury.id()).orElseThrow();

        assertThat(loaded.workforce()).isEqualTo(bury.workforce());
        assertThat(loaded.workforce().people()).hasSizeGreaterThan(23);
    }

    @Test
    void putWorkforce_storesEveryField_andReplacesTheOldPeople() {
        Model bury = Samples.load("bury-cyp-2024");
        store.saveModel(bury);
        Workforce w = everyField("proposed", "PSW", "HSWQA");

        store.transaction(bury.id(), tx -> tx.putWorkforce(w));

        assertThat(store.loadModel(bury.id()).orElseThrow().workforce()).isEqualTo(w);
    }

    @Test
    void putWorkforce_afterEditingOnePerson_leavesTheOtherRowsUntouched() throws Exception {
        Model bury = Samples.load("bury-cyp-2024");
        store.saveModel(bury);
        Person first = bury.workforce().people().getFirst();
        Workforce edited = bury.workforce().withPerson(first.withName("Renamed Sampleton"))
                .withoutHolding("E1003", "HIR").withHolding(new Holding("E1003", "HIR", new BigDecimal("0.8")));

        store.transaction(bury.id(), tx -> tx.putWorkforce(edited));

        assertThat(store.loadModel(bury.id()).orElseThrow().workforce()).isEqualTo(edited);
        // Undo: back to the sample exactly.
        store.transaction(bury.id(), tx -> tx.putWorkforce(bury.workforce()));
        assertThat(store.loadModel(bury.id()).orElseThrow().workforce()).isEqualTo(bury.workforce());
    }

    @Test
    void aHoldingTheSchemaCannotHold_savesNothing() {
        Model bury = Samples.load("bury-cyp-2024");
        store.saveModel(bury);
        Workforce bad = Workforce.EMPTY.withPerson(Person.of("E1", "Bea Exampleby"))
                .withHolding(new Holding("E1", "PSW", new BigDecimal("0.1234567")));

        assertThatThrownBy(() -> store.transaction(bury.id(), tx -> tx.putWorkforce(bad)))
                .hasMessageContaining("person E1 holds post PSW at FTE 0.1234567");
        assertThat(store.loadModel(bury.id()).orElseThrow().workforce()).isEqualTo(bury.workforce());
    }
}
