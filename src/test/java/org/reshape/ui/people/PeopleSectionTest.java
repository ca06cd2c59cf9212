package org.reshape.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reshape.domain.Model;
import org.reshape.domain.Workforce;
import org.reshape.io.Samples;
import org.reshape.store.ModelStore;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.edit.Editor;
import org.reshape.ui.workspace.Mode;
import org.reshape.ui.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The HR partner gives a post a job share in the People section: a second
/// holder is refused while the first holds the whole post, and accepted once
/// the first is down to half; each step is saved and undoable.
@ExtendWith(ApplicationExtension.class)
class PeopleSectionTest {
    private ModelStore store;
    private Workspace workspace;
    private Editor editor;
    private ScrollPane root;

    @Start
    void start(Stage stage) {
        store = ModelStore.inMemory("people-" + System.nanoTime());
        Model bury = Samples.load("bury-cyp-2024");
        store.saveModel(bury);
        workspace = new Workspace();
        workspace.modelProperty().set(bury);
        workspace.modeProperty().set(Mode.PROPOSED);
        editor = new Editor(workspace, store);
        root = new ScrollPane(new PeoplePane(workspace, new EditActions(workspace, editor)));
        root.setFitToWidth(true);
        stage.setScene(new Scene(root, 420, 820));
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Workforce stored() {
        return store.loadModel("bury-cyp-2024").orElseThrow().workforce();
    }

    @SuppressWarnings("unchecked")
    private ListView<PeopleViewModel.Row> list(FxRobot robot) {
        return robot.lookup("#people-list").queryAs(ListView.class);
    }

    @Test
    void givingTwoPeopleAJobShare_refusedUntilTheFteFits_thenSavedAndUndoable(FxRobot robot) throws Exception {
        robot.interact(() -> workspace.selectedKeyProperty().set("PSW"));
        assertThat(list(robot).getItems()).extracting(Object::toString).singleElement().asString().endsWith("· 1 FTE · Permanent");
        String first = list(robot).getItems().getFirst().person().name();

        robot.clickOn("#people-new-name").write("Nell Fictionby").clickOn("#people-add");

        assertThat(robot.lookup("#people-message").queryAs(Label.class).getText())
                .contains("post PSW (Principal Social Worker)").contains(first)
                .contains("FTE: the holders' FTE add up to 1.5, more than the post's 1");
        assertThat(stored().holdingsOf("PSW")).as("nothing saved").hasSize(1);

        TextField fte = robot.lookup("#people-fte").queryAs(TextField.class);
        robot.interact(() -> fte.setText("0.5"));
        robot.clickOn("#people-apply");
        // The refused name is still in its field: adding again needs no retyping.
        assertThat(robot.lookup("#people-new-name").queryAs(TextField.class).getText()).isEqualTo("Nell Fictionby");
        robot.clickOn("#people-add");

        assertThat(robot.lookup("#people-message").queryAs(Label.class).getText()).isEmpty();
        assertThat(list(robot).getItems()).extracting(r -> r.person().name()).containsExactly(first, "Nell Fictionby");
        assertThat(stored().holdingsOf("PSW")).extracting(h -> h.fte()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.5"), new BigDecimal("0.5"));
        assertThat(workspace.model().workforce().holderText(workspace.model().baseline(), "PSW"))
                .isEqualTo(first + ", Nell Fictionby (job share)");
        assertThat(editor.undoNameProperty().get()).isEqualTo("Add Nell Fictionby as holder of Principal Social Worker");
        saveShot(robot);

        robot.interact(editor::undo);
        assertThat(stored().holdingsOf("PSW")).hasSize(1);
        assertThat(stored().person("P" + (Samples.load("bury-cyp-2024").workforce().people().size() + 1))).isEmpty();
    }

    @Test
    void anEqualityValueIsChosenFromTheList_andADateOfBirthInTheFutureIsRefused(FxRobot robot) {
        robot.interact(() -> workspace.selectedKeyProperty().set("SMEY"));
        robot.interact(() -> robot.lookup("#people-dob").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.now().plusYears(1)));
        robot.clickOn("#people-apply");

        assertThat(robot.lookup("#people-message").queryAs(Label.class).getText())
                .contains("post SMEY (Service Manager (Early Years))").contains("date of birth:").contains("is in the future");
        assertThat(stored()).isEqualTo(Samples.load("bury-cyp-2024").workforce());
        @SuppressWarnings("unchecked")
        var sex = (javafx.scene.control.ComboBox<String>) robot.lookup("#people-sex").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(sex.getItems()).containsExactly("", "Female", "Male", "Prefer not to say");
    }

    private void saveShot(FxRobot robot) throws Exception {
        String dir = System.getProperty("screenshot.dir");
        if (dir == null) {
            return;
        }
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = root.getScene().snapshot(null));
        Files.createDirectories(Path.of(dir));
        ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", Path.of(dir, "people-section.png").toFile());
    }
}
