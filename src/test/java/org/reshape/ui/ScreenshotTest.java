package org.reshape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reshape.io.Samples;
import org.reshape.ui.app.MainWindow;
import org.reshape.ui.app.ReshapeApp;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.edit.Editor;
import org.reshape.ui.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// Renders the real window with the Bury sample in Compare mode to a PNG.
/// `./mvnw test -Dtest=ScreenshotTest -Dscreenshot.dir=assets` refreshes the README's screenshot.
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Workspace workspace = new Workspace();
        workspace.modelProperty().set(Samples.load(ReshapeApp.FIRST_SAMPLE));
        window = ReshapeApp.show(stage, workspace, new EditActions(workspace, new Editor(workspace, null)), null);
    }

    @Test
    void compareMode_rendersBothChartsWithDivisionColours(FxRobot robot) throws Exception {
        robot.interact(() -> window.visibleCharts().forEach(p -> p.canvas().home()));
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = window.getScene().snapshot(null));
        var image = SwingFXUtils.fromFXImage(shot[0], null);
        assertThat(image.getWidth()).isEqualTo(1600);
        // the division colour of a card in view appears in each half of the charts area
        var current = window.currentChart().canvas().localToScene(0, 0);
        var proposed = window.proposedChart().canvas().localToScene(0, 0);
        assertThat(hasColour(image, (int) current.getX(), (int) proposed.getX(), colourInView(window.currentChart().canvas())))
                .as("current chart").isTrue();
        assertThat(hasColour(image, (int) proposed.getX(), (int) (proposed.getX() + window.proposedChart().canvas().getWidth()),
                colourInView(window.proposedChart().canvas()))).as("proposed chart").isTrue();
        Path dir = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
        Files.createDirectories(dir);
        ImageIO.write(image, "png", dir.resolve("reshape-compare.png").toFile());
        assertThat(Files.size(dir.resolve("reshape-compare.png"))).isGreaterThan(50_000);
    }

    @Test
    void financeMode_rendersTheWaterfallAndTables(FxRobot robot) throws Exception {
        robot.clickOn("#mode-finance");
        robot.clickOn("#finance-tab-waterfall");
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = window.getScene().snapshot(null));
        assertThat(window.finance().tables()).extracting(t -> t.name()).containsExactly("By division", "By grade", "Bridge", "Summary", "Sensitivity");
        assertThat(robot.lookup("#waterfall").queryAs(org.reshape.ui.finance.WaterfallChart.class).labels())
                .startsWith("Base", "Director of Social Care & Early Help").endsWith("Proposal");
        assertThat(robot.lookup("#waterfall").queryAs(org.reshape.ui.finance.WaterfallChart.class).noCostTitles())
                .as("lines with no cost effect are listed, not lost").isNotEmpty();
        Path dir = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
        Files.createDirectories(dir);
        ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", dir.resolve("reshape-finance.png").toFile());
    }

    /// The division colour of the first card wholly in view.
    private static javafx.scene.paint.Color colourInView(org.reshape.ui.chart.ChartCanvas canvas) {
        var scene = canvas.shownScene();
        for (int i = 0; i < scene.size(); i++) {
            if (!scene.card(i).ghost() && canvas.isInView(scene.card(i).key())) {
                return javafx.scene.paint.Color.web(scene.card(i).colour());
            }
        }
        throw new AssertionError("no card in view");
    }

    private static boolean hasColour(java.awt.image.BufferedImage image, int fromX, int toX, javafx.scene.paint.Color c) {
        int r = (int) Math.round(c.getRed() * 255);
        int g = (int) Math.round(c.getGreen() * 255);
        int b = (int) Math.round(c.getBlue() * 255);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = fromX; x < toX; x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 255) - r) <= 3 && Math.abs(((rgb >> 8) & 255) - g) <= 3 && Math.abs((rgb & 255) - b) <= 3) {
                    return true;
                }
            }
        }
        return false;
    }
}
