package org.reshape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reshape.domain.Money;
import org.reshape.domain.SalaryBasis;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The Post tab shows and edits how a post is paid beyond its grade: the Head
/// of Service (Early Help) acted up by the Head of Service (Family Help), not
/// backfilled (§5.1.3); ticking "backfilled" adds the Family Help post's cost
/// to the temporary part the status bar shows.
@ExtendWith(ApplicationExtension.class)
class ActingUpWindowTest {
    private BuryWindow bury;

    @Start
    void start(Stage stage) {
        bury = BuryWindow.show(stage, "acting-up");
    }

    @AfterEach
    void close() {
        bury.store().close();
    }

    /// Scrolls the Post tab's form so that the field is in sight, as a user would before clicking it.
    private static void reveal(FxRobot robot, String id) {
        javafx.scene.control.ScrollPane scroll = robot.lookup("#inspector-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        javafx.scene.Node node = robot.lookup(id).query();
        robot.interact(() -> {
            javafx.scene.Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 20) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void backfillingTheFamilyHelpPost_inThePostTab_addsItsCostToTheTemporaryPart(FxRobot robot) throws Exception {
        robot.interact(() -> bury.workspace().focus("HEH"));
        robot.clickOn("#tab-post");
        @SuppressWarnings("unchecked")
        ComboBox<String> acting = robot.lookup("#inspector-acting-for").queryAs(ComboBox.class);
        assertThat(acting.getValue()).isEqualTo("HFH");
        assertThat(acting.getConverter().toString(acting.getValue())).isEqualTo("HFH — Head of Service (Family Help)");
        CheckBox backfilled = robot.lookup("#inspector-backfilled").queryAs(CheckBox.class);
        assertThat(backfilled.isSelected()).isFalse();
        assertThat(text(robot, "#status-temporary")).isEqualTo("Temporary +£1,647.83");

        reveal(robot, "#inspector-backfilled");
        robot.clickOn("#inspector-backfilled");
        robot.clickOn("#inspector-apply");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> bury.store().loadModel("bury-cyp-2024").orElseThrow()
                .scenario("proposed").orElseThrow().post("HEH").pay().backfilled());
        WaitForAsyncUtils.waitForFxEvents();
        // + the Family Help post for the year: 69,215 + NI 8,295.87 + pension 14,604.37 + levy 346.08 = 92,461.32
        assertThat(text(robot, "#status-temporary")).isEqualTo("Temporary +" + Money.parse("94109.15").format());
        assertThat(bury.workspace().comparison().recurrent().difference()).isEqualTo(Money.parse("-89059.59"));
    }

    @Test
    void aBadHonorarium_isNamedOnTheForm_andAPostsOwnBasisIsSaved(FxRobot robot) throws Exception {
        robot.interact(() -> bury.workspace().focus("DHVS"));
        robot.clickOn("#tab-post");
        reveal(robot, "#inspector-honorarium");
        robot.clickOn("#inspector-honorarium").write("lots");
        assertThat(text(robot, "#inspector-problem"))
                .isEqualTo("Honorarium: 'lots' is not a sum a year or a percentage; write it like 3000 or 10%");
        robot.doubleClickOn("#inspector-honorarium").eraseText(4);
        @SuppressWarnings("unchecked")
        ComboBox<String> basis = robot.lookup("#inspector-basis").queryAs(ComboBox.class);
        robot.interact(() -> basis.setValue(SalaryBasis.BOTTOM.label()));
        robot.clickOn("#inspector-apply");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> bury.store().loadModel("bury-cyp-2024").orElseThrow()
                .scenario("proposed").orElseThrow().post("DHVS").pay().basis() == SalaryBasis.BOTTOM);
        // Soulbury EIP 13–16 at its bottom point 13 (£58,400 from 1 September 2024) rather than the top
        assertThat(bury.workspace().comparison().proposal().post("DHVS").annualBase()).isEqualTo(Money.ofPounds(58_400));
    }
}
