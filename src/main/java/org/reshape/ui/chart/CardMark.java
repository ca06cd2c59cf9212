package org.reshape.ui.chart;

import java.util.ArrayList;
import java.util.List;
import org.reshape.change.ChangeKind;
import org.reshape.change.PostChange;
import org.reshape.report.Badge;

/// The badges a card carries in Compare mode: the appendix's [Badge]s, with the
/// same words and colours, plus DELETED for the ghost of a disestablished post,
/// which only the window's current chart shows.
public enum CardMark {
    NEW(Badge.NEW),
    DISESTABLISHED("DELETED", "#C62828", "disestablished (ghost)"),
    REGRADED_UP(Badge.REGRADED_UP),
    REGRADED_DOWN(Badge.REGRADED_DOWN),
    REGRADED(Badge.REGRADED),
    RETITLED(Badge.RETITLED),
    MOVED(Badge.MOVED),
    MANAGER(Badge.MANAGER),
    REMIT(Badge.REMIT),
    FTE(Badge.FTE),
    UNDER_SPAN("SPAN ▼", "#6A1B9A", "span of control under the minimum (Metrics)"),
    OVER_SPAN("SPAN ▲", "#AD1457", "span of control over the maximum (Metrics)"),
    GRADE_RELATIVITY("GRADE ≤", "#4E342E", "manager's grade tops out at or below a report's");

    private final String badge;
    private final String colour;
    private final String legend;

    CardMark(Badge b) {
        this(b.text(), String.format("#%02X%02X%02X", b.colour().r(), b.colour().g(), b.colour().b()), b.meaning());
    }

    CardMark(String badge, String colour, String legend) {
        this.badge = badge;
        this.colour = colour;
        this.legend = legend;
    }

    public String badge() {
        return badge;
    }

    public String colour() {
        return colour;
    }

    public String legend() {
        return legend;
    }

    /// The mark for a design flag on a post, or null for a flag about the whole structure.
    public static CardMark of(org.reshape.metrics.Flag f) {
        return switch (f.kind()) {
            case UNDER_SPAN -> UNDER_SPAN;
            case OVER_SPAN -> OVER_SPAN;
            case GRADE_RELATIVITY -> GRADE_RELATIVITY;
            default -> null;
        };
    }

    /// The marks for one post's change; occupancy changes carry no badge.
    public static List<CardMark> of(PostChange c) {
        List<CardMark> marks = new ArrayList<>();
        if (c.is(ChangeKind.DISESTABLISHED)) {
            marks.add(DISESTABLISHED);
        }
        for (Badge b : Badge.of(c)) {
            marks.add(valueOf(b.name()));
        }
        return marks;
    }
}
