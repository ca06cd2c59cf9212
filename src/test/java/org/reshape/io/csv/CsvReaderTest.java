package org.reshape.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.reshape.csv.CsvWriter;

class CsvReaderTest {

    private static List<CsvRecord> all(String text) {
        CsvReader r = CsvReader.of(text);
        List<CsvRecord> out = new ArrayList<>();
        for (CsvRecord c = r.next(); c != null; c = r.next()) {
            out.add(c);
        }
        return out;
    }

    @Test
    void quotedCells_holdDelimitersQuotesAndLineBreaks_andRecordsKnowTheirFirstLine() {
        List<CsvRecord> rs = all("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"one\r\ntwo\nthree\",x\r\nlast,\n");
        assertThat(rs).extracting(CsvRecord::cells).containsExactly(
                List.of("a", "b, c", "say \"hi\""), List.of("one\ntwo\nthree", "x"), List.of("last", ""));
        assertThat(rs).extracting(CsvRecord::line).containsExactly(1L, 2L, 5L);
    }

    @Test
    void untidyQuotes_areKeptAndReported() {
        CsvReader r = CsvReader.of("5\" screen,\"ok\"tail\n\"never closed,\nmore\n");
        assertThat(r.next().cells()).containsExactly("5\" screen", "oktail");
        assertThat(r.next().cells()).containsExactly("never closed,\nmore\n");
        assertThat(r.next()).isNull();
        assertThat(r.issues()).extracting(CsvReader.Issue::line).containsExactly(1L, 2L);
        assertThat(r.issues().get(1).message()).contains("starts on line 2 is never closed");
    }

    @Test
    void blankLinesAndMissingFinalNewline() {
        List<CsvRecord> rs = all("h1,h2\n\n1,2");
        assertThat(rs).extracting(CsvRecord::isBlank).containsExactly(false, true, false);
        assertThat(rs.get(2).line()).isEqualTo(3);
        assertThat(rs.get(2).get(5)).isEmpty();
    }

    @Test
    void delimiter_isSniffedFromTheFirstLine() {
        assertThat(CsvReader.sniffDelimiter("a;b;\"c,d\"\n1,2,3")).isEqualTo(';');
        assertThat(CsvReader.sniffDelimiter("a\tb\tc")).isEqualTo('\t');
        assertThat(CsvReader.sniffDelimiter("a,b")).isEqualTo(',');
        assertThat(CsvReader.sniffDelimiter("single")).isEqualTo(',');
    }

    @Property(tries = 500)
    void writerThenReader_givesBackTheCells(@ForAll @Size(min = 1, max = 6) List<@Chars({',', '"', '\n', '\r', ' ', ';',
            '=', '+', '-', '@', '\t', '\'', '1'})
            @CharRange(from = 'a', to = 'e') String> cells) {
        // A record of one empty cell reads as a blank line, which readers skip; give it a neighbour.
        List<String> row = new ArrayList<>(cells);
        row.add("end");
        StringWriter w = new StringWriter();
        new CsvWriter(w).row(row).row(row);
        List<String> expected = row.stream().map(c -> c.replace("\r\n", "\n").replace('\r', '\n')).toList();
        CsvReader r = new CsvReader(w.toString(), ',');
        assertThat(r.next().cells()).isEqualTo(expected);
        assertThat(r.next().cells()).isEqualTo(expected);
        assertThat(r.next()).isNull();
        assertThat(r.issues()).isEmpty();
    }

    @Test
    void formulaLeadingText_isWrittenWithAQuoteThatSpreadsheetsShowAsText_andReadBackWithout() {
        StringWriter w = new StringWriter();
        new CsvWriter(w).row("=HYPERLINK(\"http://evil\",\"Click\")", "+44 161", "-cmd", "@SUM(A1)", "\tx", "'=kept", "-20000.00", "+3",
                "Head of Service", "");
        assertThat(w.toString()).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"Click\"\")\",'+44 161,'-cmd,'@SUM(A1),\"'\tx\",''=kept,"
                + "-20000.00,+3,Head of Service,\r\n");
        assertThat(all(w.toString()).getFirst().cells()).containsExactly("=HYPERLINK(\"http://evil\",\"Click\")", "+44 161", "-cmd",
                "@SUM(A1)", "\tx", "'=kept", "-20000.00", "+3", "Head of Service", "");
    }
}
