package org.reshape.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reshape.card.Badge;
import org.reshape.card.Card;
import org.reshape.card.CardSize;
import org.reshape.card.Cards;
import org.reshape.domain.Model;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.report.page.FaceMeasure;

/// A scenario prepared for printing: its posts with managers before reports,
/// parent links, depths and the cards of `card.Cards`, the ones the window draws.
final class ChartModel {
    final Card[] cards;
    final int[] parent;
    final int[][] children;
    final int[] depth;
    final int maxDepth;

    private ChartModel(Card[] cards, int[] parent) {
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
        Cards made = new Cards(model, table, FaceMeasure.INSTANCE, r -> pay.range(r.min(), r.max()), names);
        Card[] cards = new Card[order.size()];
        int[] parent = new int[order.size()];
        for (int i = 0; i < cards.length; i++) {
            Post p = order.get(i);
            index.put(p.key(), i);
            Integer m = p.managerKey().isEmpty() ? null : index.get(p.managerKey());
            parent[i] = m == null ? -1 : m;
            // Names are printed only when asked for; a public appendix never gets them.
            Post shown = names ? model.workforce().withHolderNames(s, p) : p;
            cards[i] = made.card(shown, badges.getOrDefault(p.key(), List.of()));
        }
        return new ChartModel(cards, parent);
    }

    int size() {
        return cards.length;
    }

    static double badgeWidth(Badge b) {
        return CardSize.badgeWidth(b, FaceMeasure.INSTANCE);
    }
}
