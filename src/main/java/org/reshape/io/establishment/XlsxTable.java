package org.reshape.io.establishment;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
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
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/// Reads one sheet of an `.xlsx` workbook into a [Table], streaming: the
/// workbook is opened from its file (a zip read entry by entry, never unpacked
/// whole) and the sheet's XML is parsed as it is read (Apache POI's SAX reader),
/// so a 100,000-row establishment list needs no workbook in memory.
///
/// Cells are read as their values, not as they are displayed: 0.5 not "50%",
/// 1001 not "1,001", and dates as ISO dates (2025-03-31) whatever their format,
/// because a display format such as Excel's built-in `m/d/yy` would make
/// 31 March into an ambiguous "3/31/25". Row numbers are the sheet's own.
///
/// A formula cell is read as the result Excel saved with it; one with no saved
/// result (a file written by a program that does not calculate) is an error
/// naming the cell, never a blank. A merged range (a division name merged down
/// the rows of its posts) gives its value to every cell in it, with a warning.
/// A sheet with more than [#MAX_CELLS] filled cells is refused before it fills the memory.
final class XlsxTable {
    /// The most filled cells a sheet may have: 250,000 rows of 20 columns, far beyond any council's establishment.
    static final long MAX_CELLS = 5_000_000;

    private XlsxTable() {
    }

    /// The sheet as a table, or null with an error logged.
    ///
    /// @param path the file, when the workbook is on disk (read from there, streaming), or null to read `bytes`
    static Table read(String file, Path path, byte[] bytes, String sheetName, ProblemLog log, Progress progress) {
        return read(file, path, bytes, sheetName, log, progress, MAX_CELLS);
    }

    static Table read(String file, Path path, byte[] bytes, String sheetName, ProblemLog log, Progress progress, long maxCells) {
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
            log.error(file, 0, "", file + " is an Excel 97-2003 (.xls) workbook; save it as .xlsx or CSV and import that");
            return null;
        }
        try (OPCPackage pkg = path != null ? OPCPackage.open(path.toFile(), PackageAccess.READ)
                : OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    names.add(sheets.getSheetName());
                    if (sheetName.isEmpty() || sheets.getSheetName().equalsIgnoreCase(sheetName)) {
                        long size = sheets.getSheetPart().getSize();
                        return sheet(file, sheets.getSheetName(), in, size > 0 ? size : bytes.length * 10L, styles, strings, log, progress,
                                maxCells);
                    }
                }
            }
            log.error(file, 0, "", file + (names.isEmpty() ? " has no sheets" : " has no sheet '" + sheetName + "'; its sheets are "
                    + String.join(", ", names.stream().map(n -> "'" + n + "'").toList())));
            return null;
        } catch (CancellationException e) {
            throw e;
        } catch (TooBig e) {
            log.error(file, 0, "", e.getMessage());
            return null;
        } catch (Exception | OutOfMemoryError e) {
            // Whatever the library says about the inside of a zip is no help to someone holding a spreadsheet.
            log.error(file, 0, "", file + " could not be read as an .xlsx workbook: it is damaged or is not an Excel workbook. "
                    + "Open it in Excel and save it again as .xlsx, or save the sheet as CSV");
            return null;
        }
    }

    private static Table sheet(String file, String sheetName, InputStream xml, long total, StylesTable styles,
                               ReadOnlySharedStringsTable strings, ProblemLog log, Progress progress, long maxCells)
            throws IOException, SAXException, javax.xml.parsers.ParserConfigurationException {
        Counting in = new Counting(xml);
        Rows rows = new Rows(file, sheetName, progress, Math.max(1, total), in, maxCells);
        Cells cells = new Cells();
        XMLReader parser = XMLHelper.newXMLReader();
        cells.setParent(parser);
        cells.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new ValueFormatter(), false));
        try {
            cells.parse(new InputSource(in));
        } catch (SAXException e) {
            if (e.getCause() instanceof CancellationException c) {
                throw c;
            }
            if (e.getCause() instanceof TooBig t) {
                throw t;
            }
            throw e;
        }
        progress.worked(total, total);
        if (!cells.uncalculated.isEmpty()) {
            String first = cells.uncalculated.getFirst();
            log.error(file, new CellReference(first).getRow() + 1L, "", sheetName + "!" + first
                    + " is a formula Excel has not calculated: open and save the file in Excel, or paste values"
                    + (cells.uncalculated.size() > 1 ? " (" + (cells.uncalculated.size() - 1) + " more such cells, the last "
                    + sheetName + "!" + cells.uncalculated.getLast() + ")" : ""));
            return null;
        }
        for (CellRangeAddress merged : cells.merged) {
            rows.fill(merged, log);
        }
        return Tables.table(file, rows.records(), false, log);
    }

    /// Sees what the cell handler does not tell: formulas without a saved result, and merged ranges.
    private static final class Cells extends XMLFilterImpl {
        private final List<String> uncalculated = new ArrayList<>();
        private final List<CellRangeAddress> merged = new ArrayList<>();
        private String ref;
        private boolean formula;
        private boolean value;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            switch (localName) {
                case "c" -> {
                    ref = atts.getValue("r");
                    formula = false;
                    value = false;
                }
                case "f" -> formula = true;
                case "v", "is" -> value = true;
                case "mergeCell" -> {
                    String range = atts.getValue("ref");
                    if (range != null && range.contains(":")) {
                        merged.add(CellRangeAddress.valueOf(range));
                    }
                }
                default -> {
                }
            }
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (localName.equals("c") && formula && !value && ref != null) {
                uncalculated.add(ref);
            }
            super.endElement(uri, localName, qName);
        }
    }

    /// Thrown from inside the parse when the sheet has more filled cells than Reshape reads.
    private static final class TooBig extends RuntimeException {
        TooBig(String message) {
            super(message);
        }
    }

    /// Collects the rows by number; the header is found later among the non-blank ones.
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String file;
        private final String sheetName;
        private final Progress progress;
        private final long total;
        private final Counting in;
        private final long maxCells;
        private final TreeMap<Integer, List<String>> rows = new TreeMap<>();
        private List<String> cells = new ArrayList<>();
        private long count;

        Rows(String file, String sheetName, Progress progress, long total, Counting in, long maxCells) {
            this.file = file;
            this.sheetName = sheetName;
            this.progress = progress;
            this.total = total;
            this.in = in;
            this.maxCells = maxCells;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (!cells.stream().allMatch(String::isBlank)) {
                rows.put(rowNum, cells);
            }
            if (rowNum % 2048 == 0) {
                progress.checkCancelled();
                progress.worked(Math.min(in.count, total - 1), total);
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            if (++count > maxCells) {
                throw new TooBig(String.format(Locale.UK, "%s is too big to import: sheet '%s' has more than %,d filled cells. "
                        + "Reshape reads up to %,d (for example 250,000 rows of 20 columns); keep the rows and columns you need "
                        + "in a smaller workbook, or save the sheet as CSV", file, sheetName, maxCells, maxCells));
            }
            int col = new CellReference(ref).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }

        /// Gives the anchor's value to the blank cells of a merged range, and says so once.
        void fill(CellRangeAddress range, ProblemLog log) {
            List<String> anchorRow = rows.get(range.getFirstRow());
            String value = anchorRow == null || anchorRow.size() <= range.getFirstColumn() ? "" : anchorRow.get(range.getFirstColumn());
            if (value.isBlank()) {
                return;
            }
            int filled = 0;
            for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                List<String> row = rows.get(r);
                if (row == null) {
                    continue;
                }
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    while (row.size() <= c) {
                        row.add("");
                    }
                    if (row.get(c).isBlank()) {
                        row.set(c, value);
                        filled++;
                    }
                }
            }
            if (filled > 0) {
                log.warning(file, range.getFirstRow() + 1L, "", sheetName + "!" + range.formatAsString() + " is merged: its value '"
                        + value + "' was used for each of its rows");
            }
        }

        List<CsvRecord> records() {
            List<CsvRecord> out = new ArrayList<>(rows.size());
            for (Map.Entry<Integer, List<String>> e : rows.entrySet()) {
                out.add(new CsvRecord(e.getKey() + 1L, e.getValue()));
            }
            return out;
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
