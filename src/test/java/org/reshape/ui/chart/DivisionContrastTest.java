package org.reshape.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.reshape.card.Badge;
import org.reshape.card.Ink;
import org.reshape.domain.Division;
import org.reshape.io.Samples;
import org.reshape.io.imports.Palette;
import org.reshape.report.page.Colour;
import org.reshape.report.page.Contrast;
import org.reshape.ui.app.ReshapeApp;

/// Text on division colours reads at 4.5:1 or more (WCAG 2, level AA), for
/// every division colour Reshape gives — the sample's and the set imported
/// divisions get: the words on a card's tint, the division's name on its
/// outline (pale and, seen from afar, solid), and white on every change badge.
class DivisionContrastTest {

    private static Set<String> divisionColours() {
        Set<String> colours = new LinkedHashSet<>(Palette.all());
        Samples.load(ReshapeApp.FIRST_SAMPLE).divisions().stream().map(Division::colour).forEach(colours::add);
        return colours;
    }

    private static Colour of(Color c) {
        return new Colour((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }

    @Test
    void wcagRatios_matchKnownValues() {
        assertThat(Contrast.ratio(Colour.BLACK, Colour.WHITE)).isCloseTo(21, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Contrast.ratio(Colour.web("#777777"), Colour.WHITE)).isCloseTo(4.48, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Contrast.ratio(Colour.WHITE, Colour.WHITE)).isEqualTo(1);
    }

    @Test
    void everyInkOnEveryDivisionsCardTint_readsAt4point5OrMore() {
        List<String> low = new ArrayList<>();
        for (String division : divisionColours()) {
            Colour tint = of(Color.web(division).interpolate(Color.WHITE, Ink.TINT));
            for (String ink : Ink.ON_CARDS) {
                double r = Contrast.ratio(Colour.web(ink), tint);
                if (r < 4.5) {
                    low.add(ink + " on the tint of " + division + ": " + String.format("%.2f", r));
                }
            }
        }
        assertThat(divisionColours()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(low).isEmpty();
    }

    @Test
    void everyDivisionsName_onItsOutline_readsAt4point5OrMore() {
        List<String> low = new ArrayList<>();
        for (String division : divisionColours()) {
            Color d = Color.web(division);
            for (boolean solid : new boolean[] {false, true}) {
                // the outline's fill laid over the chart's background, as the canvas blends it
                Color bg = CardPainter.BACKGROUND.interpolate(d, solid ? CardPainter.BLOCK : CardPainter.WASH);
                double r = Contrast.ratio(of(CardPainter.bandLabel(division, solid)), of(bg));
                if (r < 4.5) {
                    low.add(division + (solid ? " (blocks)" : "") + ": " + String.format("%.2f", r));
                }
            }
        }
        assertThat(low).isEmpty();
    }

    @Test
    void whiteOnEveryChangeBadge_readsAt4point5OrMore() {
        List<String> low = new ArrayList<>();
        for (Badge b : Badge.values()) {
            double r = Contrast.ratio(Colour.WHITE, Colour.web(b.colour()));
            if (r < 4.5) {
                low.add(b + " " + b.colour() + ": " + String.format("%.2f", r));
            }
        }
        assertThat(low).isEmpty();
    }
}
