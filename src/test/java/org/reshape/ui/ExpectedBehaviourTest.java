package org.reshape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reshape.domain.Scenario;
import org.reshape.store.ModelStore;
import org.reshape.ui.app.MainWindow;
import org.reshape.ui.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// What a user expects of a desktop window: Delete asks, a new post is opened for
/// naming and grading, Escape closes dialogs, Ctrl+Q quits, the drop-down names
/// the proposal on screen, and only the lock action that applies is offered.
@ExtendWith(ApplicationExtension.class)
class ExpectedBehaviourTest {
    private ModelStore store;
    private Workspace workspace;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BuryWindow shown = BuryWindow.show(stage, "expected");
        store = shown.store();
        workspace = shown.workspace();
        window = shown.window();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Scenario stored() {
        return store.loadModel("bury-cyp-2024").orElseThrow().scenario("proposed").orElseThrow();
    }

    private void pressDelete(FxRobot robot, String key) {
        robot.interact(() -> workspace.focus(key));
        robot.interact(() -> window.proposedChart().canvas().requestFocus());
        robot.type(KeyCode.DELETE);
    }

    @Test
    void delete_asksFirst_cancelKeepsThePost_andDontAskAgainIsHonoured(FxRobot robot) {
        pressDelete(robot, "DHVS");
        assertThat(robot.lookup("#confirm-disestablish").tryQuery()).as("a question").isPresent();
        assertThat(robot.lookup("#confirm-disestablish").lookup(".header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Disestablish Deputy Head of Virtual School?");
        robot.clickOn("Cancel");
        assertThat(stored().contains("DHVS")).as("cancelled").isTrue();

        pressDelete(robot, "DHVS");
        robot.clickOn("#dont-ask-disestablish");
        robot.clickOn("Disestablish");
        assertThat(stored().contains("DHVS")).isFalse();

        pressDelete(robot, "SSAO");
        assertThat(robot.lookup("#confirm-disestablish").tryQuery()).as("not asked again").isEmpty();
        assertThat(stored().contains("SSAO")).isFalse();
    }

    @Test
    void escape_closesTheQuestion_theGlossary_theAbout_andTheAppendixPreview(FxRobot robot) {
        pressDelete(robot, "DHVS");
        assertThat(robot.lookup("#confirm-disestablish").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#confirm-disestablish").tryQuery()).isEmpty();
        assertThat(stored().contains("DHVS")).isTrue();

        robot.clickOn("Scenario").clickOn("#menu-glossary");
        assertThat(openWindows()).isEqualTo(2);
        robot.type(KeyCode.ESCAPE);
        assertThat(openWindows()).as("glossary closed").isEqualTo(1);

        robot.clickOn("Help").clickOn("#menu-about");
        assertThat(openWindows()).isEqualTo(2);
        robot.type(KeyCode.ESCAPE);
        assertThat(openWindows()).as("about closed").isEqualTo(1);

        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(openWindows()).isEqualTo(2);
        robot.type(KeyCode.ESCAPE);
        assertThat(openWindows()).as("appendix preview closed").isEqualTo(1);
        assertThat(stage.isShowing()).as("the main window stays").isTrue();
    }

    @Test
    void newPost_opensInThePostTab_titleSelected_gradeToBeChosen(FxRobot robot) {
        robot.interact(() -> workspace.focus("DES"));
        robot.interact(() -> window.proposedChart().canvas().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String key = workspace.selectedKeyProperty().get();
        assertThat(stored().post(key).title()).isEqualTo("New post");
        assertThat(stored().post(key).gradeId()).as("no grade until one is chosen").isEmpty();
        assertThat(robot.lookup("#side-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-post");
        TextField title = robot.lookup("#inspector-title").queryAs(TextField.class);
        assertThat(title.isFocused()).isTrue();
        assertThat(title.getSelectedText()).isEqualTo("New post");
        assertThat(robot.lookup("#inspector-problem").queryAs(Label.class).getText()).contains("Choose a grade");
        robot.write("Head of Inclusion");
        assertThat(title.getText()).isEqualTo("Head of Inclusion");
    }

    @Test
    void proposalDropDown_followsScenarioNewProposal(FxRobot robot) {
        robot.clickOn("Scenario").clickOn("#menu-new-proposal");
        robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        robot.interact(() -> robot.lookup(".dialog-pane .text-field").queryAs(TextField.class).setText("Option B"));
        robot.clickOn("OK");
        @SuppressWarnings("unchecked")
        ComboBox<Scenario> choice = robot.lookup("#proposal-choice").queryAs(ComboBox.class);
        assertThat(workspace.proposal().orElseThrow().name()).isEqualTo("Option B");
        assertThat(choice.getValue().name()).as("the drop-down names the proposal on screen").isEqualTo("Option B");
        assertThat(window.proposedChart().heading().getText()).startsWith("Option B");
        robot.interact(() -> workspace.proposalIdProperty().set("proposed"));
        assertThat(choice.getValue().id()).isEqualTo("proposed");
    }

    @Test
    void lockAndUnlock_onlyTheOneThatApplies(FxRobot robot) {
        robot.clickOn("Scenario");
        MenuItem lock = menuItem("menu-lock");
        MenuItem unlock = menuItem("menu-unlock");
        boolean locked = workspace.base().orElseThrow().locked();
        assertThat(lock.isDisable()).isEqualTo(locked);
        assertThat(unlock.isDisable()).isEqualTo(!locked);
        robot.clickOn(locked ? "#menu-unlock" : "#menu-lock");
        robot.clickOn("Scenario");
        assertThat(lock.isDisable()).isEqualTo(!locked);
        assertThat(unlock.isDisable()).isEqualTo(locked);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void fileQuit_closesTheWindow(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
    }

    private MenuItem menuItem(String id) {
        return window.lookupAll(".menu-bar").stream().findFirst().map(b -> ((javafx.scene.control.MenuBar) b).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow()).orElseThrow();
    }

    private static long openWindows() {
        WaitForAsyncUtils.waitForFxEvents();
        return Window.getWindows().stream().filter(Window::isShowing).count();
    }
}
