package org.reshape.report;

import java.util.ArrayList;
import java.util.List;
import org.reshape.card.Card;
import org.reshape.card.CardSize;
import org.reshape.layout.Connector;
import org.reshape.layout.Layout;
import org.reshape.layout.LayoutOptions;
import org.reshape.report.page.Colour;
import org.reshape.report.page.Contrast;
import org.reshape.report.page.Drawing;
import org.reshape.report.page.Face;
import org.reshape.report.page.Page;

/// A chart as a picture to paste into a report: drawn from the window's layout
/// and the card model (the same words and lines as on screen and in the
/// appendix), not from the screen's pixels, so it is sharp at any size and the
/// SVG holds real text. One unit is one point (a card unit); the window's
/// layout is [CardSize#SCREEN] times larger and is scaled down here.
public final class ChartPicture {
    /// Space round the picture, in points.
    static final double MARGIN = 12;
    static final double HEADING_SIZE = 14;
    static final double BAND_LABEL_SIZE = 9;

    private ChartPicture() {
    }

    /// A division's outline round a group of its cards, in layout units; `name` is empty on all but its first group.
    public record Outline(String name, String colour, double minX, double minY, double maxX, double maxY) {
    }

    /// The cards of a chart and where the window placed them.
    ///
    /// @param cards  the card model's cards, in layout order
    /// @param parent each card's manager's index, or -1
    /// @param ghost  whether each card is a disestablished post (drawn dashed)
    public record Chart(Layout layout, LayoutOptions options, List<Card> cards, int[] parent, boolean[] ghost,
                        List<Outline> outlines) {
        public Chart {
            cards = List.copyOf(cards);
            outlines = List.copyOf(outlines);
            if (parent.length != cards.size() || ghost.length != cards.size() || layout.size() != cards.size()) {
                throw new IllegalArgumentException("a chart needs one layout box, parent and ghost flag per card");
            }
        }
    }

    /// The picture of the cards `include` accepts (by index) under a heading: the box round them, with
    /// the connectors between them and the outlines of their divisions.
    public static Page of(String heading, Chart chart, java.util.function.IntPredicate include) {
        Layout l = chart.layout();
        int n = chart.cards().size();
        boolean[] in = new boolean[n];
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            in[i] = include.test(i);
            if (in[i]) {
                minX = Math.min(minX, l.left(i));
                minY = Math.min(minY, l.top(i));
                maxX = Math.max(maxX, l.right(i));
                maxY = Math.max(maxY, l.bottom(i));
            }
        }
        if (minX > maxX) {
            throw new IllegalArgumentException("no card of the chart to draw");
        }
        // the outlines of the divisions drawn stay whole round the cards when they fit in the layout's margin
        for (Outline o : chart.outlines()) {
            if (o.maxX() >= minX && o.minX() <= maxX && o.maxY() >= minY && o.minY() <= maxY) {
                minX = Math.min(minX, o.minX());
                minY = Math.min(minY, o.minY());
                maxX = Math.max(maxX, o.maxX());
                maxY = Math.max(maxY, o.maxY());
            }
        }
        double s = 1 / CardSize.SCREEN;
        double top = MARGIN + (heading.isEmpty() ? 0 : HEADING_SIZE * 1.6);
        List<Drawing> world = new ArrayList<>();
        for (Outline o : chart.outlines()) {
            if (o.maxX() >= minX && o.minX() <= maxX && o.maxY() >= minY && o.minY() <= maxY) {
                Colour c = Colour.web(o.colour());
                world.add(new Drawing.Box(o.minX() * s, o.minY() * s, (o.maxX() - o.minX()) * s, (o.maxY() - o.minY()) * s, 7,
                        c.tint(0.93), c.mix(Colour.WHITE, 0.4), 1, false));
                if (!o.name().isEmpty()) {
                    CardDrawer.text(world, o.minX() * s + 6, o.minY() * s + 2, o.name(), Face.BOLD, BAND_LABEL_SIZE, Contrast.label(c, c.tint(0.93)));
                }
            }
        }
        LayoutOptions opt = chart.options();
        for (int i = 0; i < n; i++) {
            int p = chart.parent()[i];
            if (p >= 0 && in[i] && in[p]) {
                Connector c = Connector.of(l, i, p, opt.levelGap(), opt.stackIndent());
                double[] xs = c.xs().clone();
                double[] ys = c.ys().clone();
                for (int k = 0; k < xs.length; k++) {
                    xs[k] *= s;
                    ys[k] *= s;
                }
                world.add(new Drawing.Line(xs, ys, CardStyle.LINE, 0.9));
            }
        }
        for (int i = 0; i < n; i++) {
            if (in[i]) {
                Card c = chart.cards().get(i);
                CardDrawer.card(world, l.left(i) * s, l.top(i) * s, c.width(), c.height(), c, null, null);
                if (chart.ghost()[i]) {
                    world.add(new Drawing.Box(l.left(i) * s, l.top(i) * s, c.width(), c.height(), CardStyle.RADIUS, null,
                            CardStyle.VACANT, 1, true));
                }
            }
        }
        double width = (maxX - minX) * s + 2 * MARGIN;
        double height = (maxY - minY) * s + top + MARGIN;
        List<Drawing> page = new ArrayList<>();
        page.add(Drawing.Box.filled(0, 0, width, height, 0, Colour.WHITE));
        if (!heading.isEmpty()) {
            CardDrawer.text(page, MARGIN, MARGIN - 2, heading, Face.BOLD, HEADING_SIZE, CardStyle.TEXT);
        }
        page.add(new Drawing.Group(1, MARGIN - minX * s, top - minY * s, world));
        return new Page(width, height, 1, page);
    }
}
