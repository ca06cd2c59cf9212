package org.reshape.card;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.reshape.domain.Division;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.Occupancy;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import org.reshape.domain.PostField;

/// Makes the [Card]s of one model: what each says — title, grade (marked "≈"
/// when assumed), pay range, FTE and headcount, occupancy — and how big it is.
/// The one place that decides it, for the window and the appendix alike.
public final class Cards {
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final Measure measure;
    private final PayTable table;
    private final Function<PayTable.Range, String> rangeWords;
    private final boolean names;
    private final Map<String, Grade> grades = new HashMap<>();
    private final Map<String, String> colours = new HashMap<>();
    private final Map<String, String> ranges = new HashMap<>();

    /// @param rangeWords how a grade's range is written (exact, or in the public version's bands)
    /// @param names      whether holders' names are shown
    public Cards(Model model, PayTable table, Measure measure, Function<PayTable.Range, String> rangeWords, boolean names) {
        this.measure = measure;
        this.table = table;
        this.rangeWords = rangeWords;
        this.names = names;
        model.grades().forEach(g -> grades.put(g.id(), g));
        for (Division d : model.divisions()) {
            colours.put(d.id(), d.colour());
        }
    }

    /// Cards that show holders' names and exact ranges, as the window does.
    public static Cards forScreen(Model model, PayTable table, Measure measure) {
        return new Cards(model, table, measure, PayTable.Range::describe, true);
    }

    public Measure measure() {
        return measure;
    }

    /// The card of `p`, with these change badges.
    public Card card(Post p, List<Badge> badges) {
        double inner = CardSize.MAX_W - 2 * CardSize.PAD;
        List<String> title = LineBreaks.wrap(p.title().isBlank() ? "(untitled post)" : p.title(), width(Measure.Style.BOLD,
                CardSize.TITLE_SIZE), inner, CardSize.MAX_TITLE_LINES);
        Grade grade = grades.get(p.gradeId());
        boolean assumed = p.provenance().isAssumed(PostField.GRADE) || (grade != null && grade.isAssumed());
        String gradeText = (assumed ? "≈ " : "") + (grade == null
                ? (p.gradeId().isEmpty() ? "No grade" : "Unknown grade " + p.gradeId()) : grade.name());
        String range = ranges.computeIfAbsent(p.gradeId(), id -> table.range(id).map(rangeWords).orElse(""));
        String fte = p.fte().stripTrailingZeros().toPlainString() + " FTE"
                + (p.isTeamBlock() ? " · " + p.headcount() + (p.headcount() == 1 ? " person" : " people") : "");
        Card.Tone tone = p.occupancy() == Occupancy.VACANT ? Card.Tone.VACANT
                : p.occupancy() != Occupancy.SUBSTANTIVE || p.fixedTermEnd() != null ? Card.Tone.TEMPORARY : Card.Tone.NORMAL;
        Measure.Style gradeStyle = assumed ? Measure.Style.ITALIC : Measure.Style.REGULAR;

        double textW = 0;
        for (String t : title) {
            textW = Math.max(textW, measure.width(t, Measure.Style.BOLD, CardSize.TITLE_SIZE));
        }
        textW = Math.max(textW, measure.width(gradeText, gradeStyle, CardSize.BODY_SIZE));
        for (String b : new String[] {range, fte}) {
            textW = Math.max(textW, measure.width(b, Measure.Style.REGULAR, CardSize.BODY_SIZE));
        }
        double w = Math.max(CardSize.MIN_W, Math.min(CardSize.MAX_W, textW + 2 * CardSize.PAD + 2));
        // body lines longer than the widest card are shortened rather than spilling over the edge
        double innerW = w - 2 * CardSize.PAD;
        gradeText = LineBreaks.ellipsis(gradeText, width(gradeStyle, CardSize.BODY_SIZE), innerW);
        range = LineBreaks.ellipsis(range, width(Measure.Style.REGULAR, CardSize.BODY_SIZE), innerW);
        fte = LineBreaks.ellipsis(fte, width(Measure.Style.REGULAR, CardSize.BODY_SIZE), innerW);
        List<String> occupied = LineBreaks.wrap(occupancy(p, names), width(Measure.Style.REGULAR, CardSize.BODY_SIZE), innerW,
                CardSize.MAX_OCCUPANCY_LINES);
        List<List<Badge>> rows = badgeRows(badges, innerW);
        double h = CardSize.PAD + CardSize.STRIP + 2 + title.size() * CardSize.TITLE_LINE
                + (3 + occupied.size()) * CardSize.BODY_LINE + rows.size() * CardSize.BADGE_ROW + CardSize.PAD;
        return new Card(p.key(), p.divisionId(), colours.getOrDefault(p.divisionId(), "#9E9E9E"), title, gradeText, assumed,
                range, fte, occupied, tone, rows, w, h);
    }

    /// The titles-only card of `p` (for a chart seen from afar): its whole title on a narrow card, its grade and
    /// its badges; no pay, FTE or occupancy.
    public Card titleCard(Post p, List<Badge> badges) {
        double inner = CardSize.MIN_W - 2 * CardSize.PAD;
        List<String> title = LineBreaks.wrap(p.title().isBlank() ? "(untitled post)" : p.title(), width(Measure.Style.BOLD,
                CardSize.TITLE_SIZE), inner, CardSize.MAX_TITLE_LINES);
        Card full = card(p, List.of());
        Measure.Style gradeStyle = full.gradeAssumed() ? Measure.Style.ITALIC : Measure.Style.REGULAR;
        String grade = LineBreaks.ellipsis(full.grade(), width(gradeStyle, CardSize.BODY_SIZE), inner);
        List<List<Badge>> rows = badgeRows(badges, inner);
        double h = CardSize.PAD + CardSize.STRIP + 2 + title.size() * CardSize.TITLE_LINE + CardSize.BODY_LINE
                + rows.size() * CardSize.BADGE_ROW + CardSize.PAD;
        return new Card(p.key(), p.divisionId(), full.colour(), title, grade, full.gradeAssumed(), "", "", List.of(),
                full.tone(), rows, CardSize.MIN_W, h);
    }

    private java.util.function.ToDoubleFunction<String> width(Measure.Style style, double size) {
        return s -> measure.width(s, style, size);
    }

    private List<List<Badge>> badgeRows(List<Badge> badges, double width) {
        List<List<Badge>> rows = new ArrayList<>();
        List<Badge> row = new ArrayList<>();
        double x = 0;
        for (Badge b : badges) {
            double bw = CardSize.badgeWidth(b, measure);
            if (!row.isEmpty() && x + bw > width) {
                rows.add(row);
                row = new ArrayList<>();
                x = 0;
            }
            row.add(b);
            x += bw + CardSize.BADGE_GAP;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /// "Vacant", "Interim", "Acting", "Fixed-term to 31 Mar 2025", the holder's
    /// name, or "In post" when the name is not known or not to be shown.
    public static String occupancy(Post p, boolean names) {
        String holder = names ? p.holder() : "";
        String text = switch (p.occupancy()) {
            case SUBSTANTIVE -> holder.isBlank() ? "In post" : holder;
            case VACANT -> "Vacant";
            default -> p.occupancy().label() + (holder.isBlank() ? "" : ": " + holder);
        };
        if (p.fixedTermEnd() != null) {
            String end = SHORT_DAY.format(p.fixedTermEnd());
            text = p.occupancy() == Occupancy.SUBSTANTIVE && holder.isBlank() ? "Fixed-term to " + end : text + " · fixed-term to " + end;
        }
        return text;
    }
}
