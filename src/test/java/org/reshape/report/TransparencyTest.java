package org.reshape.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.csv.OrganogramColumns;
import org.reshape.domain.Holding;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.Occupancy;
import org.reshape.domain.PayTable;
import org.reshape.domain.Person;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.domain.Workforce;
import org.reshape.io.Samples;
import org.reshape.io.csv.CsvReader;
import org.reshape.io.csv.CsvRecord;
import org.reshape.report.pdf.PdfWriter;

/// The Transparency Code 2015 outputs as a council would publish them: the CSVs
/// read back with Reshape's CSV reader and checked against the Bury sample,
/// worked out here from its posts, people and pay scales; the PDF through
/// veraPDF's PDF/UA-1 check; and no name below £150,000.
class TransparencyTest {
    static final LocalDate DAY = LocalDate.of(2024, 1, 10);
    static Model bury;
    static Scenario current;
    static Transparency data;

    @BeforeAll
    static void load() {
        bury = Samples.load("bury-cyp-2024");
        current = bury.baseline();
        data = Transparency.of(bury, current, Transparency.Contact.parse("cyp.structure@bury.gov.uk"), DAY);
    }

    static List<Map<String, String>> read(String csv) {
        CsvReader r = CsvReader.of(csv);
        List<String> header = r.next().cells();
        List<Map<String, String>> rows = new ArrayList<>();
        for (CsvRecord rec = r.next(); rec != null; rec = r.next()) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), rec.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    static List<String> header(String csv) {
        return CsvReader.of(csv).next().cells();
    }

    /// A post's tier worked out by walking up its reporting line.
    static int tier(Scenario s, Post p) {
        int t = 1;
        for (String m = p.managerKey(); !m.isEmpty(); m = s.post(m).managerKey()) {
            t++;
        }
        return t;
    }

    /// [lowest, highest] of a post's pay: its holders' highest salary, or its grade's range.
    static Money[] pay(Model m, Scenario s, Post p) {
        PayTable table = new org.reshape.costing.Costing(m, m.costSettings()).payTable();
        Money best = null;
        if (p.occupancy() != Occupancy.VACANT) {
            for (Person h : m.workforce().holdersIn(s, p.key())) {
                if (h.salary() != null && (best == null || h.salary().compareTo(best) > 0)) {
                    best = h.salary();
                }
            }
        }
        if (best != null) {
            return new Money[] {best, best};
        }
        PayTable.Range r = table.range(p.gradeId()).orElseThrow();
        return new Money[] {r.min(), r.max()};
    }

    static long floor5000(Money m) {
        return m.pence() / 100 / 5000 * 5000;
    }

    @Test
    void theOrganisationChartCsv_hasTheOrganogramColumnsAndTheCodes_forTheTopThreeTiers() {
        String csv = data.chartCsv();
        List<String> expectedHeader = new ArrayList<>(OrganogramColumns.SENIOR);
        expectedHeader.addAll(List.of("Tier", "Permanent or Temporary", "Salary Ceiling for Grade (£)"));
        assertThat(header(csv)).isEqualTo(expectedHeader);

        List<Map<String, String>> rows = read(csv);
        List<String> expectedKeys = current.posts().stream().filter(p -> tier(current, p) <= 3).map(Post::key).sorted().toList();
        assertThat(rows).extracting(r -> r.get("Post Unique Reference")).containsExactlyInAnyOrderElementsOf(expectedKeys);
        assertThat(expectedKeys.size()).isLessThan(current.size()); // the fourth tier is left out

        PayTable table = new org.reshape.costing.Costing(bury, bury.costSettings()).payTable();
        for (Map<String, String> row : rows) {
            Post p = current.post(row.get("Post Unique Reference"));
            Money[] pay = pay(bury, current, p);
            assertThat(row.get("Tier")).as(p.title()).isEqualTo(Integer.toString(tier(current, p)));
            assertThat(row.get("Job Title")).isEqualTo(p.title());
            assertThat(row.get("Grade (or equivalent)")).isEqualTo(bury.gradeName(p.gradeId()));
            assertThat(row.get("Parent Department")).isEqualTo("Bury Council");
            assertThat(row.get("Organisation")).isEqualTo(bury.directorate());
            assertThat(row.get("Unit")).isEqualTo(bury.divisionName(p.divisionId()));
            assertThat(row.get("Contact E-mail")).isEqualTo("cyp.structure@bury.gov.uk");
            assertThat(row.get("Actual Pay Floor (£)")).as(p.title()).isEqualTo(Long.toString(floor5000(pay[0])));
            assertThat(row.get("Actual Pay Ceiling (£)")).as(p.title()).isEqualTo(Long.toString(floor5000(pay[1]) + 4999));
            assertThat(Long.parseLong(row.get("Actual Pay Ceiling (£)")) + 1 - Long.parseLong(row.get("Actual Pay Floor (£)")) % 5000)
                    .isNotNegative();
            assertThat(row.get("Salary Ceiling for Grade (£)")).isEqualTo(Long.toString(table.range(p.gradeId()).orElseThrow().max().pence() / 100));
            assertThat(row.get("Reports to Senior Post")).isEqualTo(p.managerKey().isEmpty() ? "XX" : p.managerKey());
            assertThat(row.get("Permanent or Temporary")).matches("Permanent|Temporary \\(.+\\)|Vacant");
            if (p.occupancy() == Occupancy.VACANT) {
                assertThat(row.get("Name")).isEqualTo("Vacant");
                assertThat(row.get("Permanent or Temporary")).isEqualTo("Vacant");
            } else {
                assertThat(row.get("Name")).as("nobody in the Bury sample is paid £150,000").isEqualTo("N/D");
            }
        }
        // the two interim directors are agency workers
        assertThat(rows).filteredOn(r -> r.get("Permanent or Temporary").equals("Temporary (agency / interim)")).hasSizeGreaterThanOrEqualTo(1);
        assertThat(rows).filteredOn(r -> r.get("Tier").equals("1")).extracting(r -> r.get("Job Title")).contains("Executive Director of Children & Young People");
    }

    @Test
    void theSeniorSalariesCsv_listsEveryPostPaid50000OrMore_inBrackets() {
        List<Map<String, String>> rows = read(data.seniorCsv());
        assertThat(header(data.seniorCsv())).isEqualTo(Transparency.SENIOR_COLUMNS);
        List<String> expected = current.posts().stream().filter(p -> pay(bury, current, p)[1].compareTo(Money.ofPounds(50_000)) >= 0)
                .map(Post::key).toList();
        assertThat(rows).extracting(r -> r.get("Post Unique Reference")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).isNotEmpty();
        long lastCeiling = Long.MAX_VALUE;
        for (Map<String, String> row : rows) {
            Post p = current.post(row.get("Post Unique Reference"));
            Money[] pay = pay(bury, current, p);
            long floor = Long.parseLong(row.get("Salary Floor (£)"));
            long ceiling = Long.parseLong(row.get("Salary Ceiling (£)"));
            assertThat(floor).isEqualTo(floor5000(pay[0])).matches(f -> f % 5000 == 0);
            assertThat(ceiling).isEqualTo(floor5000(pay[1]) + 4999);
            assertThat(ceiling).isGreaterThanOrEqualTo(50_000 + 4999).isLessThanOrEqualTo(lastCeiling);
            lastCeiling = ceiling;
            assertThat(row.get("Job Title")).isEqualTo(p.title());
            assertThat(row.get("Name")).isIn("N/D", "Vacant");
        }
        Post top = current.roots().stream().filter(p -> p.title().startsWith("Executive Director")).findFirst().orElseThrow();
        BigDecimal under = current.posts().stream().filter(p -> p != top && tier(current, p) > 1 && reportsUpTo(current, p, top.key()))
                .map(Post::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(rows).filteredOn(r -> r.get("Post Unique Reference").equals(top.key())).singleElement()
                .satisfies(r -> assertThat(new BigDecimal(r.get("Staff Managed (FTE)"))).isEqualByComparingTo(under));
        // the bracket counts add up to the list
        assertThat(data.brackets().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(rows.size());
    }

    @Test
    void theOrganisationChartCsv_readsBackAsAnOrganogram() {
        var r = org.reshape.io.organogram.OrganogramImport.importModel(new org.reshape.io.organogram.OrganogramFiles(
                org.reshape.io.imports.ImportSource.of("bury-2024-01-10-senior.csv", data.chartCsv()), null), null,
                org.reshape.io.imports.ImportOptions.defaults(), org.reshape.io.imports.Progress.NONE);
        assertThat(r.value()).as(r.report().problems().toString()).isPresent();
        Scenario read = r.value().orElseThrow().baseline();
        assertThat(read.posts()).extracting(Post::title).containsExactlyInAnyOrderElementsOf(data.chart().stream().map(e -> e.post().title()).toList());
        assertThat(read.roots()).hasSize(2);
    }

    static boolean reportsUpTo(Scenario s, Post p, String key) {
        for (String m = p.managerKey(); !m.isEmpty(); m = s.post(m).managerKey()) {
            if (m.equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void thePdf_passesVeraPdfsPdfUa1Check_andReadsInOrder() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(data.layout(), out);
        assertThat(PdfUa.failures(out.toByteArray())).isEmpty();
        TaggedPdf tagged = TaggedPdf.read(out.toByteArray());
        List<TaggedPdf.Element> found = new ArrayList<>();
        tagged.root().collect(e -> e.type().matches("H\\d"), found);
        List<String> headings = found.stream().map(e -> e.type() + " " + Pdfs.flat(e.allText())).toList();
        assertThat(headings).containsExactly("H1 Transparency Code 2015 – organisation chart and senior salaries",
                "H2 Organisation chart: the top 3 tiers", "H2 Senior salaries: £50,000 and above", "H2 Posts in each £5,000 bracket");
        String text = Pdfs.read(out.toByteArray()).text();
        assertThat(text).contains("Bury Council – Children and Young People's Directorate: Current structure, as at 10 January 2024",
                "Contact for every post: cyp.structure@bury.gov.uk", "Executive Director");
        assertThat(PublicOutputsPrivacyTest.found(text, bury)).isEmpty();
    }

    @Test
    void writesThreeFilesInTheFolder(@TempDir Path dir) throws Exception {
        List<Path> files = data.write(dir);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("organisation-chart.csv", "senior-salaries.csv",
                "transparency.pdf");
        assertThat(Files.readString(files.get(0))).isEqualTo(data.chartCsv());
        assertThat(Files.readString(files.get(1))).isEqualTo(data.seniorCsv());
        assertThat(Files.readString(files.get(2), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    }

    /// Fictional holders: one paid £162,000 (named), one £147,321 (not named), a vacant post.
    @Test
    void namesOnlyAt150000AndAbove_andAVacantPostSaysSo() throws Exception {
        Post top = current.roots().stream().filter(p -> p.title().startsWith("Executive Director")).findFirst().orElseThrow();
        List<Post> reports = current.reportsTo(top.key());
        Post second = reports.get(0);
        Post third = reports.get(1);
        Workforce w = Workforce.EMPTY.withPeople(List.of(
                        Person.of("T1", "Zelda Inventedname").withPay(Money.ofPounds(162_000), null),
                        Person.of("T2", "Yorick Notarealperson").withPay(Money.ofPounds(147_321), null)),
                List.of(new Holding("T1", top.key(), BigDecimal.ONE), new Holding("T2", second.key(), BigDecimal.ONE)));
        Scenario s = current.with(third.withOccupancy(Occupancy.VACANT, "Xander Madeupholder", null));
        Model m = bury.withWorkforce(w).withScenario(s);
        Transparency t = Transparency.of(m, s, Transparency.Contact.parse("0161 253 5000"), DAY);

        Map<String, Map<String, String>> chart = new HashMap<>();
        read(t.chartCsv()).forEach(r -> chart.put(r.get("Post Unique Reference"), r));
        assertThat(chart.get(top.key())).containsEntry("Name", "Zelda Inventedname").containsEntry("Actual Pay Floor (£)", "160000")
                .containsEntry("Actual Pay Ceiling (£)", "164999").containsEntry("Contact Phone", "0161 253 5000");
        assertThat(chart.get(second.key())).containsEntry("Name", "N/D").containsEntry("Actual Pay Floor (£)", "145000")
                .containsEntry("Actual Pay Ceiling (£)", "149999");
        assertThat(chart.get(third.key())).containsEntry("Name", "Vacant").containsEntry("Permanent or Temporary", "Vacant");
        Map<String, Map<String, String>> senior = new HashMap<>();
        read(t.seniorCsv()).forEach(r -> senior.put(r.get("Post Unique Reference"), r));
        assertThat(senior.get(top.key())).containsEntry("Name", "Zelda Inventedname");
        assertThat(senior.get(second.key())).containsEntry("Name", "N/D");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(t.layout(), out);
        String everything = t.chartCsv() + t.seniorCsv() + Pdfs.read(out.toByteArray()).text();
        assertThat(everything).contains("Zelda Inventedname", "£160,000 – £164,999").doesNotContain("Yorick", "Notarealperson",
                "Xander", "Madeupholder", "147,321", "147321");
        assertThat(everything).doesNotContain("162,000", "162000");
    }
}
