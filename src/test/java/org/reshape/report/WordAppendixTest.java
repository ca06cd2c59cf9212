package org.reshape.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reshape.costing.Comparison;
import org.reshape.costing.Costing;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.io.Samples;

/// The appendix's text as a .docx, read back with POI as Word would open it.
class WordAppendixTest {
    static Model model;
    static Scenario proposed;
    static AppendixOptions options;
    static XWPFDocument full;

    @BeforeAll
    static void write() throws Exception {
        // a name typed on the post (a model without people records; PublicOutputsPrivacyTest covers people)
        model = AppendixPdfTest.withHolder(Samples.load("bury-cyp-2024").withWorkforce(org.reshape.domain.Workforce.EMPTY), "PSW", "Samir Patel");
        proposed = model.scenario("Proposed structure").orElseThrow();
        options = AppendixOptions.defaults(model, proposed).withDate(LocalDate.of(2024, 1, 10));
        full = read(options);
    }

    static XWPFDocument read(AppendixOptions o) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Appendix.writeDocx(model, proposed, o, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    static List<String> styled(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    static List<String> row(XWPFTable t, int i) {
        return t.getRow(i).getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    @Test
    void theSectionsAreWordHeadings_definedInTheDocumentsStyles() {
        assertThat(styled(full, "Heading1")).containsExactly("Schedule of changes", "Cost of the proposals", "Individuals affected", "Glossary");
        assertThat(styled(full, "Heading2")).containsSubsequence("Divisions", "Social Care & Early Help", "By division",
                "Bridge from the current structure to the proposed structure", "Posts at risk");
        // Word and LibreOffice recognise a heading style by its built-in name and outline level
        assertThat(full.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
        assertThat(full.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
        assertThat(full.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
        assertThat(styled(full, "Title")).containsExactly("Appendix 2 – Proposed Structure");
    }

    @Test
    void theScheduleIsNumberedParagraphs_divisionsFirst() {
        List<String> text = full.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        assertThat(text).contains("1\t".replace("1", "1.") + "The Social Care & Safeguarding Division will be renamed the Social Care & Early Help Division.");
        assertThat(text).anyMatch(p -> p.matches("\\d+\\.\\tThe post of Director of Social Care Practice will be redesignated .*"));
    }

    @Test
    void theCostAndAffectedTablesAreRealTables_withAHeadingRowThatRepeats() {
        List<XWPFTable> tables = full.getTables();
        assertThat(tables).hasSize(6);
        Comparison cmp = new Costing(model, options.costSettings()).compare(model.baseline(), proposed);
        XWPFTable summary = tables.getFirst();
        assertThat(row(summary, 0)).containsExactly("Structure", "Posts", "FTE", "Salary", "On-costs", "Total");
        assertThat(summary.getRow(0).isRepeatHeader()).isTrue();
        assertThat(row(summary, 3)).containsExactly("Difference", "0", "0", cmp.salaryDifference().formatSigned(),
                cmp.proposal().total().onCosts().minus(cmp.base().total().onCosts()).formatSigned(), cmp.difference().formatSigned());
        XWPFTable bridge = tables.get(2);
        assertThat(row(bridge, 0)).containsExactly("Post", "Change", "Salary", "On-costs", "Total");
        // the Director regrade (Band E to F): its salary effect as the comparison costs it
        String regrade = cmp.bridge().stream().filter(l -> l.key().equals("DSC"))
                .findFirst().orElseThrow().salary().formatSigned();
        assertThat(regrade).startsWith("+£11,");
        assertThat(bridge.getRows()).anySatisfy(r -> assertThat(r.getCell(2).getText()).isEqualTo(regrade));
        XWPFTable atRisk = tables.get(3);
        assertThat(row(atRisk, 0)).containsExactly("Post", "Division", "Grade", "People", "Holder");
        assertThat(row(atRisk, 1)).containsExactly("Principal Social Worker", "Social Care & Safeguarding", "Chief Officer Band A", "1", "Samir Patel");
        assertThat(tables.get(4).getRows()).hasSizeGreaterThan(10);
    }

    @Test
    void thePublicVersionNamesNobody_andTheDocumentCarriesItsProperties() throws Exception {
        XWPFDocument open = read(options.withPublicVersion(true).withClassification("Part A – Open"));
        String all = open.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat)
                + open.getTables().stream().map(XWPFTable::getText).reduce("", String::concat);
        assertThat(all).doesNotContain("Samir Patel").contains("Public version – names withheld");
        var core = open.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo("Appendix 2 – Proposed Structure");
        assertThat(core.getCreator()).isEqualTo("Bury Council");
        assertThat(core.getKeywords()).contains("organisation chart");
        assertThat(open.getProperties().getCustomProperties().getProperty("Classification").getLpwstr()).isEqualTo("Part A – Open");
    }
}
