package org.reshape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reshape.io.Samples;
import org.reshape.ui.app.MainWindow;
import org.reshape.ui.app.ReshapeApp;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.edit.Editor;
import org.reshape.ui.chart.Card;
import org.reshape.ui.chart.CardMark;
import org.reshape.ui.chart.ChartCanvas;
import org.reshape.ui.chart.ChartScene;
import org.reshape.ui.workspace.Mode;
import org.reshape.ui.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Opens the Bury sample in the real window, headless, and checks what a user sees.
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        workspace = new Workspace();
        workspace.modelProperty().set(Samples.load(ReshapeApp.FIRST_SAMPLE));
        window = ReshapeApp.show(stage, workspace, new EditActions(workspace, new Editor(workspace, null)), null);
    }

    private ChartScene proposed() {
        return window.proposedChart().canvas().chartSceneProperty().get();
    }

    private ChartScene current() {
        return window.currentChart().canvas().chartSceneProperty().get();
    }

    @Test
    void compareMode_showsBothStructures_withACardPerPost() {
        assertThat(workspace.modeProperty().get()).isEqualTo(Mode.COMPARE);
        assertThat(current().size()).isEqualTo(23);
        assertThat(proposed().size()).isEqualTo(23);
        assertThat(window.currentChart().heading().getText()).isEqualTo("Current structure — 23 posts");
        assertThat(window.proposedChart().heading().getText()).isEqualTo("Proposed structure — 23 posts");
    }

    @Test
    void card_showsTitleGradeRangeFteAndOccupancy() {
        Card director = proposed().card(proposed().indexOf("DSC"));
        assertThat(director.title()).as("as the appendix prints it").containsExactly("Director of Social Care &", "Early Help");
        assertThat(director.grade()).isEqualTo("Chief Officer Band F");
        assertThat(director.range()).isEqualTo("£106,361 – £115,452"); // 2023/24 Band F +2.5% from 1 April 2024
        assertThat(director.fte()).isEqualTo("1 FTE");
        Card team = proposed().card(proposed().indexOf("BS"));
        assertThat(team.fte()).matches("30 FTE · \\d+ people");
        assertThat(team.gradeAssumed()).isTrue();
        assertThat(team.grade()).startsWith("≈ ");
        Card fixedTerm = proposed().card(proposed().indexOf("HEH"));
        assertThat(fixedTerm.occupancy()).contains("fixed-term to 31 Mar 2025");
    }

    @Test
    void compare_marksTheDirectorOfSocialCareAndEarlyHelpAsRegradedUp() {
        Card director = proposed().card(proposed().indexOf("DSC"));
        assertThat(director.marks()).containsExactlyInAnyOrder(CardMark.REGRADED_UP, CardMark.RETITLED, CardMark.REMIT)
                .as("Social Care & Safeguarding is renamed, not left").doesNotContain(CardMark.MOVED);
        Card ghost = current().card(current().indexOf("ADEH"));
        assertThat(ghost.ghost()).isTrue();
        assertThat(ghost.marks()).containsExactly(CardMark.DISESTABLISHED);
        assertThat(proposed().card(proposed().indexOf("HEH")).marks()).containsExactly(CardMark.NEW);
    }

    @Test
    void statusBar_showsBothTotalsAndTheDifference(FxRobot robot) {
        var cmp = workspace.comparison();
        assertThat(robot.lookup("#status-base").queryAs(Label.class).getText())
                .isEqualTo("Current structure: " + cmp.base().total().total().format());
        assertThat(robot.lookup("#status-recurrent").queryAs(Label.class).getText())
                .isEqualTo("Recurrent " + cmp.recurrent().difference().formatSigned());
        assertThat(robot.lookup("#status-temporary").queryAs(Label.class).getText())
                .isEqualTo("Temporary " + cmp.temporary().difference().formatSigned());
        assertThat(robot.lookup("#status-one-off").queryAs(Label.class).getText()).isEqualTo("One-off £0.00");
        assertThat(robot.lookup("#status-basis").queryAs(Label.class).getText())
                .startsWith("top of grade, 2024/25; on-costs: employer NI 13.8% above £9,100");
    }

    @Test
    void search_selectsAndCentresThePost(FxRobot robot) {
        robot.clickOn("#search").write("Virtual School");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.selectedKeyProperty().get()).isEqualTo("VHT");
        ChartCanvas canvas = window.proposedChart().canvas();
        Point2D[] b = canvas.screenBounds("VHT");
        double cx = (b[0].getX() + b[1].getX()) / 2;
        double cy = (b[0].getY() + b[1].getY()) / 2;
        assertThat(canvas.isInView("VHT")).isTrue();
        assertThat(Math.abs(cx - canvas.getWidth() / 2)).isLessThan(canvas.getWidth() / 4);
        assertThat(Math.abs(cy - canvas.getHeight() / 2)).isLessThan(canvas.getHeight() / 4);
    }

    @Test
    void clickingCollapse_hidesReports_andClickingAgainShowsThem(FxRobot robot) {
        ChartCanvas canvas = window.proposedChart().canvas();
        robot.interact(() -> canvas.centreOn("DES"));
        int before = proposed().size();
        Point2D[] b = canvas.screenBounds("DES");
        Point2D handle = canvas.localToScreen((b[0].getX() + b[1].getX()) / 2, b[1].getY());
        robot.clickOn(handle);
        WaitForAsyncUtils.waitForFxEvents();
        // Director of Education & Skills has 6 posts below it in the proposal
        assertThat(proposed().size()).isEqualTo(before - 6);
        assertThat(proposed().indexOf("VHT")).isEqualTo(-1);
        assertThat(proposed().card(proposed().indexOf("DES")).collapsed()).isTrue();
        Point2D[] moved = canvas.screenBounds("DES");
        robot.clickOn(canvas.localToScreen((moved[0].getX() + moved[1].getX()) / 2, moved[1].getY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(proposed().size()).isEqualTo(before);
    }

    @Test
    void clickingACard_selectsItInBothCharts(FxRobot robot) {
        ChartCanvas canvas = window.proposedChart().canvas();
        robot.interact(() -> canvas.centreOn("HFH"));
        Point2D[] b = canvas.screenBounds("HFH");
        robot.clickOn(canvas.localToScreen((b[0].getX() + b[1].getX()) / 2, b[0].getY() + 20));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.selectedKeyProperty().get()).isEqualTo("HFH");
        assertThat(window.currentChart().canvas().selectedKeyProperty().get()).isEqualTo("HFH");
        assertThat(window.currentChart().canvas().isInView("HFH")).isTrue();
    }

    @Test
    void keyboard_movesToTheManagerAndBack(FxRobot robot) {
        robot.interact(() -> workspace.selectedKeyProperty().set("HFH"));
        robot.clickOn("#mode-proposed");
        ChartCanvas canvas = window.proposedChart().canvas();
        robot.interact(canvas::requestFocus);
        robot.type(KeyCode.UP);
        assertThat(workspace.selectedKeyProperty().get()).isEqualTo("HEH");
        robot.type(KeyCode.RIGHT);
        assertThat(workspace.selectedKeyProperty().get()).isEqualTo("HSWQA");
        assertThat(window.visibleCharts()).containsExactly(window.proposedChart());
    }

    @Test
    void changeList_clickSelectsThePost(FxRobot robot) {
        var list = window.changes().list();
        int row = list.getItems().indexOf(list.getItems().stream().filter(c -> c.key().equals("SLSEND")).findFirst().orElseThrow());
        robot.interact(() -> list.scrollTo(row));
        robot.interact(() -> list.getSelectionModel().select(row));
        assertThat(workspace.selectedKeyProperty().get()).isEqualTo("SLSEND");
        assertThat(window.proposedChart().canvas().isInView("SLSEND")).isTrue();
    }
}
