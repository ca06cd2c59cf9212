package org.reshape.report.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.costing.Comparison;
import org.reshape.costing.Costing;
import org.reshape.costing.Sensitivity;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.Scenario;
import org.reshape.io.Samples;

/// The workbook read back has the view's numbers, as numbers, and its totals
/// are formulas that come to the view's totals.
class FinanceWorkbookTest {
    private final Model bury = Samples.load("bury-cyp-2024");
    private final Scenario base = bury.scenario("current").orElseThrow();
    private final Scenario proposal = bury.scenario("proposed").orElseThrow();
    private final Costing costing = new Costing(bury, bury.costSettings());
    private final Comparison full = costing.compare(base, proposal);
    private final List<FinanceTable> tables = FinanceTables.of(full, costing.comparePartYear(base, proposal),
            Sensitivity.of(bury, base, proposal, bury.costSettings()), Map.of("es", Money.parse("700000")));

    @Test
    void everyNumberOfEveryTable_readsBackAsTheSameNumber(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("finance.xlsx");
        FinanceWorkbook.write(tables, file);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(tables.size());
            for (FinanceTable t : tables) {
                Sheet sheet = wb.getSheet(t.name());
                assertThat(sheet).as(t.name()).isNotNull();
                for (int c = 0; c < t.columns().size(); c++) {
                    assertThat(sheet.getRow(0).getCell(c).getStringCellValue()).isEqualTo(t.columns().get(c).header());
                }
                for (int r = 0; r < t.rows().size(); r++) {
                    Row row = sheet.getRow(r + 1);
                    for (int c = 0; c < t.columns().size(); c++) {
                        Object expected = t.rows().get(r).get(c);
                        Cell cell = row.getCell(c);
                        if (expected instanceof Money m) {
                            assertThat(pounds(cell)).as("%s row %d %s", t.name(), r, t.columns().get(c).header())
                                    .isEqualByComparingTo(m.toBigDecimal());
                            assertThat(cell.getCellStyle().getDataFormatString()).contains("£");
                        } else if (expected instanceof Integer i) {
                            assertThat(numeric(cell)).isEqualTo(i.doubleValue());
                        } else if (expected instanceof String s) {
                            assertThat(cell.getStringCellValue()).isEqualTo(s);
                        }
                    }
                }
            }
        }
    }

    @Test
    void totalsAreFormulas_thatComeToTheDifference(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("finance.xlsx");
        FinanceWorkbook.write(tables, file);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet bridge = wb.getSheet("Bridge");
            Cell total = bridge.getRow(bridge.getLastRowNum()).getCell(5);
            assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(total.getCellFormula()).isEqualTo("SUM(F2:F" + bridge.getLastRowNum() + ")");
            assertThat(pounds(total)).isEqualByComparingTo(full.difference().toBigDecimal());
            Sheet divisions = wb.getSheet("By division");
            Cell proposalTotal = divisions.getRow(divisions.getLastRowNum()).getCell(16); // Proposal total, after posts, FTE, FTE-years, salary, NI, pension and levy of each side
            assertThat(proposalTotal.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(pounds(proposalTotal)).isEqualByComparingTo(full.proposal().total().total().toBigDecimal());
        }
    }

    @Test
    void tsvAndCsv_carryTheSameRows() {
        FinanceTable divisions = tables.getFirst();
        String tsv = divisions.toTsv();
        assertThat(tsv.lines().count()).isEqualTo(divisions.rows().size() + 1);
        assertThat(tsv.lines().toList().get(1).split("\t", -1)).hasSize(divisions.columns().size());
        assertThat(tsv).contains("Education & Skills\t7\t7\t");
        assertThat(tsv.lines().filter(l -> l.startsWith("Education & Skills")).findFirst().orElseThrow()).contains("\t700000.00\t");
    }

    @Test
    void formulaLeadingText_isQuotePrefixedInTheWorkbook_andMarkedInCsvAndTsv(@TempDir Path dir) throws Exception {
        FinanceTable hostile = new FinanceTable("Posts", List.of(new FinanceTable.Column("Title", FinanceTable.Kind.TEXT),
                new FinanceTable.Column("Cost", FinanceTable.Kind.MONEY)),
                List.of(List.of("=HYPERLINK(\"http://x.example\",\"Open\")", Money.parse("-20.00")), List.of("Officer", Money.parse("5.00"))),
                false);
        Path file = dir.resolve("hostile.xlsx");
        FinanceWorkbook.write(List.of(hostile), file);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Cell title = wb.getSheet("Posts").getRow(1).getCell(0);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x.example\",\"Open\")");
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(wb.getSheet("Posts").getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(wb.getSheet("Posts").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(-20.0);
        }
        java.io.StringWriter csv = new java.io.StringWriter();
        FinanceCsv.write(List.of(hostile), new java.io.PrintWriter(csv));
        assertThat(csv.toString()).contains("Posts,\"'=HYPERLINK(").contains(",-20.00\r\n");
        assertThat(hostile.toTsv()).contains("'=HYPERLINK(").contains("\t-20.00\n");
    }

    private static BigDecimal pounds(Cell cell) {
        return BigDecimal.valueOf(numeric(cell)).setScale(2, RoundingMode.HALF_UP);
    }

    private static double numeric(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getNumericCellValue() : cell.getNumericCellValue();
    }
}
