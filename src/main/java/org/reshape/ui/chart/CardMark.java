package org.reshape.ui.chart;

import org.reshape.change.ChangeKind;
import org.reshape.change.Direction;
import org.reshape.change.PostChange;

/// The badges a card carries in Compare mode, one per kind of change, in the legend's colours.
public enum CardMark {
    NEW("NEW", "#2E7D32"),
    DISESTABLISHED("DELETED", "#C62828"),
    REGRADED_UP("GRADE ▲", "#EF6C00"),
    REGRADED_DOWN("GRADE ▼", "#6A1B9A"),
    REGRADED("GRADE", "#8D6E63"),
    RETITLED("TITLE", "#1565C0"),
    MOVED("DIVISION", "#00838F"),
    MANAGER("MANAGER", "#5D4037"),
    REMIT("REMIT", "#546E7A"),
    FTE("FTE", "#455A64");

    private final String badge;
    private final String colour;

    CardMark(String badge, String colour) {
        this.badge = badge;
        this.colour = colour;
    }

    public String badge() {
        return badge;
    }

    public String colour() {
        return colour;
    }

    public String legend() {
        return switch (this) {
            case NEW -> "new post";
            case DISESTABLISHED -> "disestablished (ghost)";
            case REGRADED_UP -> "regraded up";
            case REGRADED_DOWN -> "regraded down";
            case REGRADED -> "regraded sideways";
            case RETITLED -> "retitled";
            case MOVED -> "moved division";
            case MANAGER -> "line manager changed";
            case REMIT -> "responsibilities changed";
            case FTE -> "FTE changed";
        };
    }

    /// The marks for one post's change; occupancy changes carry no badge.
    public static java.util.List<CardMark> of(PostChange c) {
        java.util.List<CardMark> marks = new java.util.ArrayList<>();
        for (ChangeKind k : c.kinds()) {
            switch (k) {
                case NEW -> marks.add(NEW);
                case DISESTABLISHED -> marks.add(DISESTABLISHED);
                case REGRADED -> marks.add(c.direction() == Direction.UP ? REGRADED_UP
                        : c.direction() == Direction.DOWN ? REGRADED_DOWN : REGRADED);
                case RETITLED -> marks.add(RETITLED);
                case MOVED_DIVISION -> marks.add(MOVED);
                case LINE_MANAGER_CHANGED -> marks.add(MANAGER);
                case RESPONSIBILITIES_CHANGED -> marks.add(REMIT);
                case FTE_CHANGED -> marks.add(FTE);
                case OCCUPANCY_CHANGED -> {
                }
            }
        }
        return marks;
    }
}
