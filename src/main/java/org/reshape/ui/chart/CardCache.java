package org.reshape.ui.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reshape.card.Cards;
import org.reshape.domain.Model;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import org.reshape.report.page.FaceMeasure;

/// The measured cards of one chart, kept from one build to the next: after an
/// edit only the posts it changed (a new [Post] value, other marks) are
/// measured again. Everything is measured afresh when the grades, divisions or
/// pay table change, since every card may say something else then.
public final class CardCache {
    private record Entry(Post post, List<CardMark> marks, org.reshape.card.Card face) {
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, Entry> titleEntries = new HashMap<>();
    private Cards cards;
    private Object grades;
    private Object divisions;
    private Object payScales;
    private java.time.LocalDate payDate;
    private int measured;
    private final boolean names;

    /// A cache of cards that show holders' names, as the window does.
    public CardCache() {
        this(true);
    }

    /// @param names whether the cards show holders' names (a picture for a paper does not)
    CardCache(boolean names) {
        this.names = names;
    }

    boolean names() {
        return names;
    }

    /// Starts a build for `model`; forgets every card when what all cards depend on has changed.
    void use(Model model, PayTable table) {
        // The lists are immutable and kept by every edit that does not change them, so identity says "unchanged".
        if (cards == null || model.grades() != grades || model.divisions() != divisions || model.payScales() != payScales
                || !table.on().equals(payDate)) {
            entries.clear();
            titleEntries.clear();
            cards = new Cards(model, table, FaceMeasure.INSTANCE, PayTable.Range::describe, names);
            grades = model.grades();
            divisions = model.divisions();
            payScales = model.payScales();
            payDate = table.on();
        }
    }

    org.reshape.card.Card face(Post p, List<CardMark> marks) {
        return face(entries, p, marks, false);
    }

    /// The titles-only card, for a chart seen from afar.
    org.reshape.card.Card titleFace(Post p, List<CardMark> marks) {
        return face(titleEntries, p, marks, true);
    }

    private org.reshape.card.Card face(Map<String, Entry> kept, Post p, List<CardMark> marks, boolean titles) {
        Entry e = kept.get(p.key());
        if (e != null && e.post().equals(p) && e.marks().equals(marks)) {
            return e.face();
        }
        measured++;
        List<org.reshape.card.Badge> badges = marks.stream().map(CardMark::card).toList();
        org.reshape.card.Card face = titles ? cards.titleCard(p, badges) : cards.card(p, badges);
        kept.put(p.key(), new Entry(p, marks, face));
        return face;
    }

    /// How many cards have been measured so far (not taken from the cache).
    public int measured() {
        return measured;
    }
}
