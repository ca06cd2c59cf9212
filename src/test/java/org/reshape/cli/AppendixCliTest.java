package org.reshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.cli.CliTest.Result;

/// `reshape appendix` as a user runs it.
class AppendixCliTest {
    private static Result run(String... args) {
        return CliTest.run(args);
    }

    @TempDir
    Path dir;

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void writesTheProposalAppendix() throws Exception {
        Path pdf = dir.resolve("appendix-2.pdf");
        Result r = run("appendix", "--sample", "bury-cyp-2024", "--scenario", "Proposed structure", "-o", pdf.toString(), "--date", "2024-01-10");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Wrote " + pdf + ": Appendix 2 – Proposed Structure, ").contains("full version, A4.");
        assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(text(pdf)).contains("Appendix 2 – Proposed Structure", "10 January 2024", "Schedule of changes",
                "Full version – names and exact pay");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("appendix-2.pdf");
        }
    }

    @Test
    void formatDocx_writesTheTextAsAWordDocument() throws Exception {
        Path docx = dir.resolve("appendix-2.docx");
        Result r = run("appendix", "--sample", "bury-cyp-2024", "--format", "docx", "-o", docx.toString(), "--date", "2024-01-10");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Wrote " + docx + ": Appendix 2 – Proposed Structure as a Word document, full version." + System.lineSeparator());
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
            assertThat(doc.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle())).extracting(p -> p.getText())
                    .startsWith("Schedule of changes", "Cost of the proposals");
            assertThat(doc.getTables()).isNotEmpty();
        }
        Result bad = run("appendix", "--sample", "bury-cyp-2024", "--format", "rtf", "-o", dir.resolve("x.rtf").toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--format: 'rtf' is not a format; use pdf or docx");
        assertThat(dir.resolve("x.rtf")).doesNotExist();
    }

    @Test
    void a3PublicNumberedAppendixOfTheBaseline() throws Exception {
        Path pdf = dir.resolve("a.pdf");
        Result r = run("appendix", "--sample", "bury-cyp-2024", "--scenario", "Current structure", "-o", pdf.toString(), "--paper", "A3",
                "--public", "--appendix-number", "3", "--classification", "Part A – Open");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(text(pdf)).contains("Appendix 3 – Current Structure", "Part A – Open · Public version – names withheld, pay in £5,000 bands",
                "Establishment and cost");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(1190.55f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void theDefaultScenarioIsTheFirstProposal_andATitleCanBeGiven() throws Exception {
        Path pdf = dir.resolve("b.pdf");
        assertThat(run("appendix", "--sample", "bury-cyp-2024", "-o", pdf.toString(), "--title", "Appendix B – New Structure").status()).isZero();
        assertThat(text(pdf)).contains("Appendix B – New Structure", "Schedule of changes");
    }

    @Test
    void badInput_endsWithOneClearLineAndStatus2_andWritesNothing() throws Exception {
        Path pdf = dir.resolve("x.pdf");
        String out = pdf.toString();
        assertBad(run("appendix", "--sample", "bury-cyp-2024", "-o", out, "--paper", "a5"), "reshape: --paper: 'a5' is not a paper size; use a4 or a3");
        assertBad(run("appendix", "--sample", "bury-cyp-2024", "-o", out, "--scenario", "Plan B"), "reshape: --scenario: no scenario 'Plan B'");
        assertBad(run("appendix", "--sample", "bury-cyp-2024", "-o", out, "--date", "2024-13-01"),
                "reshape: --date: '2024-13-01' is not a date; write it like 2024-01-10");
        assertBad(run("appendix", "--sample", "bury-cyp-2024", "-o", out, "--appendix-number", "0"), "reshape: --appendix-number: 0 is not");
        assertBad(run("appendix", "--sample", "bury-cyp-2024", "-o", out, "--year", "2024/26"), "reshape: --year: '2024/26' is not a financial year");
        assertBad(run("appendix", "--sample", "bury-cyp-2024", "-o", dir.resolve("no/such/folder/x.pdf").toString()), "reshape: -o: there is no folder");
        assertBad(run("appendix", "--sample", "bury-cyp-2024", "-o", dir.toString()), "reshape: -o: " + dir + " is a folder");
        assertBad(run("appendix", "--sample", "bury-cyp-2024"), "reshape: Missing required option: '--output=FILE'");
        assertBad(run("appendix", "--sample", "bury-cyp-2024", "-o", out, "--public", "--basis", "actual"),
                "reshape: --basis: a public version is not costed on actual points");
        assertBad(run("appendix", "-o", out), "reshape: say which model");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aFailedRunLeavesTheOldFileAsItWas() throws Exception {
        Path pdf = dir.resolve("appendix-2.pdf");
        Files.writeString(pdf, "the appendix that went to Cabinet");
        assertBad(run("appendix", "--sample", "bury-cyp-2024", "-o", pdf.toString(), "--scenario", "Plan B"), "reshape: --scenario");
        assertThat(Files.readString(pdf)).isEqualTo("the appendix that went to Cabinet");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void hasHelp() {
        Result r = run("appendix", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage: reshape appendix", "--scenario", "--paper", "--public", "--appendix-number", "--sample", "--db");
        assertThat(run("--help").out()).contains("appendix");
    }

    private static void assertBad(Result r, String start) {
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).startsWith(start).doesNotContain("\n").doesNotContain("Exception");
    }
}
