package org.reshape.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reshape.domain.Model;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.domain.StructureEdits.Delta;
import org.reshape.store.StoreTx;

/// A command that puts and removes posts of one scenario; it remembers each
/// post as it was, and where a removed post stood, so undo restores the
/// scenario exactly, order included.
public final class PostsCommand implements Command {
    private final String name;
    private final String scenarioId;
    private final Delta delta;
    /// key → the post before, or null for a post the command creates
    private final Map<String, Post> before = new LinkedHashMap<>();
    /// scenario position → removed post, ascending
    private final TreeMap<Integer, Post> removedAt = new TreeMap<>();

    public PostsCommand(String name, Scenario scenario, Delta delta) {
        this.name = name;
        this.scenarioId = scenario.id();
        this.delta = delta;
        delta.put().forEach(p -> before.put(p.key(), scenario.post(p.key())));
        if (!delta.remove().isEmpty()) {
            java.util.Set<String> removed = new java.util.HashSet<>(delta.remove());
            int i = 0;
            for (Post p : scenario.posts()) {
                if (removed.contains(p.key())) {
                    removedAt.put(i, p);
                }
                i++;
            }
        }
    }

    @Override
    public String name() {
        return name;
    }

    public String scenarioId() {
        return scenarioId;
    }

    @Override
    public Touched touched() {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(before.keySet());
        keys.addAll(delta.remove());
        return Touched.posts(scenarioId, keys);
    }

    @Override
    public Model apply(Model model) {
        Scenario s = scenario(model);
        return model.withScenario(delta.applyTo(s));
    }

    @Override
    public Model revert(Model model) {
        Scenario s = scenario(model);
        if (removedAt.isEmpty()) {
            // nothing to put back in its place: the changed posts as they were, the created ones gone
            List<Post> restored = before.values().stream().filter(java.util.Objects::nonNull).toList();
            List<String> created = before.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
            return model.withScenario(s.withChanges(restored, created));
        }
        List<Post> posts = new ArrayList<>();
        for (Post p : s.posts()) {
            if (!before.containsKey(p.key())) {
                posts.add(p);
            } else if (before.get(p.key()) != null) {
                posts.add(before.get(p.key()));
            }
        }
        removedAt.forEach((index, post) -> posts.add(Math.min(index, posts.size()), post));
        return model.withScenario(s.withPosts(posts));
    }

    @Override
    public void write(StoreTx tx, boolean forward) {
        if (forward) {
            tx.deletePosts(scenarioId, delta.remove());
            tx.putPosts(scenarioId, delta.put());
            return;
        }
        List<String> created = new ArrayList<>();
        List<Post> restored = new ArrayList<>();
        before.forEach((key, post) -> {
            if (post == null) {
                created.add(key);
            } else {
                restored.add(post);
            }
        });
        tx.deletePosts(scenarioId, created);
        tx.putPosts(scenarioId, restored);
        removedAt.forEach((index, post) -> tx.putPost(scenarioId, post, index));
    }

    private Scenario scenario(Model model) {
        return model.scenario(scenarioId).filter(s -> s.id().equals(scenarioId))
                .orElseThrow(() -> new IllegalStateException("scenario " + scenarioId + " is no longer in the model"));
    }
}
