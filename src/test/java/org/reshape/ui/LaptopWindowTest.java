package org.reshape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reshape.io.Samples;
import org.reshape.ui.app.MainWindow;
import org.reshape.ui.app.ReshapeApp;
import org.reshape.ui.app.WindowMemory;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.edit.Editor;
import org.reshape.ui.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The window on a 1366×768 laptop (a 40 px task bar leaves 1366×728): it fits,
/// and nothing in the side panels is cut off or needs a sideways scroll bar.
@ExtendWith(ApplicationExtension.class)
class LaptopWindowTest {
    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private Workspace workspace;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = new Workspace();
        workspace.modelProperty().set(Samples.load(ReshapeApp.FIRST_SAMPLE));
        window = ReshapeApp.show(stage, workspace, new EditActions(workspace, new Editor(workspace, null)), null,
                WindowMemory.session(), LAPTOP);
    }

    @Test
    void firstWindow_fitsTheVisibleAreaOfTheScreen_withTheMenuBarOnIt(FxRobot robot) {
        assertThat(stage.getWidth()).isLessThanOrEqualTo(1366);
        assertThat(stage.getHeight()).isLessThanOrEqualTo(728);
        assertThat(stage.getX()).isGreaterThanOrEqualTo(0);
        assertThat(stage.getY()).isGreaterThanOrEqualTo(0);
        Bounds menu = robot.lookup("#menu-bar").query().localToScreen(robot.lookup("#menu-bar").query().getBoundsInLocal());
        assertThat(LAPTOP.contains(menu.getMinX(), menu.getMinY())).as("menu bar on screen").isTrue();
        Bounds nav = window.navigator().localToScreen(window.navigator().getBoundsInLocal());
        assertThat(nav.getMinX()).as("structure panel on screen").isGreaterThanOrEqualTo(0);
        assertThat(nav.getMaxY()).isLessThanOrEqualTo(728);
    }

    @Test
    void postTab_showsEveryLabelWhole(FxRobot robot) {
        robot.interact(() -> {
            workspace.selectedKeyProperty().set("DSC");
            robot.lookup("#side-tabs").queryAs(TabPane.class).getSelectionModel().select(1);
        });
        List<Label> labels = robot.lookup("#inspector").lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> !l.getText().isEmpty() && l.getParent() instanceof javafx.scene.layout.GridPane).toList();
        assertThat(labels).extracting(Label::getText).contains("Fixed-term to", "Occupancy", "Headcount");
        for (Label l : labels) {
            assertThat(shown(l)).as("label " + l.getText()).isEqualTo(l.getText());
        }
    }

    @Test
    void consultationTab_showsEveryLabelAndTheStartDateWhole(FxRobot robot) {
        robot.interact(() -> robot.lookup("#side-tabs").queryAs(TabPane.class).getSelectionModel().select(2));
        List<Label> labels = robot.lookup("#timeline").lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> l.getLabelFor() != null).toList();
        assertThat(labels).extracting(Label::getText)
                .containsExactly("Consultation starts", "Other redundancies (same 90 days)", "Council's minimum (days)");
        for (Label l : labels) {
            assertThat(shownLines(l)).as("label " + l.getText()).isEqualTo(l.getText());
        }
        javafx.scene.control.DatePicker start = robot.lookup("#timeline-start").queryAs(javafx.scene.control.DatePicker.class);
        robot.interact(() -> start.setValue(java.time.LocalDate.of(2024, 11, 15)));
        javafx.scene.control.TextField field = start.getEditor();
        assertThat(field.getText()).isEqualTo("15/11/2024");
        Text text = field.lookupAll(".text").stream().map(Text.class::cast).filter(t -> t.getText().equals(field.getText()))
                .findFirst().orElseThrow();
        assertThat(text.getLayoutBounds().getWidth()).as("the date fits its field").isLessThanOrEqualTo(field.getWidth());
    }

    /// A wrapped label's text as drawn, its lines joined: it equals the text when nothing is cut off.
    private static String shownLines(Label l) {
        return l.lookupAll(".text").stream().map(n -> ((Text) n).getText()).collect(java.util.stream.Collectors.joining())
                .replace("\n", " ").replaceAll(" +", " ").strip();
    }

    @Test
    void changeListAndStructure_wrapLongLines_withoutASidewaysScrollBar(FxRobot robot) {
        assertThat(sidewaysBarShown(window.changes().list())).as("change list").isFalse();
        assertThat(sidewaysBarShown(window.navigator().tree())).as("structure tree").isFalse();
        // a long title is drawn whole, over more than one line
        Text longest = robot.lookup("#change-list").lookup(".wrapped-cell-text").queryAllAs(Text.class).stream()
                .filter(t -> t.getText().startsWith("Director of Social Care & Early Help")).findFirst().orElseThrow();
        assertThat(longest.getLayoutBounds().getWidth()).isLessThanOrEqualTo(window.changes().list().getWidth());
        assertThat(longest.getLayoutBounds().getHeight()).as("wrapped").isGreaterThan(3 * longest.getFont().getSize());
        Text post = robot.lookup("#navigator-tree").lookup(".wrapped-cell-text").queryAllAs(Text.class).stream()
                .filter(t -> t.getText().startsWith("Executive Director of Children")).findFirst().orElseThrow();
        assertThat(post.getText()).isEqualTo("Executive Director of Children & Young People · Chief Officer Band H");
        Bounds b = post.localToScene(post.getBoundsInLocal());
        Bounds tree = window.navigator().tree().localToScene(window.navigator().tree().getBoundsInLocal());
        assertThat(b.getMaxX()).as("inside the tree").isLessThanOrEqualTo(tree.getMaxX());
    }

    @Test
    void sidePanels_collapse_andComeBackAtTheWidthTheyHad(FxRobot robot) {
        javafx.scene.control.SplitPane body = robot.lookup("#body").queryAs(javafx.scene.control.SplitPane.class);
        robot.interact(() -> body.setDividerPositions(300.0 / body.getWidth(), body.getDividers().get(1).getPosition()));
        robot.interact(() -> { });
        double before = window.navigator().getWidth();
        assertThat(before).isCloseTo(300, org.assertj.core.data.Offset.offset(8.0));
        robot.clickOn("#toggle-navigator");
        assertThat(body.getItems()).doesNotContain(window.navigator());
        robot.clickOn("#toggle-navigator");
        assertThat(body.getItems().getFirst()).isSameAs(window.navigator());
        assertThat(window.navigator().getWidth()).isCloseTo(before, org.assertj.core.data.Offset.offset(3.0));
        Node side = robot.lookup("#side-panel").query();
        robot.clickOn("#toggle-side");
        assertThat(body.getItems()).doesNotContain(side);
    }

    @Test
    void bridgeTable_getsTheRoomItNeeds_onALaptop(FxRobot robot) {
        robot.clickOn("#mode-finance");
        robot.clickOn("#finance-tab-bridge");
        robot.interact(() -> { });
        // the settings and the reconciliation fold away on a laptop, each saying what it holds
        assertThat(robot.lookup("#finance-settings-pane").queryAs(javafx.scene.control.TitledPane.class).isExpanded()).isFalse();
        assertThat(robot.lookup("#finance-settings-pane").queryAs(javafx.scene.control.TitledPane.class).getText())
                .isEqualTo("Costing settings — top of grade, 2024/25, with on-costs");
        assertThat(robot.lookup("#finance-checks-pane").queryAs(javafx.scene.control.TitledPane.class).isExpanded()).isFalse();
        assertThat(robot.lookup("#finance-headline").queryAs(Label.class).getText()).startsWith("Recurrent effect");
        javafx.scene.control.TableView<?> bridge = robot.lookup("#finance-bridge").queryAs(javafx.scene.control.TableView.class);
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) bridge.lookup(".virtual-flow");
        long whole = robot.lookup("#finance-bridge").lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> r.isVisible() && r.getItem() != null)
                .filter(r -> {
                    Bounds b = flow.sceneToLocal(r.localToScene(r.getBoundsInLocal()));
                    return b.getMinY() >= -0.5 && b.getMaxY() <= flow.getHeight() + 0.5;
                }).count();
        // one or two lines before the bridge had its own tab and a compact set of columns
        assertThat(whole).as("bridge lines shown whole at 1366×768").isGreaterThanOrEqualTo(5);
        // the structure panel keeps its width: no title in the finance view pushes it aside
        assertThat(window.navigator().getWidth()).isGreaterThan(150);
        robot.clickOn("#finance-tab-waterfall");
        var waterfall = robot.lookup("#waterfall").queryAs(org.reshape.ui.finance.WaterfallChart.class);
        assertThat(waterfall.getHeight()).as("the waterfall has the tab's height").isGreaterThanOrEqualTo(240);
    }

    @Test
    void compactFinanceTable_fitsTheLaptop_withoutASidewaysScrollBar_andFiguresWhole(FxRobot robot) {
        robot.clickOn("#mode-finance");
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<List<Object>> table = robot.lookup("#finance-divisions").queryAs(javafx.scene.control.TableView.class);
        robot.interact(() -> { });
        List<String> shownHeaders = table.getVisibleLeafColumns().stream().map(javafx.scene.control.TableColumn::getText).toList();
        assertThat(shownHeaders).contains("Base total", "Proposal total", "Difference", "Budget").doesNotContain("Base salary", "Proposal NI");
        assertThat(sidewaysBarShown(table)).as("sideways scroll bar at 1366×768").isFalse();
        // every figure is drawn whole: no cell text ends in an ellipsis
        List<String> cells = robot.lookup("#finance-divisions").lookup(".table-cell .text").queryAllAs(Text.class).stream()
                .filter(t -> t.isVisible() && t.getParent() != null && t.getParent().isVisible())
                .map(Text::getText).filter(t -> !t.isEmpty()).toList();
        assertThat(cells).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotEndWith("…").doesNotEndWith("..."));
        List<Text> names = robot.lookup("#finance-divisions").lookup(".wrapped-cell-text").queryAllAs(Text.class).stream().toList();
        assertThat(names).extracting(Text::getText).contains("Social Care & Early Help (was Social Care & Safeguarding)");
        names.forEach(t -> assertThat(t.getLayoutBounds().getWidth()).isLessThanOrEqualTo(table.getVisibleLeafColumn(0).getWidth()));
        robot.clickOn("#finance-detail-columns");
        assertThat(table.getVisibleLeafColumns().stream().map(javafx.scene.control.TableColumn::getText).toList())
                .contains("Base salary", "Proposal NI", "Proposal pension", "Proposal levy");
    }

    private static String shown(Label l) {
        Node text = l.lookup(".text");
        return text instanceof Text t ? t.getText() : "";
    }

    private static boolean sidewaysBarShown(Node control) {
        return control.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar s
                && s.getOrientation() == Orientation.HORIZONTAL && s.isVisible() && s.getVisibleAmount() < s.getMax() - s.getMin());
    }
}
