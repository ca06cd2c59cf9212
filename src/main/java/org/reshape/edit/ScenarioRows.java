package org.reshape.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.store.StoreTx;

/// Writes the difference between two versions of one stored scenario: its
/// name, base, date and lock, the posts that went and the posts that changed.
/// Only keys of the two versions are written, so posts that are stored but
/// were in neither (added by another window since) are left alone.
final class ScenarioRows {
    private ScenarioRows() {
    }

    static void replace(StoreTx tx, Scenario from, Scenario to) {
        tx.putScenarioMeta(to);
        if (from.posts().equals(to.posts())) {
            return;
        }
        if (!sameOrder(from, to)) {
            // A new order (a replacing import): take out what was there and put the new posts in their order.
            tx.deletePosts(to.id(), from.posts().stream().map(Post::key).toList());
            tx.putPosts(to.id(), to.posts());
            return;
        }
        Map<String, Post> was = new HashMap<>();
        from.posts().forEach(p -> was.put(p.key(), p));
        List<Post> changed = new ArrayList<>();
        for (Post p : to.posts()) {
            if (!p.equals(was.remove(p.key()))) {
                changed.add(p);
            }
        }
        tx.deletePosts(to.id(), was.keySet());
        tx.putPosts(to.id(), changed);
    }

    /// Whether the keys both versions hold come in the same order, and the new keys after them.
    private static boolean sameOrder(Scenario from, Scenario to) {
        List<String> kept = new ArrayList<>();
        boolean added = false;
        for (Post p : to.posts()) {
            if (from.contains(p.key())) {
                if (added) {
                    return false;
                }
                kept.add(p.key());
            } else {
                added = true;
            }
        }
        List<String> old = from.posts().stream().map(Post::key).filter(to::contains).toList();
        return old.equals(kept);
    }
}
