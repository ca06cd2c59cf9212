package org.reshape.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reshape.store.TestModels.BASELINE;
import static org.reshape.store.TestModels.MODEL_ID;
import static org.reshape.store.TestModels.PROPOSAL;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reshape.domain.Division;
import org.reshape.domain.Model;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;

/// The single-change operations the UI makes for each undoable command.
class PostChangesTest {
    private ModelStore store;
    private Model model;

    @BeforeEach
    void open() {
        store = ModelStore.inMemory("test-" + UUID.randomUUID());
        model = TestModels.rich();
        store.saveModel(model);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Scenario stored(String scenarioId) {
        return store.loadModel(MODEL_ID).orElseThrow().scenario(scenarioId).orElseThrow();
    }

    @Test
    void savePost_ofAStoredPost_updatesItWhereItStands() {
        Post retitled = TestModels.proposal().post("N1").withTitle("Head of Quality Assurance");

        store.savePost(MODEL_ID, PROPOSAL, retitled);

        assertThat(stored(PROPOSAL)).isEqualTo(TestModels.proposal().with(retitled));
        assertThat(stored(PROPOSAL).posts()).extracting(Post::key).containsExactly("P1", "P2", "N1", "P6", "N2");
    }

    @Test
    void savePost_ofANewPost_appendsIt() {
        Post added = Post.of("N3", "Head of Commissioning", "exec", "P1", "co-e");

        store.savePost(MODEL_ID, PROPOSAL, added);

        assertThat(stored(PROPOSAL)).isEqualTo(TestModels.proposal().with(added));
    }

    @Test
    void deletePost_removesOnlyThatPost_andAddingOneAfterwardsStillAppends() {
        store.deletePost(MODEL_ID, PROPOSAL, "P2");
        store.deletePost(MODEL_ID, PROPOSAL, "not-there");
        Post added = Post.of("N3", "Head of Commissioning", "exec", "P1", "co-e");
        store.savePost(MODEL_ID, PROPOSAL, added);

        assertThat(stored(PROPOSAL)).isEqualTo(TestModels.proposal().without("P2").with(added));
        assertThat(stored(BASELINE)).isEqualTo(TestModels.baseline());
    }

    @Test
    void putPostAtIndex_putsADeletedPostBackWhereItWas() {
        Post p2 = TestModels.proposal().post("P2");
        store.deletePost(MODEL_ID, PROPOSAL, "P2");

        store.transaction(MODEL_ID, tx -> tx.putPost(PROPOSAL, p2, 1));

        assertThat(stored(PROPOSAL)).isEqualTo(TestModels.proposal());
    }

    @Test
    void putPostAtIndex_movesAStoredPost_andPastTheEndMeansLast() {
        Scenario proposal = TestModels.proposal();

        store.transaction(MODEL_ID, tx -> {
            tx.putPost(PROPOSAL, proposal.post("N2"), 0);
            tx.putPost(PROPOSAL, proposal.post("P1"), 99);
        });

        assertThat(stored(PROPOSAL).posts()).extracting(Post::key).containsExactly("N2", "P2", "N1", "P6", "P1");
    }

    @Test
    void savePostsAndDeletePosts_changeSeveralPostsAtOnce() {
        Scenario proposal = TestModels.proposal();
        Post movedA = proposal.post("P6").withManager("N2");
        Post movedB = proposal.post("N1").withDivision("education");

        store.savePosts(MODEL_ID, PROPOSAL, List.of(movedA, movedB));
        store.deletePosts(MODEL_ID, PROPOSAL, List.of("P2", "N2"));

        assertThat(stored(PROPOSAL)).isEqualTo(proposal.with(movedA).with(movedB).without("P2").without("N2"));
    }

    @Test
    void transaction_commitsEveryChangeOfOneCommandTogether() {
        Scenario proposal = TestModels.proposal();
        Post moved = proposal.post("P6").withManager("P1");
        Post added = Post.of("N3", "Head of Commissioning", "exec", "P1", "co-e");
        List<Division> divisions = List.of(new Division("exec", "Executive Director", "#000000"));

        store.transaction(MODEL_ID, tx -> {
            tx.putPost(PROPOSAL, moved);
            tx.deletePost(PROPOSAL, "N2");
            tx.putPost(PROPOSAL, added);
            tx.putDivisions(divisions);
        });

        Model expected = model.withScenario(proposal.with(moved).without("N2").with(added)).withDivisions(divisions);
        assertThat(store.loadModel(MODEL_ID)).contains(expected);
    }

    @Test
    void transaction_thatFailsInTheMiddle_leavesThePreviousStateIntact() {
        Scenario proposal = TestModels.proposal();

        assertThatThrownBy(() -> store.transaction(MODEL_ID, tx -> {
            tx.putPost(PROPOSAL, proposal.post("P6").withManager("P1"));
            tx.deletePost(PROPOSAL, "N2");
            tx.putPost("deleted-meanwhile", Post.of("X", "Orphan", "", "", ""));
            tx.deletePost(PROPOSAL, "P1");
        })).isInstanceOf(StoreException.class).hasMessageContaining("no scenario deleted-meanwhile");

        assertThat(store.loadModel(MODEL_ID)).contains(model);
    }

    @Test
    void transaction_thatBreaksAConstraint_rollsBackAndSaysWhatAndWhere() {
        Division exec = new Division("exec", "Executive Director", "#000000");

        assertThatThrownBy(() -> store.transaction(MODEL_ID, tx -> {
            tx.deletePost(PROPOSAL, "N1");
            tx.putDivisions(List.of(exec, exec)); // the same id twice breaks the primary key
        })).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Could not save a change to model " + MODEL_ID + " in " + store.location())
                .hasMessageContaining("two division rows have the same id")
                .hasMessageContaining("'exec'")
                .hasMessageNotContaining("SQL statement")
                .satisfies(e -> assertThat(e.getCause()).isInstanceOf(java.sql.SQLException.class));

        assertThat(store.loadModel(MODEL_ID)).contains(model);
    }

    @Test
    void transaction_whoseOwnCodeThrows_rollsBackAndRethrowsTheSameException() {
        IllegalStateException boom = new IllegalStateException("command failed");

        assertThatThrownBy(() -> store.transaction(MODEL_ID, tx -> {
            tx.deletePost(PROPOSAL, "N1");
            throw boom;
        })).isSameAs(boom);

        assertThat(store.loadModel(MODEL_ID)).contains(model);
    }

    @Test
    void savePost_withAnFteTooLargeToStore_isRefusedAndChangesNothing() {
        Post huge = TestModels.proposal().post("P6").withFte(new BigDecimal("1000000"), 1_000_000);

        assertThatThrownBy(() -> store.savePost(MODEL_ID, PROPOSAL, huge))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Could not save post P6 of scenario " + PROPOSAL + " in " + store.location())
                .hasMessageContaining("post P6 has FTE 1000000");

        assertThat(store.loadModel(MODEL_ID)).contains(model);
    }

    @Test
    void modelInfoPayScalesAndGrades_canBeChangedInATransaction() {
        store.transaction(MODEL_ID, tx -> {
            tx.putModelInfo("Renamed", "Bury Metropolitan Borough Council", "CYP");
            tx.putPayScales(model.payScales().subList(1, 2));
            tx.putGrades(model.grades().subList(0, 1));
        });

        Model loaded = store.loadModel(MODEL_ID).orElseThrow();
        assertThat(loaded.name()).isEqualTo("Renamed");
        assertThat(loaded.organisation()).isEqualTo("Bury Metropolitan Borough Council");
        assertThat(loaded.directorate()).isEqualTo("CYP");
        assertThat(loaded.payScales()).isEqualTo(model.payScales().subList(1, 2));
        assertThat(loaded.grades()).isEqualTo(model.grades().subList(0, 1));
    }
}
