package org.reshape.io.establishment;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.reshape.io.csv.CsvRecord;
import org.reshape.io.imports.ProblemLog;
import org.reshape.io.imports.Progress;
import org.reshape.io.imports.Table;
import org.reshape.io.imports.Tables;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/// Reads one sheet of an `.xlsx` workbook into a [Table], streaming (Apache POI's
/// SAX reader), so a 100,000-row establishment list does not need a workbook in memory.
///
/// Cells are read as their values, not as they are displayed: 0.5 not "50%",
/// 1001 not "1,001", and dates as ISO dates (2025-03-31) whatever their format,
/// because a display format such as Excel's built-in `m/d/yy` would make
/// 31 March into an ambiguous "3/31/25". Row numbers are the sheet's own.
final class XlsxTable {

    private XlsxTable() {
    }

    /// The sheet as a table, or null with an error logged.
    static Table read(String file, byte[] bytes, String sheetName, ProblemLog log, Progress progress) {
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
            log.error(file, 0, "", file + " is an Excel 97-2003 (.xls) workbook; save it as .xlsx or CSV and import that");
            return null;
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    names.add(sheets.getSheetName());
                    if (sheetName.isEmpty() || sheets.getSheetName().equalsIgnoreCase(sheetName)) {
                        return sheet(file, in.readAllBytes(), styles, strings, log, progress);
                    }
                }
            }
            log.error(file, 0, "", file + (names.isEmpty() ? " has no sheets" : " has no sheet '" + sheetName + "'; its sheets are "
                    + String.join(", ", names.stream().map(n -> "'" + n + "'").toList())));
            return null;
        } catch (CancellationException e) {
            throw e;
        } catch (Exception e) {
            log.error(file, 0, "", file + " could not be read as an .xlsx workbook: " + e.getMessage());
            return null;
        }
    }

    private static Table sheet(String file, byte[] xml, StylesTable styles, ReadOnlySharedStringsTable strings, ProblemLog log,
                               Progress progress) throws IOException, SAXException, javax.xml.parsers.ParserConfigurationException {
        Rows rows = new Rows(progress, xml.length);
        Counting in = new Counting(new ByteArrayInputStream(xml));
        rows.in = in;
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new ValueFormatter(), false));
        try {
            parser.parse(new InputSource(in));
        } catch (SAXException e) {
            if (e.getCause() instanceof CancellationException c) {
                throw c;
            }
            throw e;
        }
        progress.worked(xml.length, xml.length);
        return Tables.table(file, rows.records, false, log);
    }

    /// Collects non-blank rows; the first is the header.
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Progress progress;
        private final long total;
        private final List<CsvRecord> records = new ArrayList<>();
        private List<String> cells = new ArrayList<>();
        private Counting in;

        Rows(Progress progress, long total) {
            this.progress = progress;
            this.total = total;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            CsvRecord r = new CsvRecord(rowNum + 1L, cells);
            if (!r.isBlank()) {
                records.add(r);
            }
            if (rowNum % 2048 == 0) {
                progress.checkCancelled();
                progress.worked(in.count, total);
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = new CellReference(ref).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /// Numbers as plain decimals, dates as ISO dates.
    private static final class ValueFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
