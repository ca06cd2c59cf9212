package org.reshape.io.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.io.Samples;
import org.reshape.io.imports.ImportOptions;
import org.reshape.io.imports.ImportProblem;
import org.reshape.io.imports.ImportResult;
import org.reshape.io.imports.ImportSource;
import org.reshape.io.imports.Progress;

/// Spreadsheets as a user's Excel makes them: formulas, merged cells, damaged files, huge sheets.
class XlsxSheetTest {
    private static final Model BURY = Samples.load("bury-cyp-2024");
    private static final String[] HEADER = {"Post No", "Job Title", "Service Area", "Reports To", "Grade", "FTE"};

    private static XSSFWorkbook workbook() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("Sheet1");
        Row h = sheet.createRow(0);
        for (int i = 0; i < HEADER.length; i++) {
            h.createCell(i).setCellValue(HEADER[i]);
        }
        String[][] rows = {
            {"E1", "Executive Director", "Directorate", "", "co-h"},
            {"D1", "Director of Education", "Education & Skills", "E1", "co-f"},
            {"H1", "Head of SEND", "", "D1", "co-b"},
            {"H2", "Head of Schools", "", "D1", "co-b"},
            {"H3", "Head of Early Years", "", "D1", "co-b"},
            {"H4", "Head of Inclusion", "", "D1", "co-b"},
        };
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows[r].length; c++) {
                if (!rows[r][c].isEmpty()) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            row.createCell(5).setCellValue(1);
        }
        return wb;
    }

    private static Path save(XSSFWorkbook wb, Path file) throws IOException {
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    private static ImportResult<EstablishmentImport.Imported> load(Path file) {
        ImportSource src = ImportSource.of(file);
        ColumnMapping mapping = ColumnMapping.guess(List.of(HEADER));
        return EstablishmentImport.importInto(BURY, src, mapping, ImportOptions.defaults().withScenarioName("From Excel"), Progress.NONE);
    }

    @Test
    void formulaCells_areReadAsTheirSavedResults(@TempDir Path dir) throws IOException {
        XSSFWorkbook wb = workbook();
        wb.getSheet("Sheet1").getRow(3).getCell(5).setCellFormula("1/2");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        ImportResult<EstablishmentImport.Imported> r = load(save(wb, dir.resolve("calculated.xlsx")));
        assertThat(r.report().errors()).isEmpty();
        assertThat(r.value().orElseThrow().scenario().post("H1").fte()).isEqualByComparingTo("0.5");
    }

    @Test
    void aFormulaExcelHasNotCalculated_isRefusedByItsCellReference(@TempDir Path dir) throws IOException {
        XSSFWorkbook wb = workbook();
        // Row 7 of the sheet, column F: a formula with no saved result, as a program that does not calculate writes it.
        Row seventh = wb.getSheet("Sheet1").getRow(6);
        seventh.removeCell(seventh.getCell(5));
        seventh.createCell(5).setCellFormula("1/2");
        ImportResult<EstablishmentImport.Imported> r = load(save(wb, dir.resolve("uncalculated.xlsx")));
        assertThat(r.imported()).isFalse();
        assertThat(r.report().errors()).extracting(ImportProblem::toString).containsExactly(
                "uncalculated.xlsx:7: Sheet1!F7 is a formula Excel has not calculated: open and save the file in Excel, or paste values");
    }

    @Test
    void mergedCells_giveTheirValueToEveryRow_withAWarning(@TempDir Path dir) throws IOException {
        XSSFWorkbook wb = workbook();
        wb.getSheet("Sheet1").getRow(3).createCell(2).setCellValue("Education & Skills");
        wb.getSheet("Sheet1").addMergedRegion(CellRangeAddress.valueOf("C4:C7"));
        ImportResult<EstablishmentImport.Imported> r = load(save(wb, dir.resolve("merged.xlsx")));
        assertThat(r.report().errors()).isEmpty();
        Scenario s = r.value().orElseThrow().scenario();
        assertThat(List.of("H1", "H2", "H3", "H4")).allSatisfy(k -> assertThat(s.post(k).divisionId()).isEqualTo("es"));
        assertThat(r.report().problems()).extracting(ImportProblem::toString)
                .contains("merged.xlsx:4: warning: Sheet1!C4:C7 is merged: its value 'Education & Skills' was used for each of its rows");
    }

    @Test
    void aSheetWithMoreCellsThanTheGuard_isRefusedSayingHowBigIsTooBig(@TempDir Path dir) throws IOException {
        Path file = save(workbook(), dir.resolve("big.xlsx"));
        var log = new org.reshape.io.imports.ProblemLog();
        var table = XlsxTable.read("big.xlsx", file, Files.readAllBytes(file), "", log, Progress.NONE, 20);
        assertThat(table).isNull();
        assertThat(log.list()).extracting(ImportProblem::message).containsExactly("big.xlsx is too big to import: sheet 'Sheet1' has "
                + "more than 20 filled cells. Reshape reads up to 20 (for example 250,000 rows of 20 columns); keep the rows and columns "
                + "you need in a smaller workbook, or save the sheet as CSV");
    }

    @Test
    void aZipOfJunkNamedXlsx_getsOneLineInReshapesWords_andTheLibraryStaysOffTheConsole(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.xlsx");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<not xml".getBytes());
            zip.putNextEntry(new ZipEntry("junk.bin"));
            zip.write(new byte[] {1, 2, 3, 4});
        }
        Files.write(junk, bytes.toByteArray());
        ImportResult<EstablishmentImport.Imported> r = load(junk);
        assertThat(r.report().errors()).extracting(ImportProblem::message).singleElement().asString()
                .isEqualTo("junk.xlsx could not be read as an .xlsx workbook: it is damaged or is not an Excel workbook. "
                        + "Open it in Excel and save it again as .xlsx, or save the sheet as CSV")
                .doesNotContain("\n").doesNotContainIgnoringCase("exception").doesNotContain("org.apache");

        // Whatever the spreadsheet library logs, the shipped configurations keep it off the console.
        for (String config : List.of("/logback.xml", "/logback-desktop.xml")) {
            LoggerContext context = new LoggerContext();
            context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
            context.putProperty("reshape.logdir", dir.resolve("logs").toString());
            JoranConfigurator joran = new JoranConfigurator();
            joran.setContext(context);
            joran.doConfigure(XlsxSheetTest.class.getResource(config));
            Logger poi = context.getLogger("org.apache.poi.openxml4j.opc.ZipPackage");
            ListAppender<ILoggingEvent> seen = new ListAppender<>();
            seen.start();
            context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(seen);
            poi.error("a stack trace from inside the library", new IllegalStateException("zip internals"));

            assertThat(seen.list).as(config).isEmpty();
            context.stop();
        }
        // The desktop app keeps it in its log file, for a support request.
        assertThat(Files.readString(dir.resolve("logs").resolve("reshape.log"))).contains("a stack trace from inside the library");
    }
}
