package org.reshape.report.finance;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.reshape.csv.CsvWriter;
import org.reshape.domain.Money;
import org.reshape.files.PrivateFiles;

/// The finance tables as an `.xlsx` workbook, one sheet per table: real
/// numbers formatted as money, and the totals row written as SUM formulas so
/// that the spreadsheet checks itself. A text cell that Excel would take for a
/// formula (see [CsvWriter#isFormulaLeading(String)]) is marked quote-prefixed
/// in its style, as typing `'` before it in Excel would, so it shows as text.
public final class FinanceWorkbook {
    static final String MONEY_FORMAT = "\"£\"#,##0.00;[Red]-\"£\"#,##0.00";

    private FinanceWorkbook() {
    }

    /// Writes to a temporary file beside `file` and moves it into place, so a failure never leaves half a workbook.
    public static void write(List<FinanceTable> tables, Path file) throws IOException {
        PrivateFiles.write(file, out -> write(tables, out));
    }

    public static void write(List<FinanceTable> tables, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat(MONEY_FORMAT));
            CellStyle fte = wb.createCellStyle();
            fte.setDataFormat(wb.createDataFormat().getFormat("0.0#"));
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            Map<CellStyle, CellStyle> quotePrefixed = new HashMap<>();
            CellStyle totalMoney = wb.createCellStyle();
            totalMoney.cloneStyleFrom(money);
            totalMoney.setFont(bold);
            for (FinanceTable t : tables) {
                Sheet sheet = wb.createSheet(t.name().length() > 31 ? t.name().substring(0, 31) : t.name());
                Row h = sheet.createRow(0);
                for (int c = 0; c < t.columns().size(); c++) {
                    Cell cell = h.createCell(c);
                    cell.setCellValue(t.columns().get(c).header());
                    cell.setCellStyle(header);
                }
                int last = t.rows().size();
                for (int r = 0; r < last; r++) {
                    Row row = sheet.createRow(r + 1);
                    boolean totalRow = t.totals() && r == last - 1;
                    for (int c = 0; c < t.columns().size(); c++) {
                        Object v = t.rows().get(r).get(c);
                        FinanceTable.Kind kind = t.columns().get(c).kind();
                        Cell cell = row.createCell(c);
                        boolean numeric = kind == FinanceTable.Kind.MONEY || kind == FinanceTable.Kind.COUNT || kind == FinanceTable.Kind.FTE;
                        if (totalRow && numeric && v != null && last > 1) {
                            String col = CellReference.convertNumToColString(c);
                            cell.setCellFormula("SUM(" + col + "2:" + col + last + ")");
                        } else {
                            set(cell, v);
                        }
                        if (kind == FinanceTable.Kind.MONEY) {
                            cell.setCellStyle(totalRow ? totalMoney : money);
                        } else if (kind == FinanceTable.Kind.FTE) {
                            cell.setCellStyle(fte);
                        } else if (totalRow) {
                            cell.setCellStyle(header);
                        }
                        if (cell.getCellType() == CellType.STRING && CsvWriter.isFormulaLeading(cell.getStringCellValue())) {
                            cell.setCellStyle(quotePrefixed.computeIfAbsent(cell.getCellStyle(), base -> {
                                CellStyle q = wb.createCellStyle();
                                q.cloneStyleFrom(base);
                                q.setQuotePrefixed(true);
                                return q;
                            }));
                        }
                    }
                }
                sheet.createFreezePane(1, 1);
                for (int c = 0; c < t.columns().size(); c++) {
                    sheet.setColumnWidth(c, Math.min(60, Math.max(12, t.columns().get(c).header().length() + 2)) * 256);
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
    }

    private static void set(Cell cell, Object v) {
        switch (v) {
            case null -> cell.setBlank();
            case Money m -> cell.setCellValue(m.toBigDecimal().doubleValue());
            case BigDecimal d -> cell.setCellValue(d.doubleValue());
            case Integer i -> cell.setCellValue(i);
            default -> cell.setCellValue(v.toString());
        }
    }
}
