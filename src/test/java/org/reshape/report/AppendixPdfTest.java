package org.reshape.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reshape.change.ChangeClassifier;
import org.reshape.costing.Comparison;
import org.reshape.costing.Costing;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.Occupancy;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.io.Samples;

/// Appendices of the Bury sample, written as PDFs and read back.
class AppendixPdfTest {
    static final List<String> HOLDERS = List.of("Jane Brookes", "Samir Patel", "Alex Morgan");
    static Model model;
    static Scenario current;
    static Scenario proposed;
    static AppendixOptions options;
    static Pdfs full;
    static Pdfs open;

    @BeforeAll
    static void write() throws Exception {
        Model bury = Samples.load("bury-cyp-2024");
        // the sample names nobody; give three posts holders so that leaving names out can be checked
        // Holders as names on the posts (a model without people records); PublicOutputsPrivacyTest covers people.
        bury = bury.withWorkforce(org.reshape.domain.Workforce.EMPTY);
        model = withHolder(withHolder(withHolder(bury, "HIR", HOLDERS.get(0)), "PSW", HOLDERS.get(1)), "SLSS", HOLDERS.get(2));
        current = model.scenario("Current structure").orElseThrow();
        proposed = model.scenario("Proposed structure").orElseThrow();
        options = AppendixOptions.defaults(model, proposed).withDate(LocalDate.of(2024, 1, 10));
        full = Pdfs.of(model, proposed, options);
        open = Pdfs.of(model, proposed, options.withPublicVersion(true));
    }

    static Model withHolder(Model m, String key, String holder) {
        for (Scenario s : m.scenarios()) {
            Post p = s.post(key);
            if (p != null) {
                m = m.withScenario(s.with(p.withOccupancy(Occupancy.SUBSTANTIVE, holder, null)));
            }
        }
        return m;
    }

    @Test
    void theFirstPageHasTheTitleBlock() {
        assertThat(full.pages().getFirst()).contains("Appendix 2 – Proposed Structure", "Bury Council – Children and Young People's Directorate",
                "Classification: Open", "10 January 2024", "Proposed structure, to take effect from 1 April 2024");
    }

    @Test
    void everyPostOfTheScenarioIsOnTheChart() {
        String chart = String.join(" ", full.pages().subList(0, (int) full.chartPages()));
        for (Post p : proposed.posts()) {
            assertThat(chart).contains(p.title());
        }
    }

    @Test
    void everyPageSaysWhichPageOfHowMany() {
        int n = full.pages().size();
        for (int i = 0; i < n; i++) {
            assertThat(full.pages().get(i)).contains("Page " + (i + 1) + " of " + n).contains("Open · Full version – names and exact pay");
        }
    }

    @Test
    void theScheduleOfChangesIsWrittenOut() {
        assertThat(full.content()).contains("Schedule of changes",
                "The post of Director of Social Care Practice will be redesignated Director of Social Care & Early Help and regraded from "
                        + "Chief Officer Band E to Chief Officer Band F.",
                "The post of Assistant Director (Early Help & School Readiness) will be disestablished.",
                "A new post of Head of Service (Social Work Development & Quality Assurance) will be established on Chief Officer Band A, "
                        + "replacing the posts of Principal Social Worker and Service Manager (Quality & Assurance).",
                "The post of Service Manager (Early Years) will transfer to the Social Care & Early Help Division, reporting to the "
                        + "Head of Service (Early Help). There is no change to its grade.");
    }

    @Test
    void theScheduleSaysWhatHappensToDivisionsFirst() {
        String text = full.text();
        String gone = "The Early Help & School Readiness Division will be disestablished and its services will transfer to the "
                + "Social Care & Early Help Division.";
        assertThat(text).containsSubsequence("Schedule of changes", "Divisions", "1. The Social Care & Safeguarding Division will be renamed",
                "2. " + gone, "3. The post of");
        assertThat(text.split(java.util.regex.Pattern.quote(gone), -1)).hasSize(2);
    }

    @Test
    void theCostSummaryPrintsBothTotalsTheDifferenceAndTheBasis() {
        Comparison cmp = new Costing(model, options.costSettings()).compare(current, proposed);
        for (Pdfs pdf : List.of(full, open)) {
            assertThat(pdf.text()).contains(cmp.base().total().total().format(), cmp.proposal().total().total().format(),
                    cmp.difference().formatSigned(), "top of grade, 2024/25; on-costs: employer NI 13.8% above £9,100");
        }
        assertThat(cmp.recurrent().difference().signum()).isNegative();
        assertThat(full.text()).contains("The proposals generate a recurrent saving of " + cmp.recurrent().difference().negate().formatPounds()
                + " a year", "Temporary costs (fixed-term posts, acting-up) of " + cmp.temporary().difference().formatSigned(),
                "Net difference: " + cmp.difference().formatSigned());
        // Band F top £112,636 and Band E top £101,596 (2023/24), both +2.5% from 1 April 2024, rounded to the pound:
        // £115,452 − £104,136 = £11,316
        assertThat(full.text()).contains("regraded up: Chief Officer Band E → Chief Officer Band F", "+£11,316.00");
    }

    @Test
    void whoIsAffectedAndWhoIsAtRisk() {
        var changes = ChangeClassifier.classify(model, current, proposed, new PayTable(model, options.costSettings().year().start()));
        assertThat(full.text()).contains(changes.individualsAffected() + " individuals in " + changes.affected().size() + " posts are affected",
                "Posts at risk", "Principal Social Worker", "Service Manager (Quality & Assurance)");
        assertThat(full.text()).contains("manager or responsibilities. This counts the employees who hold those posts in the current structure, "
                + "a team by its headcount; vacant posts and posts covered by agency interims are not counted");
        assertThat(full.text()).contains("Samir Patel");
    }

    @Test
    void thePublicVersionWithholdsNamesAndExactPay() {
        String text = open.text();
        for (String name : HOLDERS) {
            assertThat(full.text()).contains(name);
            assertThat(text).doesNotContain(name);
        }
        PayTable pay = new PayTable(model, options.costSettings().year().start());
        Set<String> exact = new TreeSet<>();
        for (String gradeId : proposed.posts().stream().map(Post::gradeId).distinct().toList()) {
            pay.range(gradeId).ifPresent(r -> {
                for (Money m : List.of(r.min(), r.max())) {
                    if (m.pence() % 500_000 != 0) {
                        exact.add(m.formatPounds());
                    }
                }
            });
        }
        // Band E in force on 1 April 2024: £93,102 – £101,596 + 2.5%, to the pound
        assertThat(exact).contains("£95,430", "£104,136");
        for (String amount : exact) {
            assertThat(full.text()).contains(amount);
            // "£93,102" must not appear, but a total such as "£93,102.50" could; none of these do in the Bury sample
            assertThat(text).doesNotContain(amount);
        }
        assertThat(text).contains("£95,000 – £104,999", "Posts regraded", "New posts"); // Band E £95,430 – £104,136 in 2024/25
        // a total of one or two posts is one or two people's pay: such rows are combined
        // Band A top £67,527 + 2.5% = £69,215; NI (69,215 − 9,100) × 13.8% = £8,295.87; pension 21.1% £14,604.37; levy £346.08
        assertThat(full.text()).contains("Health & Adult Care 1 £92,461.32");
        assertThat(text).contains("Other divisions (fewer than 3 posts each)").doesNotContain("Health & Adult Care 1 £92,461.32");
        for (int i = 0; i < open.pages().size(); i++) {
            assertThat(open.pages().get(i)).contains("Public version – names withheld, pay in £5,000 bands");
        }
    }

    @Test
    void thePublicVersionIsNeverCostedOnActualPay() {
        var actual = options.withPublicVersion(true).withCostSettings(options.costSettings().withBasis(org.reshape.domain.SalaryBasis.ACTUAL));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Appendix.layout(model, proposed, actual))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actual");
    }

    @Test
    void everyFontIsEmbedded() {
        for (Pdfs pdf : List.of(full, open)) {
            assertThat(pdf.fonts()).isNotEmpty();
            assertThat(pdf.fonts()).allMatch(PDFont::isEmbedded, "embedded");
        }
    }

    @Test
    void theGlossaryExplainsOnlyTheAbbreviationsTheDocumentUses() {
        String glossary = full.text().substring(full.text().lastIndexOf("Glossary"));
        assertThat(glossary).contains("SEND Special Educational Needs and Disabilities", "FTE Full-Time Equivalent", "MASH Multi-Agency");
        assertThat(glossary).doesNotContain("LGPS", "JNC", "CYP");
    }

    @Test
    void theCurrentStructureIsAppendix1_withItsCostAndNoSchedule() throws Exception {
        Pdfs pdf = Pdfs.of(model, current, AppendixOptions.defaults(model, current).withDate(LocalDate.of(2024, 1, 10)));
        assertThat(pdf.pages().getFirst()).contains("Appendix 1 – Current Structure");
        assertThat(pdf.text()).contains("Establishment and cost", "Assistant Director (Early Help & School Readiness)",
                new Costing(model, options.costSettings()).cost(current).total().total().format())
                .doesNotContain("Schedule of changes", "GRADE ▲");
    }

    @Test
    void onA3TheBuryProposalIsOnePage() throws Exception {
        Pdfs a3 = Pdfs.of(model, proposed, options.withPaper(Paper.A3));
        assertThat(a3.chartPages()).isEqualTo(1);
        assertThat(a3.pages().getFirst()).doesNotContain("continued on page");
    }

    @Test
    void onA4TheBuryProposalIsSplit_withContinuedMarkersThatPointBothWays() {
        assertThat(full.chartPages()).isBetween(2L, 3L);
        assertThat(full.pages().get(1)).contains("Bury Council – Children and Young People's Directorate", "(continued from page 1)", "▲ continued from page 1");
        assertContinuationsPointBothWays(full);
    }

    /// Every "continued on page N" on page k is answered on page N by "continued from page k", and the other way round.
    static void assertContinuationsPointBothWays(Pdfs pdf) {
        java.util.regex.Pattern on = java.util.regex.Pattern.compile("▼ continued on page (\\d+)");
        java.util.regex.Pattern from = java.util.regex.Pattern.compile("▲ continued from page (\\d+)");
        int links = 0;
        for (int k = 1; k <= pdf.chartPages(); k++) {
            var m = on.matcher(pdf.pages().get(k - 1));
            while (m.find()) {
                int target = Integer.parseInt(m.group(1));
                assertThat(target).isGreaterThan(k).isLessThanOrEqualTo((int) pdf.chartPages());
                assertThat(pdf.pages().get(target - 1)).contains("▲ continued from page " + k);
                links++;
            }
            var f = from.matcher(pdf.pages().get(k - 1));
            while (f.find()) {
                int source = Integer.parseInt(f.group(1));
                assertThat(pdf.pages().get(source - 1)).contains("▼ continued on page " + k);
            }
        }
        assertThat(links).isPositive();
    }
}
