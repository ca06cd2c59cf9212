package org.reshape.ui.chart;

import java.util.ArrayList;
import java.util.List;
import org.reshape.card.Badge;
import org.reshape.change.ChangeKind;
import org.reshape.change.PostChange;

/// The badges a card carries in Compare mode: the card model's [Badge]s, with
/// the same words and colours as the appendix, plus DELETED for the ghost of a
/// disestablished post, which only the window's current chart shows.
public enum CardMark {
    NEW(Badge.NEW),
    DISESTABLISHED(Badge.DISESTABLISHED),
    REGRADED_UP(Badge.REGRADED_UP),
    REGRADED_DOWN(Badge.REGRADED_DOWN),
    REGRADED(Badge.REGRADED),
    RETITLED(Badge.RETITLED),
    MOVED(Badge.MOVED),
    MANAGER(Badge.MANAGER),
    REMIT(Badge.REMIT),
    FTE(Badge.FTE),
    UNDER_SPAN(Badge.UNDER_SPAN),
    OVER_SPAN(Badge.OVER_SPAN),
    GRADE_RELATIVITY(Badge.GRADE_RELATIVITY);

    private final Badge card;

    CardMark(Badge card) {
        this.card = card;
    }

    /// The card model's badge.
    public Badge card() {
        return card;
    }

    public String badge() {
        return card.text();
    }

    public String colour() {
        return card.colour();
    }

    public String legend() {
        return card.meaning();
    }

    /// A span or grade-relativity flag from Metrics rather than a change.
    public boolean isDesignFlag() {
        return this == UNDER_SPAN || this == OVER_SPAN || this == GRADE_RELATIVITY;
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
