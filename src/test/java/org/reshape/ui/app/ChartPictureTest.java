package org.reshape.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.domain.Person;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.io.Samples;
import org.reshape.report.page.Page;
import org.reshape.ui.chart.ChartPane;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.edit.Editor;
import org.reshape.ui.workspace.Mode;
import org.reshape.ui.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/// File ▸ Chart picture on a 1366×768 laptop: the Bury proposal as SVG and PNG,
/// the whole chart and the view, drawn from the layout and the card model.
@ExtendWith(ApplicationExtension.class)
class ChartPictureTest {
    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        workspace = new Workspace();
        workspace.modelProperty().set(Samples.load(ReshapeApp.FIRST_SAMPLE));
        workspace.modeProperty().set(Mode.PROPOSED);
        window = ReshapeApp.show(stage, workspace, new EditActions(workspace, new Editor(workspace, null)), null,
                WindowMemory.session(), new Rectangle2D(0, 0, 1366, 728));
    }

    private Scenario proposal() {
        return workspace.model().scenario(workspace.proposalIdProperty().get()).orElseThrow();
    }

    private Page picture(FxRobot robot, boolean whole) {
        Page[] page = new Page[1];
        robot.interact(() -> page[0] = window.proposedChart().picture(whole));
        return page[0];
    }

    private static Document parse(Path svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(svg.toFile());
    }

    private static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void wholeChartSvg_isValidXml_withEveryPostTitle_theHeading_andNoHoldersName(FxRobot robot, @TempDir Path dir) throws Exception {
        Page page = picture(robot, true);
        Path svg = dir.resolve("proposed.svg");
        ChartPictureMenu.writeSvg(page, "Proposed structure", svg);
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("width")).isEqualTo(number(page.width()) + "pt");
        assertThat(root.getAttribute("height")).isEqualTo(number(page.height()) + "pt");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + number(page.width()) + " " + number(page.height()));
        // a council chart is wider than an A4 page but not absurdly so: 23 posts side by side in points
        assertThat(page.width()).isBetween(500.0, 5000.0);
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
                .isEqualTo("Proposed structure");
        String all = String.join(" ", texts(doc));
        assertThat(texts(doc)).contains("Proposed structure");
        for (Post p : proposal().posts()) {
            // titles are wrapped on the cards: every word of every title is there
            for (String word : p.title().split("\\s+")) {
                assertThat(all).as("title of " + p.key()).contains(word);
            }
        }
        for (Person person : workspace.model().workforce().people()) {
            assertThat(all).as("a picture for a paper names no one").doesNotContain(person.name());
        }
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline").getLength())
                .as("a reporting line per post below the top").isEqualTo(proposal().size() - proposal().roots().size());
    }

    @Test
    void viewSvg_holdsTheCardsInView_andNotTheOthers(FxRobot robot, @TempDir Path dir) throws Exception {
        ChartPane chart = window.proposedChart();
        robot.interact(() -> chart.canvas().zoomAt(0, 0, 1 / chart.canvas().zoom()));
        var inView = new java.util.HashSet<String>();
        robot.interact(() -> inView.addAll(chart.canvas().keysInView()));
        assertThat(inView).isNotEmpty().hasSizeLessThan(proposal().size());
        Page view = picture(robot, false);
        Page whole = picture(robot, true);
        assertThat(view.width()).isLessThan(whole.width());
        Path svg = dir.resolve("view.svg");
        ChartPictureMenu.writeSvg(view, "Proposed structure", svg);
        String all = String.join(" ", texts(parse(svg)));
        Post outside = proposal().posts().stream().filter(p -> !inView.contains(p.key()))
                .filter(p -> proposal().posts().stream().noneMatch(q -> inView.contains(q.key()) && q.title().contains(p.title())))
                .findFirst().orElseThrow();
        assertThat(all).doesNotContain(outside.title());
        Post inside = proposal().post(inView.iterator().next());
        assertThat(all).contains(inside.title().split("\\s+")[0]);
    }

    @Test
    void png_isTwicePointSize_onWhite_withTheDivisionColourOfACard(FxRobot robot, @TempDir Path dir) throws Exception {
        Page page = picture(robot, true);
        Path png = dir.resolve("proposed.png");
        robot.interact(() -> {
            try {
                ChartPictureMenu.writePng(page, png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(page.width() * 2));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(page.height() * 2));
        assertThat(image.getRGB(1, image.getHeight() - 2) & 0xFFFFFF).as("white background").isEqualTo(0xFFFFFF);
        // the top post's card carries its division's colour in its strip
        String colour = workspace.model().division(proposal().roots().getFirst().divisionId()).orElseThrow().colour();
        int rgb = Integer.parseInt(colour.substring(1), 16);
        assertThat(count(image, rgb)).as("pixels in the colour " + colour).isGreaterThan(100);
    }

    @Test
    void copyTheView_fromTheFileMenu_putsAPictureOnTheClipboard(FxRobot robot) {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.interact(() -> window.proposedChart().canvas().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        boolean[] has = new boolean[1];
        double[] width = new double[1];
        robot.interact(() -> {
            has[0] = Clipboard.getSystemClipboard().hasImage();
            width[0] = has[0] ? Clipboard.getSystemClipboard().getImage().getWidth() : 0;
        });
        assertThat(has[0]).isTrue();
        assertThat(width[0]).isGreaterThan(200);
        assertThat(window.proposedChart().toastText()).contains("paste it into Word");
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs((p >> 16 & 255) - (rgb >> 16 & 255)) <= 2 && Math.abs((p >> 8 & 255) - (rgb >> 8 & 255)) <= 2
                        && Math.abs((p & 255) - (rgb & 255)) <= 2) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String number(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.2f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
