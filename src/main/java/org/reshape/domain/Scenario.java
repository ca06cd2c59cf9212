package org.reshape.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/// One complete structure: the baseline ("Current structure") or a proposal
/// derived from it. Immutable; every edit makes a new scenario that shares the
/// unchanged [Post] objects, which keeps recomputation after one edit cheap.
///
/// Posts are kept in their given order; the index by key is built once.
public final class Scenario {
    private final String id;
    private final String name;
    private final String baseId;
    private final LocalDate implementationDate;
    private final boolean locked;
    private final Map<String, Post> posts;
    private Map<String, List<Post>> reports;

    /// @param baseId             the scenario this one was derived from, or empty for a baseline
    /// @param implementationDate when the proposal takes effect (for part-year costs), or null
    /// @param locked             a baseline is read-only until the user unlocks it
    public Scenario(String id, String name, String baseId, LocalDate implementationDate, boolean locked,
                    Collection<Post> posts) {
        this.id = Checks.require(id, "scenario id");
        this.name = Checks.require(name, "scenario name");
        this.baseId = Checks.orEmpty(baseId);
        this.implementationDate = implementationDate;
        this.locked = locked;
        LinkedHashMap<String, Post> m = LinkedHashMap.newLinkedHashMap(posts.size());
        for (Post p : posts) {
            if (m.putIfAbsent(p.key(), p) != null) {
                throw new IllegalArgumentException("scenario '" + name + "' has two posts with key " + p.key());
            }
        }
        this.posts = Collections.unmodifiableMap(m);
    }

    /// Takes `posts` as they are (already keyed, checked and not shared).
    private Scenario(Scenario like, LinkedHashMap<String, Post> posts) {
        this.id = like.id;
        this.name = like.name;
        this.baseId = like.baseId;
        this.implementationDate = like.implementationDate;
        this.locked = like.locked;
        this.posts = Collections.unmodifiableMap(posts);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String baseId() {
        return baseId;
    }

    public boolean isProposal() {
        return !baseId.isEmpty();
    }

    public LocalDate implementationDate() {
        return implementationDate;
    }

    public boolean locked() {
        return locked;
    }

    public Collection<Post> posts() {
        return posts.values();
    }

    public int size() {
        return posts.size();
    }

    public Post post(String key) {
        return posts.get(key);
    }

    public boolean contains(String key) {
        return posts.containsKey(key);
    }

    public List<Post> roots() {
        return reportsTo("");
    }

    /// The direct reports of a post, in scenario order ("" for the roots).
    public List<Post> reportsTo(String managerKey) {
        Map<String, List<Post>> r = reports;
        if (r == null) {
            r = new HashMap<>();
            for (Post p : posts.values()) {
                String m = p.managerKey().isEmpty() || posts.containsKey(p.managerKey()) ? p.managerKey() : "";
                r.computeIfAbsent(m, k -> new ArrayList<>()).add(p);
            }
            reports = r;
        }
        return r.getOrDefault(managerKey, List.of());
    }

    /// The direct reports of one post, for an edit that asks once: from the index when it is built,
    /// otherwise by one pass rather than building the index for a scenario an edit is about to replace.
    public List<Post> reportsOf(String managerKey) {
        if (reports != null || managerKey.isEmpty() || !posts.containsKey(managerKey)) {
            return reportsTo(managerKey);
        }
        List<Post> out = new ArrayList<>();
        for (Post p : posts.values()) {
            if (p.managerKey().equals(managerKey)) {
                out.add(p);
            }
        }
        return out;
    }

    public Scenario withName(String newName) {
        return new Scenario(id, newName, baseId, implementationDate, locked, posts.values());
    }

    public Scenario withLocked(boolean newLocked) {
        return new Scenario(id, name, baseId, implementationDate, newLocked, posts.values());
    }

    public Scenario withImplementationDate(LocalDate date) {
        return new Scenario(id, name, baseId, date, locked, posts.values());
    }

    public Scenario withPosts(Collection<Post> newPosts) {
        return new Scenario(id, name, baseId, implementationDate, locked, newPosts);
    }

    /// A copy with `replacement` in place of the post with the same key (or added at the end).
    public Scenario with(Post replacement) {
        return withChanges(List.of(replacement), List.of());
    }

    public Scenario without(String key) {
        return withChanges(List.of(), List.of(key));
    }

    /// A copy without the posts keyed `remove`, then with each of `put` in place of the post with the
    /// same key (or added at the end, in their order): one copy of the index, for an edit of a few posts
    /// in a scenario of 100,000.
    public Scenario withChanges(Collection<Post> put, Collection<String> remove) {
        LinkedHashMap<String, Post> m = new LinkedHashMap<>(posts);
        remove.forEach(m::remove);
        put.forEach(p -> m.put(p.key(), p));
        return new Scenario(this, m);
    }

    /// A proposal derived from this scenario: same posts, same keys.
    public Scenario deriveProposal(String newId, String newName) {
        return new Scenario(newId, newName, id, implementationDate, false, posts.values());
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Scenario s && id.equals(s.id) && name.equals(s.name) && baseId.equals(s.baseId)
                && Objects.equals(implementationDate, s.implementationDate) && locked == s.locked && samePosts(s);
    }

    /// The same posts in the same order; a copy after an edit shares all but a few, so most compare by identity.
    private boolean samePosts(Scenario s) {
        if (posts.size() != s.posts.size()) {
            return false;
        }
        java.util.Iterator<Post> other = s.posts.values().iterator();
        for (Post p : posts.values()) {
            Post q = other.next();
            if (p != q && !p.equals(q)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, posts.size());
    }

    @Override
    public String toString() {
        return "Scenario[" + name + ", " + posts.size() + " posts]";
    }
}
