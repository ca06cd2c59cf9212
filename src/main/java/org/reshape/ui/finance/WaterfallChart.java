package org.reshape.ui.finance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.reshape.costing.BridgeLine;
import org.reshape.costing.Comparison;
import org.reshape.domain.Money;

/// The bridge as a waterfall: the base total, one bar per post whose cost
/// changes (up red, down green), the proposal total. The axis starts near the
/// totals, not at zero, so that a £9,000 step is visible beside £3 million;
/// the totals' bars are drawn broken to say so. Ticks fall on round amounts
/// (£3,250k, £3,300k …). Bars are labelled with the post's title, wrapped; the
/// lines of the bridge with no cost effect are listed under the bars, so that
/// every line is accounted for. Clicking a bar selects its post.
public final class WaterfallChart extends Region {
    private static final Color UP = Color.web("#C62828");
    private static final Color DOWN = Color.web("#2E7D32");
    private static final Color TOTAL = Color.web("#455A64");
    private static final Font SMALL = Font.font("System", 11);
    private static final Font BOLD = Font.font("System", FontWeight.BOLD, 11);

    /// One bar: from `from` to `to` (pence), for a post or a total.
    record Bar(String key, String label, String tip, long from, long to, boolean total) {
    }

    private final Canvas canvas = new Canvas();
    private final Tooltip tip = new Tooltip();
    private final List<Bar> bars = new ArrayList<>();
    private final List<double[]> hit = new ArrayList<>();
    private final List<String> noCost = new ArrayList<>();
    private static final Font NOTE = Font.font("System", 12);
    private static org.reshape.ui.chart.TextMetrics smallMetrics;
    private static org.reshape.ui.chart.TextMetrics noteMetrics;
    private Consumer<String> onSelect = k -> { };

    public WaterfallChart() {
        setId("waterfall");
        getChildren().add(canvas);
        // small enough that the bridge table under it can be given room
        setMinHeight(140);
        Tooltip.install(this, tip);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            int i = barAt(e.getX(), e.getY());
            tip.setText(i < 0 ? "" : bars.get(i).tip());
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            int i = barAt(e.getX(), e.getY());
            if (i >= 0 && bars.get(i).key() != null) {
                onSelect.accept(bars.get(i).key());
            }
        });
    }

    public void setOnSelect(Consumer<String> handler) {
        onSelect = handler;
    }

    /// The bars drawn, for tests: labels in order.
    public List<String> labels() {
        return bars.stream().map(Bar::label).toList();
    }

    /// Titles of the bridge lines with no cost effect, listed under the bars.
    public List<String> noCostTitles() {
        return List.copyOf(noCost);
    }

    /// Round tick amounts, in pence, for an axis from `lo` to `hi` pence: a step of
    /// 1, 2 or 5 × a power of ten pounds, at least £1, giving three to six ticks.
    static List<Long> ticks(double lo, double hi) {
        return ticks(lo, hi, 5);
    }

    /// As [#ticks(double, double)], with at most `intervals` steps (fewer on a short chart, so labels do not overlap).
    static List<Long> ticks(double lo, double hi, int intervals) {
        double span = Math.max(100, hi - lo);
        long step = 100;
        outer:
        for (long p = 100; p < Long.MAX_VALUE / 10; p *= 10) {
            for (long m : new long[] {1, 2, 5}) {
                if (span / (p * m) <= Math.max(1, intervals)) {
                    step = p * m;
                    break outer;
                }
            }
        }
        List<Long> out = new ArrayList<>();
        for (long t = (long) Math.ceil(lo / step) * step; t <= hi; t += step) {
            out.add(t);
        }
        return out;
    }

    /// "£3,250k" for a tick of whole thousands, "£950" below a thousand pounds.
    static String tickLabel(long pence, long step) {
        long pounds = pence / 100;
        if (step >= 100_000) {
            return (pounds < 0 ? "−£" : "£") + String.format(java.util.Locale.UK, "%,d", Math.abs(pounds) / 1000) + "k";
        }
        return new Money(pence).formatPounds();
    }

    public void show(Comparison c) {
        bars.clear();
        noCost.clear();
        if (c != null) {
            long base = c.base().total().total().pence();
            bars.add(new Bar(null, "Base", c.base().scenario().name() + ": " + c.base().total().total().format(), 0, base, true));
            long run = base;
            for (BridgeLine l : c.bridge()) {
                if (!l.total().isZero()) {
                    long next = run + l.total().pence();
                    bars.add(new Bar(l.key(), l.title(), l.title() + "\n" + l.explanation() + "\n" + l.total().formatSigned()
                            + (l.assumed() ? "\n(rests on an assumed value)" : ""), run, next, false));
                    run = next;
                } else {
                    noCost.add(l.title());
                }
            }
            bars.add(new Bar(null, "Proposal", c.proposal().scenario().name() + ": " + c.proposal().total().total().format(), 0, run, true));
        }
        paint();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        paint();
    }

    private int barAt(double x, double y) {
        for (int i = 0; i < hit.size(); i++) {
            double[] r = hit.get(i);
            if (x >= r[0] && x <= r[0] + r[2] && y >= r[1] - 4 && y <= r[1] + r[3] + 4) {
                return i;
            }
        }
        return -1;
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        hit.clear();
        if (bars.isEmpty() || w < 50 || h < 50) {
            return;
        }
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (Bar b : bars) {
            long a = b.total() ? b.to() : Math.min(b.from(), b.to());
            long z = Math.max(b.from(), b.to());
            lo = Math.min(lo, b.total() ? b.to() : a);
            hi = Math.max(hi, z);
        }
        long span = Math.max(1, hi - lo);
        double axisLo = lo - span * 0.6;
        double axisHi = hi + span * 0.15;
        if (smallMetrics == null) {
            smallMetrics = new org.reshape.ui.chart.TextMetrics(SMALL);
            noteMetrics = new org.reshape.ui.chart.TextMetrics(NOTE);
        }
        double left = 80;
        double top = 16;
        List<String> note = noCost.isEmpty() ? List.of() : noteMetrics.wrap("No cost effect (" + noCost.size() + "): "
                + String.join("; ", noCost) + ".", w - 20, 3);
        double bottom = h - 46 - note.size() * 16;
        double slot = (w - left - 10) / bars.size();
        double bw = Math.max(6, slot * 0.6);
        g.setStroke(Color.web("#CFD8DC"));
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        List<Long> ticks = ticks(axisLo, axisHi, Math.min(5, (int) ((bottom - top) / 24)));
        long step = ticks.size() > 1 ? ticks.get(1) - ticks.get(0) : 100;
        for (long v : ticks) {
            double y = scale(v, axisLo, axisHi, top, bottom);
            g.strokeLine(left, y, w - 10, y);
            g.setFill(Color.web("#546E7A"));
            g.fillText(tickLabel(v, step), left - 6, y);
        }
        double prevY = -1;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double x = left + slot * i + (slot - bw) / 2;
            double y1 = b.total() ? bottom : scale(b.from(), axisLo, axisHi, top, bottom);
            double y2 = scale(b.to(), axisLo, axisHi, top, bottom);
            double yTop = Math.min(y1, y2);
            double height = Math.max(1.5, Math.abs(y1 - y2));
            g.setFill(b.total() ? TOTAL : b.to() > b.from() ? UP : DOWN);
            g.fillRect(x, yTop, bw, height);
            if (b.total()) {
                g.setStroke(Color.WHITE);
                g.setLineWidth(3);
                g.strokeLine(x - 1, bottom - 12, x + bw + 1, bottom - 18); // the break: the axis does not start at zero
                g.setLineWidth(1);
            }
            if (prevY >= 0) {
                g.setStroke(Color.web("#90A4AE"));
                g.strokeLine(x - (slot - bw), prevY, x, prevY);
            }
            prevY = y2;
            hit.add(new double[] {x, yTop, bw, height});
            g.setFill(Color.web("#263238"));
            g.setFont(b.total() ? BOLD : SMALL);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            double ly = bottom + 4;
            for (String line : smallMetrics.wrap(b.label(), Math.max(30, slot - 4), 3)) {
                g.fillText(line, x + bw / 2, ly);
                ly += 13;
            }
            String amount = b.total() ? new Money(b.to()).formatPounds() : new Money(b.to() - b.from()).formatSigned().replaceAll("\\.\\d\\d$", "");
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(amount, x + bw / 2, yTop - 2, slot);
        }
        drawNote(g, note, bottom + 44);
    }

    private void drawNote(GraphicsContext g, List<String> note, double y) {
        g.setFill(Color.web("#37474F"));
        g.setFont(NOTE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (String line : note) {
            g.fillText(line, 10, y);
            y += 16;
        }
    }

    private static double scale(long v, double lo, double hi, double top, double bottom) {
        return bottom - (v - lo) / (hi - lo) * (bottom - top);
    }
}
