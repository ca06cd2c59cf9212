package org.reshape.io.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.reshape.domain.Model;
import org.reshape.domain.Post;
import org.reshape.domain.Provenance;
import org.reshape.domain.Scenario;
import org.reshape.io.Samples;
import org.reshape.io.imports.ImportOptions;
import org.reshape.io.imports.ImportResult;
import org.reshape.io.imports.ImportSource;
import org.reshape.io.imports.Progress;

/// Export → import gives the same scenario; spreadsheets read as their values.
class EstablishmentRoundTripTest {
    private static final Model BURY = Samples.load("bury-cyp-2024");

    private static ImportResult<EstablishmentImport.Imported> reimport(Model target, String file, String csv, String name) {
        ImportSource src = ImportSource.of(file, csv);
        ColumnMapping mapping = EstablishmentImport.preview(src, "", 1).value().orElseThrow().guess();
        return EstablishmentImport.importInto(target, src, mapping, ImportOptions.defaults().withScenarioName(name), Progress.NONE);
    }

    @Test
    void buryProposal_exportedAndImported_hasTheSamePosts() {
        Scenario proposed = BURY.scenario("proposed").orElseThrow();
        String csv = EstablishmentExport.write(BURY, proposed);
        ImportResult<EstablishmentImport.Imported> r = reimport(BURY, "bury.csv", csv, "Proposed again");
        assertThat(r.report().problems()).isEmpty();
        Scenario again = r.value().orElseThrow().scenario();
        assertThat(r.value().orElseThrow().model().divisions()).isEqualTo(BURY.divisions());
        // Everything but where it came from: the file is now the source.
        assertThat(again.posts().stream().map(p -> p.withProvenance(Provenance.NONE)).toList())
                .isEqualTo(proposed.posts().stream().map(p -> p.withProvenance(Provenance.NONE)).toList());
    }

    @Test
    void importedScenario_exportedAndImportedAgain_isEqual() {
        Scenario first = reimport(BURY, "bury.csv", EstablishmentExport.write(BURY, BURY.baseline()), "Copy").value().orElseThrow().scenario();
        Model withFirst = BURY.withScenario(first);
        ImportResult<EstablishmentImport.Imported> r = reimport(BURY, "bury.csv", EstablishmentExport.write(withFirst, first), "Copy");
        assertThat(r.value().orElseThrow().scenario()).isEqualTo(first);
    }

    @Test
    void formulaLeadingTitlesAndNotes_areWrittenSafe_andComeBackAsTheyWere() {
        Scenario base = BURY.baseline();
        Post first = base.posts().iterator().next();
        Post hostile = first.withTitle("=HYPERLINK(\"http://x.example\",\"Pay rise\")").withNotes("@SUM(1+1)*cmd|' /C calc'!A0");
        Scenario edited = base.with(hostile);
        String csv = EstablishmentExport.write(BURY, edited);
        assertThat(csv).contains("\"'=HYPERLINK(").contains("'@SUM(1+1)").doesNotContain(",=HYPERLINK").doesNotContain(",@SUM");
        Scenario again = reimport(BURY, "hostile.csv", csv, "Again").value().orElseThrow().scenario();
        Post back = again.post(hostile.key());
        assertThat(back.title()).isEqualTo(hostile.title());
        assertThat(back.notes()).isEqualTo(hostile.notes());
    }

    @Test
    void xlsx_readsValuesNotDisplays_andRowNumbersAreTheSheets() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Establishment");
            sheet.createRow(0).createCell(0).setCellValue("Establishment at 1 April 2025");
            Row h = sheet.createRow(2);
            String[] header = {"Post No", "Job Title", "Grade", "FTE", "End date"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat((short) 14); // Excel's built-in m/d/yy
            Row r1 = sheet.createRow(3);
            r1.createCell(0).setCellValue(1001);
            r1.createCell(1).setCellValue("Head of Service");
            r1.createCell(2).setCellValue("Chief Officer Band B");
            r1.createCell(3).setCellValue(0.5);
            r1.getCell(3).setCellStyle(percent);
            r1.createCell(4).setCellValue(LocalDate.of(2026, 3, 31));
            r1.getCell(4).setCellStyle(date);
            Row r2 = sheet.createRow(4);
            r2.createCell(0).setCellValue(1002);
            r2.createCell(1).setCellValue("Officer");
            r2.createCell(2).setCellValue("Grade 99");
            wb.write(out);
            bytes = out.toByteArray();
        }
        ImportSource src = ImportSource.of("establishment.xlsx", bytes);
        EstablishmentImport.Preview preview = EstablishmentImport.preview(src, "", 10).value().orElseThrow();
        assertThat(preview.headers()).containsExactly("Post No", "Job Title", "Grade", "FTE", "End date");
        assertThat(preview.rows().getFirst()).containsExactly("1001", "Head of Service", "Chief Officer Band B", "0.5", "2026-03-31");
        var r = EstablishmentImport.importInto(BURY, src, preview.guess(), ImportOptions.defaults().withKeepValidRows(true), Progress.NONE);
        Post p = r.value().orElseThrow().scenario().post("1001");
        assertThat(p.fte()).isEqualByComparingTo("0.5");
        assertThat(p.fixedTermEnd()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(r.report().errors()).singleElement().asString().startsWith("establishment.xlsx:5: column 'Grade': grade 'Grade 99'");
        var wrongSheet = EstablishmentImport.preview(src, "Posts", 10);
        assertThat(wrongSheet.report().errors()).singleElement().hasToString(
                "establishment.xlsx has no sheet 'Posts'; its sheets are 'Establishment'");
        assertThat(List.of(EstablishmentImport.preview(ImportSource.of("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}),
                "", 1).report().errors().getFirst().message())).singleElement().asString().contains("save it as .xlsx or CSV");
    }
}
