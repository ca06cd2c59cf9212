package org.reshape.ui.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import org.reshape.files.PrivateFiles;
import org.reshape.report.page.Page;
import org.reshape.report.page.SvgWriter;
import org.reshape.ui.appendix.PagePainter;
import org.reshape.ui.chart.ChartPane;
import org.reshape.ui.edit.EditActions;

/// File ▸ Chart picture: the chart on screen (the one last clicked in Compare
/// mode) as a picture for a paper — the view or the whole chart, copied to
/// paste into Word, or saved as PNG or SVG. Both are drawn from the layout and
/// the card model ([org.reshape.report.ChartPicture]), never from the screen.
final class ChartPictureMenu extends Menu {
    /// PNG pixels per point: twice a 72 dpi screen, sharp when printed at the size it was laid out for.
    static final double PNG_SCALE = 2;
    /// The longest side of a PNG, in pixels (a whole chart of hundreds of posts is drawn smaller).
    static final double PNG_MAX_SIDE = 8192;

    private final MainWindow window;
    private final EditActions actions;

    ChartPictureMenu(MainWindow window, EditActions actions) {
        super("Chart picture");
        this.window = window;
        this.actions = actions;
        setId("menu-chart-picture");
        MenuItem copyView = item("menu-chart-copy-view", "Copy the view (paste into Word)", () -> copy(false));
        copyView.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        getItems().addAll(copyView,
                item("menu-chart-copy-whole", "Copy the whole chart", () -> copy(true)),
                new javafx.scene.control.SeparatorMenuItem(),
                item("menu-chart-png-view", "Save the view as PNG…", () -> save(false, false)),
                item("menu-chart-png-whole", "Save the whole chart as PNG…", () -> save(true, false)),
                item("menu-chart-svg-view", "Save the view as SVG…", () -> save(false, true)),
                item("menu-chart-svg-whole", "Save the whole chart as SVG…", () -> save(true, true)));
        // nothing to picture in Metrics mode
        setOnShowing(e -> getItems().forEach(i -> i.setDisable(window.pictureChart() == null)));
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }

    /// The picture of the chart on screen, or null (with a message) when none is shown.
    private Page picture(boolean whole) {
        ChartPane chart = window.pictureChart();
        if (chart == null) {
            actions.editor().refuse("No chart is shown: choose Current, Proposed, Compare or Finance first");
            return null;
        }
        return chart.picture(whole);
    }

    private void copy(boolean whole) {
        Page page = picture(whole);
        if (page != null) {
            ClipboardContent content = new ClipboardContent();
            content.putImage(image(page));
            Clipboard.getSystemClipboard().setContent(content);
            actions.editor().refuse("Copied the " + (whole ? "whole chart" : "view") + " as a picture; paste it into Word");
        }
    }

    private void save(boolean whole, boolean svg) {
        ChartPane chart = window.pictureChart();
        Page page = picture(whole);
        if (page == null) {
            return;
        }
        FileChooser c = new FileChooser();
        c.setTitle(whole ? "Save the whole chart as a picture" : "Save the view as a picture");
        c.getExtensionFilters().add(svg ? new FileChooser.ExtensionFilter("SVG picture", "*.svg")
                : new FileChooser.ExtensionFilter("PNG picture", "*.png"));
        c.setInitialFileName(org.reshape.io.imports.Ids.slug(chart.heading().getText().replaceAll(" — .*", ""), 60)
                + (whole ? "-chart" : "-view") + (svg ? ".svg" : ".png"));
        var f = c.showSaveDialog(window.getScene().getWindow());
        if (f == null) {
            return;
        }
        try {
            if (svg) {
                writeSvg(page, chart.heading().getText(), f.toPath());
            } else {
                writePng(page, f.toPath());
            }
            actions.editor().refuse("Exported " + f);
        } catch (IOException e) {
            actions.editor().refuse("Could not save " + f + ": " + e.getMessage());
        }
    }

    /// The picture drawn at [#PNG_SCALE] pixels per point (less for a very large chart), on the FX thread.
    static WritableImage image(Page page) {
        double scale = Math.min(PNG_SCALE, PNG_MAX_SIDE / Math.max(page.width(), page.height()));
        return PagePainter.canvas(page, scale).snapshot(null, null);
    }

    /// Writes the PNG whole or not at all (as every file Reshape writes).
    static void writePng(Page page, Path file) throws IOException {
        BufferedImage image = SwingFXUtils.fromFXImage(image(page), null);
        PrivateFiles.write(file, out -> ImageIO.write(image, "png", out));
    }

    static void writeSvg(Page page, String title, Path file) throws IOException {
        PrivateFiles.write(file, out -> SvgWriter.write(page, title, out));
    }
}
