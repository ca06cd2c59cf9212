package org.reshape.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reshape.card.CardSize;
import org.reshape.domain.Model;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.io.Samples;
import org.reshape.layout.LayoutOptions;
import org.reshape.report.Appendix;
import org.reshape.report.AppendixOptions;
import org.reshape.report.page.Drawing;
import org.reshape.report.page.Page;

/// The window's card and the appendix's card say the same words broken into
/// the same lines, for titles long enough to need two, three or more lines and
/// for a word longer than a card. Needs no toolkit: the window's chart is
/// measured by the card model, as it is drawn.
class CardParityTest {
    private static final Map<String, String> LONG_TITLES = Map.of(
            "HSWQA", "Head of Service (Social Work Development & Quality Assurance) and Principal Social Worker",
            "SLSEND", "Strategic Lead (Special Educational Needs and Disabilities, Inclusion & Alternative Provision)",
            "DSC", "Director of Children's Social Care, Early Help and Safeguarding Partnerships (Statutory DCS)",
            "CIM", "Interimheadofsafeguardingpartnershipsandcommissioningarrangements Manager",
            "AECE", "Manager, Attendance, Exclusions & Community Education Service",
            "HFH", "Head of Service (Family Help, MASH, Edge of Care, Adolescent Support and Youth Justice)");

    private static ChartScene screen(Model model, Scenario s) {
        return ChartScene.build(new ChartScene.Spec(model, s, new PayTable(model, model.costSettings().year().start()),
                Set.of(), Map.of(), Set.of(), LayoutOptions.DEFAULTS));
    }

    @Test
    void screenAndPaper_breakLongTitlesIntoTheSameLines() {
        Model bury = Samples.load("bury-cyp-2024");
        Scenario proposed = bury.scenario("proposed").orElseThrow();
        List<Post> posts = new ArrayList<>();
        proposed.posts().forEach(p -> posts.add(LONG_TITLES.containsKey(p.key()) ? p.withTitle(LONG_TITLES.get(p.key())) : p));
        Scenario retitled = proposed.withPosts(posts);
        Model model = bury.withScenario(retitled);

        ChartScene screen = screen(model, retitled);
        List<String> printed = new ArrayList<>();
        for (Page page : Appendix.layout(model, retitled, AppendixOptions.defaults(model, retitled)).pages()) {
            page.texts().stream().map(Drawing.Text::text).forEach(printed::add);
        }

        for (String key : LONG_TITLES.keySet()) {
            List<String> lines = screen.card(screen.indexOf(key)).title();
            assertThat(lines).as("%s needs more than one line", key).hasSizeGreaterThan(1);
            assertThat(String.join("", lines).replace(" ", "")).as("%s loses no letter", key)
                    .isEqualTo(LONG_TITLES.get(key).replace(" ", ""));
            assertThat(Collections.indexOfSubList(printed, lines)).as("the appendix prints %s as %s", key, lines)
                    .isNotNegative();
        }
        assertThat(screen.card(screen.indexOf("CIM")).title().getFirst())
                .as("a word longer than a card is broken, not cut off").startsWith("Interimheadof").doesNotContain("…");
    }

    @Test
    void theScreenCard_isThePrintedCardDrawnLarger() {
        Model bury = Samples.load("bury-cyp-2024");
        ChartScene screen = screen(bury, bury.scenario("proposed").orElseThrow());
        int i = screen.indexOf("HSWQA");
        Card c = screen.card(i);
        assertThat(screen.layout().width(i)).isEqualTo(c.face().width() * CardSize.SCREEN);
        assertThat(screen.layout().height(i)).isEqualTo(c.face().height() * CardSize.SCREEN);
    }
}
