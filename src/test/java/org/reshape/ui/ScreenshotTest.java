package org.reshape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reshape.io.Samples;
import org.reshape.ui.app.MainWindow;
import org.reshape.ui.app.ReshapeApp;
import org.reshape.ui.app.WindowMemory;
import org.reshape.ui.chart.ChartCanvas;
import org.reshape.ui.chart.ChartPane;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.edit.Editor;
import org.reshape.ui.finance.WaterfallChart;
import org.reshape.ui.status.StatusBar;
import org.reshape.ui.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// What the README's screenshots show, checked in the real window on a
/// 1366×768 laptop (1366×728 left by a task bar): the first start in Compare
/// mode and the finance view. The pictures themselves are taken from the
/// running application under Xvfb (see the README); this test says what must
/// be true in them — a chart no one can read, a cut figure or an empty half
/// fails it.
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private MainWindow window;
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        workspace = new Workspace();
        workspace.modelProperty().set(Samples.load(ReshapeApp.FIRST_SAMPLE));
        window = ReshapeApp.show(stage, workspace, new EditActions(workspace, new Editor(workspace, null)), null,
                WindowMemory.session(), LAPTOP);
    }

    @Test
    void firstStart_comparesBothStructures_readably_withTheTopPostsAndTheMoneyInView(FxRobot robot) {
        assertThat(window.visibleCharts()).containsExactly(window.currentChart(), window.proposedChart());
        assertThat(window.currentChart().heading().getText()).isEqualTo("Current structure — 23 posts");
        assertThat(window.proposedChart().heading().getText()).isEqualTo("Proposed structure — 23 posts");
        BufferedImage shot = snapshot(robot);
        assertThat(shot.getWidth()).isLessThanOrEqualTo(1366);
        for (ChartPane pane : window.visibleCharts()) {
            ChartCanvas canvas = pane.canvas();
            var shown = canvas.shownScene();
            assertThat(canvas.titlePixels()).as("titles readable on screen").isGreaterThanOrEqualTo(10);
            assertThat(canvas.isInView(shown.card(0).key())).as("top post of " + pane.getId() + " in view").isTrue();
            long whole = java.util.stream.IntStream.range(0, shown.size()).filter(i -> canvas.isInView(shown.card(i).key())).count();
            assertThat(whole).as("cards wholly in view in " + pane.getId()).isGreaterThanOrEqualTo(5);
            // the cards are drawn: the division colour of a card in view is on screen within that chart
            var origin = canvas.localToScene(0, 0);
            assertThat(hasColour(shot, (int) origin.getX(), (int) (origin.getX() + canvas.getWidth()),
                    colourInView(canvas))).as("division colour in " + pane.getId()).isTrue();
        }
        StatusBar bar = robot.lookup("#status-bar").queryAs(StatusBar.class);
        for (Label l : bar.moneyLabels()) {
            assertThat(((Text) l.lookup(".text")).getText()).as("status bar figure shown whole").isEqualTo(l.getText());
        }
        assertThat(bar.moneyLabels().getFirst().getText()).isEqualTo("Current structure: "
                + workspace.comparison().base().total().total().format());
    }

    @Test
    void financeView_showsTheTableWhole_andTheWaterfallByPostTitle(FxRobot robot) {
        robot.clickOn("#mode-finance");
        assertThat(window.finance().tables()).extracting(t -> t.name()).containsExactly("By division", "By grade", "Bridge", "Summary", "Sensitivity");
        var table = robot.lookup("#finance-divisions").queryAs(javafx.scene.control.TableView.class);
        assertThat(table.getItems()).hasSizeGreaterThanOrEqualTo(6);
        robot.clickOn("#finance-tab-waterfall");
        WaterfallChart waterfall = robot.lookup("#waterfall").queryAs(WaterfallChart.class);
        assertThat(waterfall.labels()).startsWith("Base", "Director of Social Care & Early Help").endsWith("Proposal");
        assertThat(waterfall.noCostTitles()).as("lines with no cost effect are listed, not lost").isNotEmpty();
        assertThat(waterfall.isVisible() && waterfall.getHeight() > 200).as("the waterfall has room").isTrue();
        assertThat(robot.lookup("#finance-headline").queryAs(Label.class).getText())
                .startsWith("Recurrent effect: " + workspace.comparison().recurrent().difference().formatSigned() + " a year");
    }

    private BufferedImage snapshot(FxRobot robot) {
        BufferedImage[] image = new BufferedImage[1];
        robot.interact(() -> image[0] = SwingFXUtils.fromFXImage(window.getScene().snapshot(null), null));
        return image[0];
    }

    /// The division colour of the first card wholly in view.
    private static javafx.scene.paint.Color colourInView(ChartCanvas canvas) {
        var scene = canvas.shownScene();
        for (int i = 0; i < scene.size(); i++) {
            if (!scene.card(i).ghost() && canvas.isInView(scene.card(i).key())) {
                return javafx.scene.paint.Color.web(scene.card(i).colour());
            }
        }
        throw new AssertionError("no card in view");
    }

    private static boolean hasColour(BufferedImage image, int fromX, int toX, javafx.scene.paint.Color c) {
        int r = (int) Math.round(c.getRed() * 255);
        int g = (int) Math.round(c.getGreen() * 255);
        int b = (int) Math.round(c.getBlue() * 255);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = Math.max(0, fromX); x < Math.min(image.getWidth(), toX); x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 255) - r) <= 3 && Math.abs(((rgb >> 8) & 255) - g) <= 3 && Math.abs((rgb & 255) - b) <= 3) {
                    return true;
                }
            }
        }
        return false;
    }
}
