package org.reshape.costing;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reshape.change.ChangeClassifier;
import org.reshape.change.ChangeKind;
import org.reshape.change.PostChange;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Division;
import org.reshape.domain.Model;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;

/// The full-year comparison of a proposal with its base, kept up to date edit
/// by edit: after an edit, only the post keys it touched are costed and
/// classified again, their bridge lines redone, and the totals by division, by
/// grade, by part and overall moved by their deltas. The result is the
/// [Comparison] that [Costing#compare(Scenario, Scenario)] would give for the
/// same scenarios, to the penny and in the same order (property-tested against
/// it); each post is costed by the same per-post cost function ([PostCoster]).
///
/// Anything the per-key account does not cover — other cost settings, pay
/// scales, grades, divisions or people, another base or proposal — costs the
/// whole comparison again, as does updating a comparison that is no longer the
/// latest of its line. Not thread-safe: update it on one thread (the JavaFX
/// thread); the comparisons it gives are immutable and may go to any thread.
public final class IncrementalComparison {
    private final State state;
    private final int generation;
    private final Comparison comparison;
    private final boolean incremental;

    private IncrementalComparison(State state, int generation, Comparison comparison, boolean incremental) {
        this.state = state;
        this.generation = generation;
        this.comparison = comparison;
        this.incremental = incremental;
    }

    /// Compares `proposal` with `base` in full.
    public static IncrementalComparison of(Model model, CostSettings settings, Scenario base, Scenario proposal) {
        State s = new State(new Costing(model, settings), base, proposal);
        return new IncrementalComparison(s, s.generation, s.comparison(), false);
    }

    /// The comparison after an edit that changed, in the base or the proposal, only the posts with
    /// these keys (put, changed or removed); in full when the edit changed more than posts.
    public IncrementalComparison next(Model model, CostSettings settings, Scenario base, Scenario proposal,
                                      Collection<String> touchedKeys) {
        if (!state.canUpdate(generation, model, settings, base, proposal)) {
            return of(model, settings, base, proposal);
        }
        state.update(model, base, proposal, touchedKeys);
        return new IncrementalComparison(state, state.generation, state.comparison(), true);
    }

    public Comparison comparison() {
        return comparison;
    }

    /// Whether this comparison was brought up to date by keys rather than computed in full.
    public boolean incremental() {
        return incremental;
    }

    /// One key's part in the comparison: its change (null when unchanged) and its lines in the
    /// bridge and in each part's bridge (null where it has none).
    private record Entry(PostChange change, BridgeLine bridge, BridgeLine recurrent, BridgeLine temporary) {
        BridgeLine part(PartEffect.Part part) {
            return part == PartEffect.Part.RECURRENT ? recurrent : temporary;
        }
    }

    /// One scenario's running totals.
    private static final class Side {
        private final Map<String, Tally> byDivision = new LinkedHashMap<>();
        private final Map<String, Tally> byGrade = new LinkedHashMap<>();
        private final Set<String> modelDivisions = new HashSet<>();
        private final Tally total = new Tally("total", "Total");
        private final Set<String> uncosted = new HashSet<>();
        private final Model model;
        private long recurrent;
        private long temporary;

        Side(Model model) {
            this.model = model;
            for (Division d : model.divisions()) {
                byDivision.put(d.id(), new Tally(d.id(), d.name()));
                modelDivisions.add(d.id());
            }
            model.grades().forEach(g -> byGrade.put(g.id(), new Tally(g.id(), Costing.gradeLabel(g))));
        }

        void add(PostCost c) {
            if (!c.costed()) {
                uncosted.add(c.post().key());
                return;
            }
            Post post = c.post();
            byDivision.computeIfAbsent(post.divisionId(), k -> new Tally(k, model.divisionName(k))).add(c);
            byGrade.computeIfAbsent(post.gradeId(), k -> new Tally(k, model.gradeName(k))).add(c);
            total.add(c);
            part(c, 1);
        }

        void remove(PostCost c) {
            if (!c.costed()) {
                uncosted.remove(c.post().key());
                return;
            }
            Post post = c.post();
            Tally d = byDivision.get(post.divisionId());
            d.remove(c);
            if (d.isEmpty() && !modelDivisions.contains(d.id())) {
                byDivision.remove(d.id()); // a division the model lacks has a row only while a post is in it
            }
            byGrade.get(post.gradeId()).remove(c);
            total.remove(c);
            part(c, -1);
        }

        private void part(PostCost c, int sign) {
            temporary = Math.addExact(temporary, Math.multiplyExact(sign, c.total(PartEffect.Part.TEMPORARY).pence()));
            recurrent = Math.addExact(recurrent, Math.multiplyExact(sign, c.total(PartEffect.Part.RECURRENT).pence()));
        }

        long part(PartEffect.Part p) {
            return p == PartEffect.Part.TEMPORARY ? temporary : recurrent;
        }

        /// The division lines in the order a single pass over `s` gives them: the model's
        /// divisions, then any other in the order its first costed post comes.
        List<CostLine> divisionLines(Scenario s, PostCoster coster) {
            List<Tally> extra = byDivision.values().stream().filter(t -> !modelDivisions.contains(t.id())).toList();
            List<CostLine> out = new ArrayList<>(byDivision.size());
            byDivision.values().stream().filter(t -> modelDivisions.contains(t.id())).forEach(t -> out.add(t.line()));
            if (extra.size() > 1) {
                Map<String, Tally> byId = new HashMap<>();
                extra.forEach(t -> byId.put(t.id(), t));
                List<Tally> ordered = new ArrayList<>();
                for (Post p : s.posts()) {
                    Tally t = byId.get(p.divisionId());
                    if (t != null && coster.cost(p, s).costed()) {
                        ordered.add(t);
                        byId.remove(p.divisionId());
                    }
                }
                extra = ordered;
            }
            extra.forEach(t -> out.add(t.line()));
            return out;
        }

        List<CostLine> gradeLines() {
            return byGrade.values().stream().map(Tally::line).toList();
        }
    }

    /// The running account, owned by the latest comparison of its line.
    private static final class State {
        private final Model first;
        private final CostSettings settings;
        private final PostCoster coster;
        private Costing costing;
        private Scenario base;
        private Scenario proposal;
        private int generation;
        private final Side baseSide;
        private final Side proposalSide;
        private final Map<String, Entry> entries = new HashMap<>();
        /// keys of new posts that replace others: their explanation names the posts they replace,
        /// by their title wherever it is, so it is redone after every edit
        private final Set<String> replacing = new HashSet<>();
        /// base key → how many posts of the proposal map its holders in
        private final Map<String, Integer> mapped = new HashMap<>();
        private int unchanged;
        /// keys of posts filled by acting up, on either side
        private final Set<String> acting = new HashSet<>();
        private Scenario positionsOf;
        private Map<String, Integer> positions;

        State(Costing costing, Scenario base, Scenario proposal) {
            this.costing = costing;
            this.first = costing.model();
            this.settings = costing.settings();
            this.coster = costing.coster(settings.year().start(), settings.year().end());
            this.base = base;
            this.proposal = proposal;
            this.baseSide = new Side(first);
            this.proposalSide = new Side(first);
            for (Post b : base.posts()) {
                add(b.key(), b, proposal.post(b.key()), base, proposal);
            }
            for (Post p : proposal.posts()) {
                if (!base.contains(p.key())) {
                    add(p.key(), null, p, base, proposal);
                }
            }
        }

        boolean canUpdate(int gen, Model model, CostSettings s, Scenario b, Scenario p) {
            return gen == generation && s.equals(settings) && model.grades() == first.grades()
                    && model.payScales() == first.payScales() && model.divisions() == first.divisions()
                    && model.workforce() == first.workforce() && b.id().equals(base.id()) && p.id().equals(proposal.id());
        }

        void update(Model model, Scenario b, Scenario p, Collection<String> touched) {
            costing = costing.of(model);
            Set<String> keys = new HashSet<>(touched);
            keys.addAll(replacing);
            // a post filled by acting up costs by its holder's substantive post: it moves when that post does
            Set<String> actors = new HashSet<>();
            for (String a : acting) {
                for (Scenario s : List.of(base, proposal, b, p)) {
                    Post x = s.post(a);
                    if (x != null && keys.contains(x.pay().actingFor())) {
                        actors.add(a);
                    }
                }
            }
            keys.addAll(actors);
            for (String key : keys) {
                Post ob = base.post(key);
                Post op = proposal.post(key);
                Post nb = b.post(key);
                Post np = p.post(key);
                if (ob == nb && op == np && !replacing.contains(key) && !actors.contains(key)) {
                    continue;
                }
                remove(key, ob, op, base, proposal);
                add(key, nb, np, b, p);
            }
            base = b;
            proposal = p;
            generation++;
        }

        private void add(String key, Post before, Post after, Scenario inBase, Scenario inProposal) {
            PostCost bc = before == null ? null : coster.cost(before, inBase);
            PostCost ac = after == null ? null : coster.cost(after, inProposal);
            if ((before != null && before.pay().isActingUp()) || (after != null && after.pay().isActingUp())) {
                acting.add(key);
            }
            if (bc != null) {
                baseSide.add(bc);
            }
            if (ac != null) {
                proposalSide.add(ac);
                after.mappedFrom().forEach(m -> mapped.merge(m, 1, Integer::sum));
            }
            PostChange change = before == after || before == null && after == null ? null
                    : ChangeClassifier.change(costing.model(), before, after, costing.payTable());
            if (change != null && change.isUnchanged()) {
                change = null;
            }
            if (before != null && after != null && change == null) {
                unchanged++;
            }
            BridgeLine bridge = change != null ? costing.line(key, bc, ac, change)
                    : bc != null && ac != null && !bc.total().equals(ac.total()) ? costing.line(key, bc, ac, null) : null;
            BridgeLine recurrent = costing.partLine(PartEffect.Part.RECURRENT, key, bc, ac, change);
            BridgeLine temporary = costing.partLine(PartEffect.Part.TEMPORARY, key, bc, ac, change);
            if (change != null || bridge != null || recurrent != null || temporary != null) {
                entries.put(key, new Entry(change, bridge, recurrent, temporary));
            }
            if (change != null && change.is(ChangeKind.NEW) && !after.replaces().isEmpty()) {
                replacing.add(key);
            }
        }

        private void remove(String key, Post before, Post after, Scenario inBase, Scenario inProposal) {
            acting.remove(key);
            if (before != null) {
                baseSide.remove(coster.cost(before, inBase));
            }
            if (after != null) {
                proposalSide.remove(coster.cost(after, inProposal));
                after.mappedFrom().forEach(m -> mapped.computeIfPresent(m, (k, n) -> n == 1 ? null : n - 1));
            }
            Entry e = entries.remove(key);
            if (before != null && after != null && (e == null || e.change() == null)) {
                unchanged--;
            }
            replacing.remove(key);
        }

        Comparison comparison() {
            // the keys with a change or a line, and the posts left out of the totals, in scenario order
            List<String> inBase = new ArrayList<>();
            List<String> inProposal = new ArrayList<>();
            List<PostCost> leftOutBase = new ArrayList<>();
            List<PostCost> leftOutProposal = new ArrayList<>();
            inBaseOrder(inBase, leftOutBase);
            if (!proposalSide.uncosted.isEmpty() || entries.size() > inBase.size()
                    || entries.values().stream().anyMatch(e -> e.change() == null && e.bridge() != null)) {
                inOrder(proposal, proposalSide, inProposal, leftOutProposal);
            }

            List<String> changed = new ArrayList<>();
            inBase.stream().filter(k -> entries.get(k).change() != null).forEach(changed::add);
            inProposal.stream().filter(k -> !base.contains(k)).forEach(changed::add);
            List<PostChange> changes = new ArrayList<>(changed.size());
            List<BridgeLine> bridge = new ArrayList<>(changed.size());
            for (String k : changed) {
                Entry e = entries.get(k);
                changes.add(e.change());
                bridge.add(e.bridge());
            }
            for (String k : inProposal) {
                Entry e = entries.get(k);
                if (e.change() == null && e.bridge() != null) {
                    bridge.add(e.bridge());
                }
            }
            List<PartEffect> parts = new ArrayList<>(3);
            for (PartEffect.Part part : List.of(PartEffect.Part.RECURRENT, PartEffect.Part.TEMPORARY)) {
                List<BridgeLine> lines = new ArrayList<>();
                for (String k : changed) {
                    BridgeLine l = entries.get(k).part(part);
                    if (l != null) {
                        lines.add(l);
                    }
                }
                for (String k : inBase) {
                    Entry e = entries.get(k);
                    if (e.change() == null && e.part(part) != null) {
                        lines.add(e.part(part));
                    }
                }
                long diff = Math.subtractExact(proposalSide.part(part), baseSide.part(part));
                parts.add(new PartEffect(part, new org.reshape.domain.Money(diff), lines));
            }
            parts.add(new PartEffect(PartEffect.Part.ONE_OFF, org.reshape.domain.Money.ZERO, List.of()));

            ScenarioCost b = cost(base, baseSide, leftOutBase);
            ScenarioCost p = cost(proposal, proposalSide, leftOutProposal);
            List<String> warnings = new ArrayList<>();
            leftOutBase.forEach(c -> warnings.add(Costing.leftOut(base, c)));
            leftOutProposal.forEach(c -> warnings.add(Costing.leftOut(proposal, c)));
            Set<String> mappedKeys = java.util.Collections.unmodifiableSet(mapped.keySet());
            return new Comparison(settings, costing.fullYear(), b, p,
                    ChangeClassifier.changeList(costing.model(), changes, unchanged, mappedKeys, proposal),
                    Costing.rows(costing.renamed(b.byDivision()), p.byDivision()), Costing.rows(b.byGrade(), p.byGrade()),
                    bridge, parts, warnings);
        }

        /// The base's keys with a change or a line, and its posts left out, in the base's order: by
        /// the position of each in the base, found once for each version of the base (an edit of the
        /// proposal leaves the base as it was).
        private void inBaseOrder(List<String> keys, List<PostCost> leftOut) {
            if (entries.isEmpty() && baseSide.uncosted.isEmpty()) {
                return;
            }
            if (positionsOf != base) {
                positions = HashMap.newHashMap(base.size());
                int i = 0;
                for (Post post : base.posts()) {
                    positions.put(post.key(), i++);
                }
                positionsOf = base;
            }
            java.util.Comparator<String> byPosition = java.util.Comparator.comparingInt(positions::get);
            entries.keySet().stream().filter(positions::containsKey).sorted(byPosition).forEach(keys::add);
            baseSide.uncosted.stream().sorted(byPosition).forEach(k -> leftOut.add(coster.cost(base.post(k), base)));
        }

        private void inOrder(Scenario s, Side side, List<String> keys, List<PostCost> leftOut) {
            if (entries.isEmpty() && side.uncosted.isEmpty()) {
                return;
            }
            for (Post post : s.posts()) {
                String k = post.key();
                if (entries.containsKey(k)) {
                    keys.add(k);
                }
                if (!side.uncosted.isEmpty() && side.uncosted.contains(k)) {
                    leftOut.add(coster.cost(post, s));
                }
            }
        }

        private ScenarioCost cost(Scenario s, Side side, List<PostCost> leftOut) {
            List<String> warnings = leftOut.stream().map(costing::notCosted).toList();
            return new ScenarioCost(s, new Costs(s, coster), side.divisionLines(s, coster), side.gradeLines(),
                    side.total.line(), warnings);
        }
    }

    /// A scenario's posts with their costs, worked out (from the memo) when asked for rather than
    /// copied into a map of 100,000 entries at every edit. Equal to such a map.
    private static final class Costs extends AbstractMap<String, PostCost> {
        private final Scenario scenario;
        private final PostCoster coster;

        Costs(Scenario scenario, PostCoster coster) {
            this.scenario = scenario;
            this.coster = coster;
        }

        @Override
        public PostCost get(Object key) {
            Post p = key instanceof String k ? scenario.post(k) : null;
            return p == null ? null : coster.cost(p, scenario);
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String k && scenario.contains(k);
        }

        @Override
        public int size() {
            return scenario.size();
        }

        @Override
        public Set<Entry<String, PostCost>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, PostCost>> iterator() {
                    Iterator<Post> posts = scenario.posts().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return posts.hasNext();
                        }

                        @Override
                        public Entry<String, PostCost> next() {
                            Post p = posts.next();
                            return new SimpleImmutableEntry<>(p.key(), coster.cost(p, scenario));
                        }
                    };
                }

                @Override
                public int size() {
                    return scenario.size();
                }
            };
        }
    }
}
