package org.reshape.card;

import java.util.ArrayList;
import java.util.List;
import org.reshape.change.ChangeKind;
import org.reshape.change.Direction;
import org.reshape.change.PostChange;

/// The change badges a card carries, with their words and colours: the window
/// and the appendix both print these, so screen and paper always agree.
/// Occupancy changes carry no badge: they are not decisions of the restructure.
/// [#DISESTABLISHED] marks the ghost of a disestablished post, which only the
/// window's current chart shows, and the span and grade flags mark a design
/// check (Metrics); [#of(PostChange)] gives neither.
public enum Badge {
    NEW("NEW", "#2E7D32", "new post"),
    DISESTABLISHED("DELETED", "#C62828", "disestablished (ghost)"),
    REGRADED_UP("GRADE ▲", "#BF360C", "regraded up"),
    REGRADED_DOWN("GRADE ▼", "#6A1B9A", "regraded down"),
    REGRADED("GRADE", "#8D6E63", "regraded, same maximum"),
    RETITLED("TITLE", "#1565C0", "redesignated"),
    MOVED("DIVISION", "#00838F", "moved division"),
    MANAGER("MANAGER", "#5D4037", "new line manager"),
    REMIT("REMIT", "#546E7A", "responsibilities changed"),
    FTE("FTE", "#455A64", "FTE changed"),
    UNDER_SPAN("SPAN ▼", "#6A1B9A", "span of control under the minimum (Metrics)"),
    OVER_SPAN("SPAN ▲", "#AD1457", "span of control over the maximum (Metrics)"),
    GRADE_RELATIVITY("GRADE ≤", "#4E342E", "manager's grade tops out at or below a report's");

    private final String text;
    private final String colour;
    private final String meaning;

    Badge(String text, String colour, String meaning) {
        this.text = text;
        this.colour = colour;
        this.meaning = meaning;
    }

    public String text() {
        return text;
    }

    /// `#RRGGBB`
    public String colour() {
        return colour;
    }

    /// What the legend says it means.
    public String meaning() {
        return meaning;
    }

    /// The badges for one post's change, in this enum's order.
    public static List<Badge> of(PostChange c) {
        List<Badge> out = new ArrayList<>();
        for (Badge b : values()) {
            if (applies(b, c)) {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean applies(Badge b, PostChange c) {
        return switch (b) {
            case NEW -> c.is(ChangeKind.NEW);
            case DISESTABLISHED -> false;
            case REGRADED_UP -> c.is(ChangeKind.REGRADED) && c.direction() == Direction.UP;
            case REGRADED_DOWN -> c.is(ChangeKind.REGRADED) && c.direction() == Direction.DOWN;
            case REGRADED -> c.is(ChangeKind.REGRADED) && c.direction() != Direction.UP && c.direction() != Direction.DOWN;
            case RETITLED -> c.is(ChangeKind.RETITLED);
            case MOVED -> c.is(ChangeKind.MOVED_DIVISION);
            case MANAGER -> c.is(ChangeKind.LINE_MANAGER_CHANGED);
            case REMIT -> c.is(ChangeKind.RESPONSIBILITIES_CHANGED);
            case FTE -> c.is(ChangeKind.FTE_CHANGED);
            case UNDER_SPAN, OVER_SPAN, GRADE_RELATIVITY -> false; // design flags, not changes
        };
    }
}
