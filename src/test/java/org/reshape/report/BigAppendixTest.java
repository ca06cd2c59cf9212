package org.reshape.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reshape.domain.Model;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.report.page.Drawing;
import org.reshape.report.page.Page;
import org.reshape.report.page.PagedDocument;

/// A generated 320-post directorate: too big for one page, so split into readable pages.
class BigAppendixTest {
    static final Model MODEL = GeneratedModel.of(320);
    static final Scenario PROPOSED = MODEL.scenario("Proposed structure").orElseThrow();

    @Test
    void everyChartPageIsReadable_andEveryPostIsOnOne() throws Exception {
        for (Paper paper : Paper.values()) {
            AppendixOptions o = AppendixOptions.defaults(MODEL, PROPOSED).withPaper(paper).withDate(LocalDate.of(2024, 1, 10));
            PagedDocument doc = Appendix.layout(MODEL, PROPOSED, o);
            long chartPages = doc.pages().stream().filter(Page::landscape).count();
            assertThat(chartPages).isGreaterThan(1);
            for (Page page : doc.pages().subList(0, (int) chartPages)) {
                for (Drawing d : page.drawings()) {
                    if (d instanceof Drawing.Group g) {
                        // the smallest text on a card, as printed, in points
                        assertThat(g.scale() * page.unit() * CardStyle.SMALLEST).isGreaterThanOrEqualTo(CardStyle.MIN_PRINTED_PT - 1e-9);
                    }
                }
            }
            Pdfs pdf = Pdfs.of(MODEL, PROPOSED, o);
            String chart = String.join(" ", pdf.pages().subList(0, (int) chartPages));
            for (Post p : PROPOSED.posts()) {
                assertThat(chart).contains(p.title());
            }
            AppendixPdfTest.assertContinuationsPointBothWays(pdf);
        }
    }

    @Test
    void a3NeedsFewerPagesThanA4() {
        AppendixOptions o = AppendixOptions.defaults(MODEL, PROPOSED);
        long a4 = Appendix.layout(MODEL, PROPOSED, o).pages().stream().filter(Page::landscape).count();
        long a3 = Appendix.layout(MODEL, PROPOSED, o.withPaper(Paper.A3)).pages().stream().filter(Page::landscape).count();
        assertThat(a3).isLessThan(a4);
    }
}
