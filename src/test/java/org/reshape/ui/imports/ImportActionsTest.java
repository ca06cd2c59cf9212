package org.reshape.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.domain.Model;
import org.reshape.io.Samples;
import org.reshape.io.establishment.ColumnMapping;
import org.reshape.io.imports.ImportReport;
import org.reshape.io.organogram.OrganogramFiles;
import org.reshape.store.ModelStore;
import org.reshape.ui.BuryWorkspace;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.tasks.SameThreadTasks;
import org.reshape.ui.workspace.Workspace;

/// Imports from the window's side: a new scenario as one undoable command, saved
/// at once; errors import nothing unless the user keeps the valid rows; the
/// column mapping is remembered.
class ImportActionsTest {
    static final Path ORGANOGRAMS = Path.of("../shared/data/organograms");

    @TempDir
    Path dir;
    private ModelStore store;
    private Workspace workspace;
    private EditActions actions;
    private final List<String> asked = new ArrayList<>();
    private boolean keepValid;

    private final ImportPrompts prompts = new ImportPrompts() {
        @Override
        public boolean keepValidRows(String what, ImportReport report) {
            asked.add("keep? " + report.errors().getFirst());
            return keepValid;
        }

        @Override
        public void report(String what, ImportReport report) {
            asked.add("report " + report.summary());
        }
    };

    private ImportActions imports;

    @BeforeEach
    void open() {
        BuryWorkspace open = BuryWorkspace.open("imports");
        store = open.store();
        workspace = open.workspace();
        actions = open.actions();
        imports = new ImportActions(workspace, actions, new SameThreadTasks(), prompts, dir.resolve("mapping.properties"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static OrganogramFiles dfid(String date) {
        String stem = "department_for_international_development-" + date;
        return OrganogramFiles.of(ORGANOGRAMS.resolve(stem + "-senior.csv"), ORGANOGRAMS.resolve(stem + "-junior.csv"));
    }

    @Test
    void organogramPair_importsAsBaselineAndProposal_thatCompare() {
        assumeTrue(Files.isDirectory(ORGANOGRAMS), "the shared organogram files are beside the project");
        imports.importOrganogram(null, dfid("2013-09-30"), "DfID September 2013", null);
        String base = workspace.model().scenarios().getLast().id();
        imports.importOrganogram(null, dfid("2014-03-31"), "DfID March 2014", base);
        Model stored = store.loadModel("bury-cyp-2024").orElseThrow();
        assertThat(stored.scenarios()).extracting(s -> s.name()).contains("DfID September 2013", "DfID March 2014");
        assertThat(workspace.proposal().orElseThrow().name()).isEqualTo("DfID March 2014");
        var c = workspace.comparison();
        assertThat(c.base().scenario().name()).isEqualTo("DfID September 2013");
        assertThat(c.bridgeTotal()).isEqualTo(c.difference());
        assertThat(c.changes().changes()).isNotEmpty();

        actions.editor().undo();
        actions.editor().undo();
        assertThat(store.loadModel("bury-cyp-2024").orElseThrow()).isEqualTo(Samples.load("bury-cyp-2024"));
    }

    @Test
    void establishmentListWithAnError_importsNothing_unlessTheValidRowsAreKept() throws Exception {
        Path csv = dir.resolve("hr-export.csv");
        Files.writeString(csv, "Post No,Job Title,Service Area,Reports To,Grade,FTE\n"
                + "E1,Executive Director,Directorate,,Chief Officer Band H,1\n"
                + "E2,Head of Service,Education & Skills,E1,Grade 99,1\n"
                + "E3,Team Manager,Education & Skills,E1,Chief Officer Band A,1\n");
        var preview = imports.preview(csv).value().orElseThrow();
        ColumnMapping mapping = imports.startingMapping(preview);
        int before = workspace.model().scenarios().size();

        keepValid = false;
        imports.importEstablishment(null, csv, mapping, "HR export", null);
        assertThat(workspace.model().scenarios()).hasSize(before);
        assertThat(store.loadModel("bury-cyp-2024").orElseThrow().scenarios()).hasSize(before);
        assertThat(asked.getFirst()).startsWith("keep? hr-export.csv:3: column 'Grade': grade 'Grade 99'");
        assertThat(actions.editor().messageProperty().get()).startsWith("Establishment list hr-export.csv: nothing imported");

        keepValid = true;
        imports.importEstablishment(null, csv, mapping, "HR export", null);
        var added = workspace.model().scenarios().getLast();
        assertThat(added.name()).isEqualTo("HR export");
        assertThat(added.size()).isEqualTo(2);
        assertThat(store.loadModel("bury-cyp-2024").orElseThrow().scenario(added.id())).isPresent();
    }

    @Test
    void theMapping_isRememberedForTheNextFileWithTheSameColumns() throws Exception {
        Path csv = dir.resolve("odd.csv");
        Files.writeString(csv, "Ref,Role,Unit,Boss,Pay grade\nA1,Director,Directorate,,Chief Officer Band H\n");
        var preview = imports.preview(csv).value().orElseThrow();
        ColumnMapping chosen = imports.startingMapping(preview)
                .with(org.reshape.io.establishment.EstablishmentField.POST_NUMBER, "Ref")
                .with(org.reshape.io.establishment.EstablishmentField.TITLE, "Role")
                .with(org.reshape.io.establishment.EstablishmentField.REPORTS_TO, "Boss");
        imports.importEstablishment(null, csv, chosen, "Odd", null);
        assertThat(imports.startingMapping(imports.preview(csv).value().orElseThrow())).isEqualTo(chosen);
    }

    /// Runs each job only when the test says so, as a background thread would finish later.
    private static final class HeldTasks implements org.reshape.ui.tasks.Tasks {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> Job run(String title, java.util.function.Function<org.reshape.io.imports.Progress, T> work,
                           java.util.function.Consumer<T> onSuccess, java.util.function.Consumer<Throwable> onError) {
            javafx.beans.property.SimpleDoubleProperty progress = new javafx.beans.property.SimpleDoubleProperty(0);
            held.add(() -> onSuccess.accept(work.apply(org.reshape.io.imports.Progress.NONE)));
            return new Job() {
                @Override
                public javafx.beans.property.ReadOnlyDoubleProperty progress() {
                    return progress;
                }

                @Override
                public void cancel() {
                }
            };
        }

        void finish() {
            held.forEach(Runnable::run);
            held.clear();
        }
    }

    @Test
    void editsMadeWhileAnImportRuns_stay_andUndoTakesOutOnlyTheImport() throws Exception {
        Path csv = dir.resolve("hr-export.csv");
        Files.writeString(csv, "Post No,Job Title,Service Area,Reports To,Grade,FTE\n"
                + "E1,Executive Director,Learning Disabilities,,Chief Officer Band H,1\n"
                + "E2,Team Manager,Learning Disabilities,E1,Chief Officer Band A,1\n");
        HeldTasks held = new HeldTasks();
        ImportActions slow = new ImportActions(workspace, actions, held, prompts, dir.resolve("mapping.properties"));
        ColumnMapping mapping = slow.startingMapping(slow.preview(csv).value().orElseThrow());
        slow.importEstablishment(null, csv, mapping, "HR export", null);

        assertThat(actions.setBudget("sar", org.reshape.domain.Money.ofPounds(400_000))).isTrue();
        assertThat(actions.moveUnder("proposed", "SMEY", "HFH", false)).isTrue();
        held.finish();

        Model shown = workspace.model();
        assertThat(shown.scenarios().getLast().name()).isEqualTo("HR export");
        assertThat(shown.divisions()).extracting(d -> d.name()).contains("Learning Disabilities");
        assertThat(shown.division("sar").orElseThrow().budget()).isEqualTo(org.reshape.domain.Money.ofPounds(400_000));
        assertThat(shown.scenario("proposed").orElseThrow().post("SMEY").managerKey()).isEqualTo("HFH");
        assertThat(store.loadModel("bury-cyp-2024").orElseThrow()).isEqualTo(shown);
        assertThat(actions.editor().undoNameProperty().get()).isEqualTo("Import HR export");

        actions.editor().undo();
        Model afterUndo = store.loadModel("bury-cyp-2024").orElseThrow();
        assertThat(afterUndo).isEqualTo(workspace.model());
        assertThat(afterUndo.scenario("HR export")).isEmpty();
        assertThat(afterUndo.divisions()).extracting(d -> d.name()).doesNotContain("Learning Disabilities");
        assertThat(afterUndo.division("sar").orElseThrow().budget()).isEqualTo(org.reshape.domain.Money.ofPounds(400_000));
        assertThat(afterUndo.scenario("proposed").orElseThrow().post("SMEY").managerKey()).isEqualTo("HFH");
    }
}
