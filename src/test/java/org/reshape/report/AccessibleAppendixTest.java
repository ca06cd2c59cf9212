package org.reshape.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.io.Samples;

/// The appendices as a screen reader and a PDF/UA checker see them: veraPDF's
/// PDF/UA-1 profile, and the structure tree, bookmarks, properties and text
/// order read back with PDFBox.
class AccessibleAppendixTest {
    static Model model;
    static Scenario current;
    static Scenario proposed;
    static AppendixOptions options;
    static byte[] full;
    static TaggedPdf tagged;

    @BeforeAll
    static void write() throws Exception {
        // a name typed on the post (a model without people records; PublicOutputsPrivacyTest covers people)
        model = AppendixPdfTest.withHolder(Samples.load("bury-cyp-2024").withWorkforce(org.reshape.domain.Workforce.EMPTY), "PSW", "Samir Patel");
        current = model.scenario("Current structure").orElseThrow();
        proposed = model.scenario("Proposed structure").orElseThrow();
        options = AppendixOptions.defaults(model, proposed).withDate(LocalDate.of(2024, 1, 10)).withClassification("Part A – Open");
        full = pdf(proposed, options);
        tagged = TaggedPdf.read(full);
    }

    static byte[] pdf(Scenario s, AppendixOptions o) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Appendix.writePdf(model, s, o, out);
        return out.toByteArray();
    }

    @Test
    void everyBuryAppendixPassesVeraPdfsPdfUa1Check() throws Exception {
        for (Scenario s : List.of(current, proposed)) {
            for (Paper paper : Paper.values()) {
                for (boolean open : new boolean[] {false, true}) {
                    AppendixOptions o = AppendixOptions.defaults(model, s).withPaper(paper).withPublicVersion(open);
                    assertThat(PdfUa.failures(pdf(s, o))).as("%s, %s, %s", s.name(), paper, open ? "public" : "full").isEmpty();
                }
            }
        }
    }

    @Test
    void anUntaggedPdfFailsTheSameCheck() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            assertThat(PdfUa.failures(out.toByteArray())).containsKeys("6.2-1", "7.1-8", "7.1-10", "7.1-11");
        }
    }

    @Test
    void theHeadingsComeInTheDocumentsOrder() {
        List<String> h1 = texts("H1");
        assertThat(h1).containsExactly("Appendix 2 – Proposed Structure", ChartText.HEADING, "Schedule of changes", "Cost of the proposals",
                "Individuals affected", "Glossary");
        List<TaggedPdf.Element> headings = new ArrayList<>();
        tagged.root().collect(e -> e.type().matches("H\\d"), headings);
        assertThat(headings.getFirst().type()).isEqualTo("H1");
        assertThat(texts("H2")).containsSubsequence("Directorate", "Social Care & Early Help", "By division",
                "Posts whose holders are affected");
    }

    @Test
    void everyTableHasAHeadingRowOfHeaderCellsWithColumnScope() {
        List<TaggedPdf.Element> tables = tagged.root().all("Table");
        assertThat(tables).hasSizeGreaterThan(6);
        for (TaggedPdf.Element t : tables) {
            TaggedPdf.Element head = t.kids().getFirst();
            assertThat(head.type()).isEqualTo("TR");
            assertThat(head.kids()).allSatisfy(c -> {
                assertThat(c.type()).isEqualTo("TH");
                assertThat(c.scope()).isEqualTo("Column");
                assertThat(c.allText()).isNotBlank();
            });
            for (TaggedPdf.Element row : t.kids().subList(1, t.kids().size())) {
                assertThat(row.kids()).hasSameSizeAs(head.kids()).allSatisfy(c -> assertThat(c.type()).isEqualTo("TD"));
            }
        }
        TaggedPdf.Element posts = tables.getFirst();
        assertThat(posts.kids().getFirst().kids()).extracting(TaggedPdf.Element::text)
                .containsExactly("Post", "Grade and pay", "In post", "Reports to", "Change");
        assertThat(posts.kids().get(1).allText()).startsWith("Executive Director of Children & Young People ≈ Chief Officer Band H");
    }

    @Test
    void theChartIsAFigureWhoseAltTextNamesTheTopPostAndHowManyPosts() throws Exception {
        List<TaggedPdf.Element> figures = tagged.root().all("Figure");
        assertThat(figures).hasSize((int) Pdfs.read(full).chartPages()).hasSizeGreaterThan(1);
        assertThat(figures.getFirst().alt()).startsWith("Organisation chart of the proposed structure, page 1 of " + figures.size()
                + ": Executive Director of Children & Young People at the top, ").contains("Reports continue on page 2");
        for (TaggedPdf.Element f : figures) {
            assertThat(f.alt()).containsPattern("\\d+ posts shown").contains(ChartText.HEADING);
        }
        // on A3 the whole chart is one page: every post is on it
        TaggedPdf a3 = TaggedPdf.read(pdf(proposed, options.withPaper(Paper.A3)));
        assertThat(a3.root().all("Figure")).singleElement().satisfies(f -> assertThat(f.alt())
                .isEqualTo("Organisation chart of the proposed structure: Executive Director of Children & Young People at the top, "
                        + proposed.posts().size() + " posts shown. The section \"" + ChartText.HEADING + "\" lists the same posts as text."));
    }

    @Test
    void theTextEquivalentListsEveryPostUnderItsDivisionWithItsManager() {
        TaggedPdf.Element firstTable = tagged.root().all("Table").getFirst();
        String all = String.join(" ", tagged.root().all("TR").stream().map(TaggedPdf.Element::allText).toList());
        for (var p : proposed.posts()) {
            assertThat(all).contains(p.title());
        }
        assertThat(all).contains("Head of Service (Early Help) Chief Officer Band B, £70,432 – £76,484 (1 FTE) Acting · fixed-term to 31 Mar 2025 "
                + "Director of Social Care & Early Help new post");
        assertThat(firstTable.kids()).hasSizeGreaterThan(1);
    }

    @Test
    void numberedParagraphsAreAListWithLabels() {
        TaggedPdf.Element list = tagged.root().all("L").getFirst();
        TaggedPdf.Element first = list.kids().getFirst();
        assertThat(first.type()).isEqualTo("LI");
        assertThat(first.kids()).extracting(TaggedPdf.Element::type).containsExactly("Lbl", "LBody");
        assertThat(first.kids().getFirst().text()).isEqualTo("1.");
        assertThat(first.kids().get(1).text()).startsWith("The ");
    }

    @Test
    void runningHeadersAndFootersAreArtifacts_notContent() throws Exception {
        String content = tagged.root().allText();
        assertThat(content).doesNotContain("Page 1 of", "Open · Full version");
        assertThat(Pdfs.read(full).pages().get(2)).contains("Page 3 of", "Bury Council – Children and Young People's Directorate");
    }

    @Test
    void bookmarksMatchTheChartPagesAndTheSections() throws Exception {
        List<TaggedPdf.Bookmark> marks = tagged.bookmarks();
        int charts = (int) Pdfs.read(full).chartPages();
        for (int i = 0; i < charts; i++) {
            assertThat(marks.get(i).title()).startsWith("Organisation chart");
            assertThat(marks.get(i).page()).isEqualTo(i + 1);
        }
        List<String> sections = texts("H1").subList(1, 6);
        assertThat(marks.subList(charts, marks.size())).extracting(TaggedPdf.Bookmark::title).containsExactlyElementsOf(sections);
        TaggedPdf.Bookmark schedule = marks.stream().filter(b -> b.title().equals("Schedule of changes")).findFirst().orElseThrow();
        assertThat(schedule.kids()).extracting(TaggedPdf.Bookmark::title).contains("Social Care & Early Help", "Education & Skills");
        Pdfs pages = Pdfs.read(full);
        assertThat(pages.pages().get(schedule.page() - 1)).contains("Schedule of changes");
        TaggedPdf.Bookmark cost = marks.stream().filter(b -> b.title().equals("Cost of the proposals")).findFirst().orElseThrow();
        assertThat(cost.kids()).extracting(TaggedPdf.Bookmark::title).containsExactly("By division",
                "Bridge from the current structure to the proposed structure");
        for (TaggedPdf.Bookmark b : cost.kids()) {
            assertThat(pages.pages().get(b.page() - 1)).contains(b.title());
        }
    }

    @Test
    void theTextReadsInReadingOrder() throws Exception {
        try (PDDocument doc = Loader.loadPDF(full)) {
            PDFTextStripper stripper = new PDFTextStripper();
            String text = Pdfs.flat(stripper.getText(doc));
            assertThat(text).containsSubsequence("Appendix 2 – Proposed Structure", "Bury Council – Children and Young People's Directorate",
                    "Proposed structure, to take effect from 1 April 2024", "Classification: Part A – Open", "10 January 2024");
            assertThat(text).containsSubsequence(ChartText.HEADING, "Post Grade and pay In post Reports to Change",
                    "Schedule of changes", "1. The ", "2. The ", "Cost of the proposals", "Individuals affected", "Glossary");
            // a wrapped paragraph reads on, line after line
            assertThat(text).contains("The post of Director of Social Care Practice will be redesignated Director of Social Care & Early Help and "
                    + "regraded from Chief Officer Band E to Chief Officer Band F.");
        }
    }

    @Test
    void thePdfSaysWhatItIs_titleShownInTheTitleBar_languageAndPdfUaIdentification() throws Exception {
        try (PDDocument doc = Loader.loadPDF(full)) {
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Appendix 2 – Proposed Structure");
            assertThat(info.getAuthor()).isEqualTo("Bury Council");
            assertThat(info.getSubject()).contains("Children and Young People's Directorate", "Proposed structure", "full version");
            assertThat(info.getKeywords()).contains("organisation chart", "restructure", "Proposed structure");
            assertThat(info.getCustomMetadataValue("Classification")).isEqualTo("Part A – Open");
            assertThat(info.getCustomMetadataValue("Report date")).isEqualTo("2024-01-10");
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfuaid:part>1</pdfuaid:part>", ">Appendix 2 – Proposed Structure</rdf:li>", "<rdf:li>Bury Council</rdf:li>");
        }
    }

    private static List<String> texts(String type) {
        return tagged.root().all(type).stream().map(TaggedPdf.Element::allText).toList();
    }

    static int postsShown(String alt) {
        Matcher m = Pattern.compile("(\\d+) posts shown").matcher(alt);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
