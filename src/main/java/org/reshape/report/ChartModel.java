package org.reshape.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reshape.domain.Division;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.Occupancy;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import org.reshape.domain.PostField;
import org.reshape.domain.Scenario;
import org.reshape.report.page.Colour;
import org.reshape.report.page.Face;
import org.reshape.report.page.TextWrap;

/// A scenario prepared for printing: its posts with managers before reports,
/// parent links, depths and cards measured with the report's own font.
final class ChartModel {
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    final PostCard[] cards;
    final int[] parent;
    final int[][] children;
    final int[] depth;
    final int maxDepth;

    private ChartModel(PostCard[] cards, int[] parent) {
        this.cards = cards;
        this.parent = parent;
        int n = cards.length;
        int[] counts = new int[n];
        depth = new int[n];
        int deepest = 0;
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                counts[parent[i]]++;
                depth[i] = depth[parent[i]] + 1;
                deepest = Math.max(deepest, depth[i]);
            }
        }
        maxDepth = deepest;
        children = new int[n][];
        for (int i = 0; i < n; i++) {
            children[i] = new int[counts[i]];
            counts[i] = 0;
        }
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                children[parent[i]][counts[parent[i]]++] = i;
            }
        }
    }

    /// @param badges   change badges by post key (empty for a baseline)
    /// @param pay      how pay is printed
    /// @param names    whether holders' names are printed
    static ChartModel of(Model model, Scenario s, PayTable table, Map<String, List<Badge>> badges, PayText pay, boolean names) {
        List<Post> order = TreeOrder.breadthFirst(s);
        Map<String, Integer> index = HashMap.newHashMap(order.size());
        Map<String, Grade> grades = new HashMap<>();
        model.grades().forEach(g -> grades.put(g.id(), g));
        Map<String, Colour> colours = new HashMap<>();
        for (Division d : model.divisions()) {
            colours.put(d.id(), Colour.web(d.colour()));
        }
        PostCard[] cards = new PostCard[order.size()];
        int[] parent = new int[order.size()];
        for (int i = 0; i < cards.length; i++) {
            Post p = order.get(i);
            index.put(p.key(), i);
            Integer m = p.managerKey().isEmpty() ? null : index.get(p.managerKey());
            parent[i] = m == null ? -1 : m;
            // Names are printed only when asked for; a public appendix never gets them.
            Post shown = names ? model.workforce().withHolderNames(s, p) : p;
            cards[i] = card(shown, grades.get(p.gradeId()), table, colours.getOrDefault(p.divisionId(), Colour.GREY),
                    badges.getOrDefault(p.key(), List.of()), pay, names);
        }
        return new ChartModel(cards, parent);
    }

    int size() {
        return cards.length;
    }

    static PostCard card(Post p, Grade grade, PayTable table, Colour colour, List<Badge> badges, PayText pay, boolean names) {
        double inner = CardStyle.MAX_W - 2 * CardStyle.PAD;
        List<String> title = TextWrap.wrap(p.title().isBlank() ? "(untitled post)" : p.title(), Face.BOLD, CardStyle.TITLE_SIZE,
                inner, CardStyle.MAX_TITLE_LINES);
        boolean assumed = p.provenance().isAssumed(PostField.GRADE) || (grade != null && grade.isAssumed());
        String gradeText = (assumed ? "≈ " : "") + (grade == null ? (p.gradeId().isEmpty() ? "No grade" : "Unknown grade " + p.gradeId()) : grade.name());
        String range = table.range(p.gradeId()).map(r -> pay.range(r.min(), r.max())).orElse("");
        String fte = Words.fte(p.fte()) + (p.isTeamBlock() ? " · " + p.headcount() + (p.headcount() == 1 ? " person" : " people") : "");
        String occupancy = occupancy(p, names);
        PostCard.Tone tone = p.occupancy() == Occupancy.VACANT ? PostCard.Tone.VACANT
                : p.occupancy() != Occupancy.SUBSTANTIVE || p.fixedTermEnd() != null ? PostCard.Tone.TEMPORARY : PostCard.Tone.NORMAL;

        double textW = 0;
        for (String t : title) {
            textW = Math.max(textW, Face.BOLD.width(t, CardStyle.TITLE_SIZE));
        }
        textW = Math.max(textW, (assumed ? Face.ITALIC : Face.REGULAR).width(gradeText, CardStyle.BODY_SIZE));
        for (String b : new String[] {range, fte}) {
            textW = Math.max(textW, Face.REGULAR.width(b, CardStyle.BODY_SIZE));
        }
        double w = Math.max(CardStyle.MIN_W, Math.min(CardStyle.MAX_W, textW + 2 * CardStyle.PAD + 2));
        // body lines longer than the widest card are shortened rather than spilling over the edge
        double innerW = w - 2 * CardStyle.PAD;
        gradeText = TextWrap.ellipsis(gradeText, assumed ? Face.ITALIC : Face.REGULAR, CardStyle.BODY_SIZE, innerW);
        List<String> occupied = TextWrap.wrap(occupancy, Face.REGULAR, CardStyle.BODY_SIZE, innerW, 2);
        List<List<Badge>> rows = badgeRows(badges, innerW);
        double h = CardStyle.PAD + CardStyle.STRIP + 2 + title.size() * CardStyle.TITLE_LINE + (3 + occupied.size()) * CardStyle.BODY_LINE
                + rows.size() * CardStyle.BADGE_ROW + CardStyle.PAD;
        return new PostCard(p.key(), p.divisionId(), title, gradeText, assumed, range, fte, occupied, tone, colour, rows, w, h);
    }

    static double badgeWidth(Badge b) {
        return Face.BOLD.width(b.text(), CardStyle.BADGE_SIZE) + 7;
    }

    private static List<List<Badge>> badgeRows(List<Badge> badges, double width) {
        List<List<Badge>> rows = new ArrayList<>();
        List<Badge> row = new ArrayList<>();
        double x = 0;
        for (Badge b : badges) {
            double bw = badgeWidth(b);
            if (!row.isEmpty() && x + bw > width) {
                rows.add(row);
                row = new ArrayList<>();
                x = 0;
            }
            row.add(b);
            x += bw + 3;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /// "Vacant", "Interim", "Acting", "Fixed-term to 31 Mar 2025", the holder's
    /// name, or "In post" when the name is not known or not to be printed.
    static String occupancy(Post p, boolean names) {
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
