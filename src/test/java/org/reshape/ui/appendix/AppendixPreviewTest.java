package org.reshape.ui.appendix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.io.Samples;
import org.reshape.ui.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The preview shows the pages the PDF will have, and saves that PDF.
@ExtendWith(ApplicationExtension.class)
class AppendixPreviewTest {
    @TempDir
    Path dir;
    private AppendixPreview preview;
    private Workspace workspace;
    private final AppendixPreview.Memory memory = AppendixPreview.Memory.session();
    private final boolean[] closed = {false};

    @Start
    void start(Stage stage) {
        workspace = new Workspace();
        workspace.modelProperty().set(Samples.load("bury-cyp-2024"));
        preview = new AppendixPreview(workspace, memory, () -> closed[0] = true);
        stage.setScene(new Scene(preview, 1200, 900));
        stage.show();
    }

    @Test
    void everyOption_isInsideTheWindow_onALaptopsWidth(FxRobot robot) {
        // the preview opens at most 40 px narrower than a laptop's 1366 px; here narrower still
        robot.interact(() -> preview.getScene().getWindow().setWidth(1000));
        robot.interact(() -> { });
        for (String id : new String[] {"#appendix-scenario", "#appendix-paper", "#appendix-public", "#appendix-save", "#appendix-close",
                "#appendix-number", "#appendix-title", "#appendix-classification", "#appendix-date"}) {
            javafx.scene.Node n = robot.lookup(id).query();
            javafx.geometry.Bounds b = n.localToScene(n.getBoundsInLocal());
            assertThat(b.getMaxX()).as(id + " inside the window").isLessThanOrEqualTo(preview.getScene().getWidth());
            assertThat(b.getMinX()).as(id).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void pages_areThoseOfThePdf_andThePublicVersionSaysSo(FxRobot robot) throws Exception {
        Pagination pages = robot.lookup("#appendix-pages").queryAs(Pagination.class);
        assertThat(pages.getPageCount()).isEqualTo(preview.document().pages().size()).isGreaterThan(2);
        assertThat(robot.lookup("#appendix-message").queryAs(Label.class).getText())
                .isEqualTo("Appendix 2 – Proposed Structure — " + pages.getPageCount() + " pages, Full version – names and exact pay");
        robot.clickOn("#appendix-public");
        assertThat(robot.lookup("#appendix-message").queryAs(Label.class).getText())
                .endsWith("Public version – names withheld, pay in £5,000 bands");

        Path pdf = dir.resolve("appendix.pdf");
        robot.interact(() -> {
            try {
                preview.save(pdf);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages.getPageCount());
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Appendix 2 – Proposed Structure", "Public version");
        }
    }

    @Test
    void saveForWord_writesTheTextAndTablesWithTheOptionsShown(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#appendix-save-docx").queryButton().getText()).isEqualTo("Save for Word…");
        robot.clickOn("#appendix-public");
        Path docx = dir.resolve("appendix.docx");
        robot.interact(() -> {
            try {
                preview.saveDocx(docx);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(docx))) {
            assertThat(doc.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle())).extracting(p -> p.getText())
                    .startsWith("Schedule of changes");
            assertThat(doc.getParagraphs().get(3).getText()).contains("Public version – names withheld");
            assertThat(doc.getTables()).hasSizeGreaterThan(3);
        }
    }

    @Test
    void printingWithoutAPrinter_saysWhatToDoInstead(FxRobot robot) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(javafx.print.Printer.getAllPrinters().isEmpty(),
                "a machine with a printer would open the print dialog");
        robot.interact(preview::print);
        assertThat(robot.lookup("#appendix-message").queryAs(Label.class).getText())
                .isEqualTo("No printer is set up on this computer: save the PDF and print that instead");
        var shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = preview.getScene().snapshot(null));
        java.nio.file.Files.createDirectories(Path.of("target/screenshots"));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot[0], null), "png",
                Path.of("target/screenshots/appendix-preview.png").toFile());
    }

    @Test
    void options_titleNumberClassificationDate_defaultByVersion_areRememberedPerScenario_andCloseCloses(FxRobot robot)
            throws Exception {
        javafx.scene.control.TextField title = robot.lookup("#appendix-title").queryAs(javafx.scene.control.TextField.class);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> classification = robot.lookup("#appendix-classification")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertThat(title.getText()).isEqualTo("Appendix 2 – Proposed Structure");
        assertThat(classification.getValue()).as("full version").isEqualTo("Not for publication – Schedule 12A, paragraph 1");
        robot.clickOn("#appendix-public");
        assertThat(classification.getValue()).as("public version").isEqualTo("Open");
        robot.clickOn("#appendix-public");
        assertThat(classification.getValue()).isEqualTo(AppendixPreview.EXEMPT);

        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.Spinner<Integer> number = robot.lookup("#appendix-number").queryAs(javafx.scene.control.Spinner.class);
            number.getValueFactory().setValue(4);
            robot.lookup("#appendix-date").queryAs(javafx.scene.control.DatePicker.class).setValue(java.time.LocalDate.of(2024, 1, 10));
        });
        assertThat(title.getText()).as("the number follows into the default title").isEqualTo("Appendix 4 – Proposed Structure");
        robot.interact(() -> title.setText("Appendix 4 – CYP senior structure from April"));
        assertThat(preview.document().title()).isEqualTo("Appendix 4 – CYP senior structure from April");
        Path pdf = dir.resolve("options.pdf");
        robot.interact(() -> {
            try {
                preview.save(pdf);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Appendix 4 – CYP senior structure from April", "Schedule 12A", "10 January 2024");
        }

        // a new preview (the next time it is opened) has the same options for the same scenario
        AppendixPreview[] again = new AppendixPreview[1];
        robot.interact(() -> again[0] = new AppendixPreview(workspace, memory, () -> { }));
        assertThat(again[0].document().title()).isEqualTo("Appendix 4 – CYP senior structure from April");

        robot.clickOn("#appendix-close");
        assertThat(closed[0]).isTrue();
    }
}
