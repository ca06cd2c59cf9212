package org.reshape.costing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reshape.change.ChangeClassifier;
import org.reshape.change.ChangeKind;
import org.reshape.change.ChangeList;
import org.reshape.change.PostChange;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.PaySchedule;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import org.reshape.domain.PostField;
import org.reshape.domain.Scenario;

/// Costs scenarios and compares a proposal with its base, as DESIGN.md
/// defines it. Pay is apportioned by days across the scale versions in force
/// in the period, published or derived from a pay award (docs/decisions/0005);
/// on-costs follow that year's rules. The difference splits into recurrent,
/// temporary and one-off parts, each with a bridge that adds up to it.
public final class Costing {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Model model;
    private final CostSettings settings;
    private final PaySchedule schedule;
    private final PayTable pay;

    public Costing(Model model, CostSettings settings) {
        this(model, settings, PaySchedule.of(model, settings));
    }

    private Costing(Model model, CostSettings settings, PaySchedule schedule) {
        this(model, settings, schedule, new PayTable(model.grades(), schedule, settings.year().start()));
    }

    private Costing(Model model, CostSettings settings, PaySchedule schedule, PayTable pay) {
        this.model = model;
        this.settings = settings;
        this.schedule = schedule;
        this.pay = pay;
    }

    /// The same costing of another version of the model, whose pay scales, grades, divisions and
    /// people are this one's (only its scenarios differ).
    Costing of(Model next) {
        return new Costing(next, settings, schedule, pay);
    }

    Model model() {
        return model;
    }

    CostSettings settings() {
        return settings;
    }

    /// The full-year period's name, as [#compare(Scenario, Scenario)] gives it.
    String fullYear() {
        return "full year " + settings.year();
    }

    PostCoster coster(LocalDate from, LocalDate to) {
        return new PostCoster(model, settings, schedule, from, to);
    }

    public PaySchedule schedule() {
        return schedule;
    }

    public PayTable payTable() {
        return pay;
    }

    /// The full-year cost of a scenario (fixed-term posts only while they exist).
    public ScenarioCost cost(Scenario s) {
        return cost(s, settings.year().start(), settings.year().end());
    }

    /// The full-year effect: both scenarios costed over the whole financial year.
    public Comparison compare(Scenario base, Scenario proposal) {
        return compare(base, proposal, settings.year().start(), fullYear());
    }

    /// The part-year (in-year) effect: the proposal takes effect on its
    /// implementation date, so only the rest of the financial year differs.
    public Comparison comparePartYear(Scenario base, Scenario proposal) {
        LocalDate impl = proposal.implementationDate();
        LocalDate from = impl == null || impl.isBefore(settings.year().start()) ? settings.year().start() : impl;
        if (from.isAfter(settings.year().end())) {
            from = settings.year().end().plusDays(1);
        }
        return compare(base, proposal, from, "part year " + settings.year() + " from " + DAY.format(from));
    }

    private Comparison compare(Scenario base, Scenario proposal, LocalDate from, String period) {
        LocalDate to = settings.year().end();
        ScenarioCost b = cost(base, from, to);
        ScenarioCost p = cost(proposal, from, to);
        ChangeList changes = ChangeClassifier.classify(model, base, proposal, pay);
        return new Comparison(settings, period, b, p, changes, rows(renamed(b.byDivision()), p.byDivision()),
                rows(b.byGrade(), p.byGrade()), bridge(b, p, changes), parts(b, p, changes), warnings(b, p));
    }

    ScenarioCost cost(Scenario s, LocalDate from, LocalDate to) {
        PostCoster coster = coster(from, to);
        Map<String, PostCost> posts = LinkedHashMap.newLinkedHashMap(s.size());
        Map<String, Tally> byDivision = new LinkedHashMap<>();
        model.divisions().forEach(d -> byDivision.put(d.id(), new Tally(d.id(), d.name())));
        Map<String, Tally> byGrade = new LinkedHashMap<>();
        model.grades().forEach(g -> byGrade.put(g.id(), new Tally(g.id(), gradeLabel(g))));
        Tally total = new Tally("total", "Total");
        List<String> warnings = new ArrayList<>();
        for (Post post : s.posts()) {
            PostCost c = coster.cost(post, s);
            posts.put(post.key(), c);
            if (!c.costed()) {
                // left out of every total, never £0 in silence: the warning names it
                warnings.add(notCosted(c));
                continue;
            }
            byDivision.computeIfAbsent(post.divisionId(), k -> new Tally(k, model.divisionName(k))).add(c);
            byGrade.computeIfAbsent(post.gradeId(), k -> new Tally(k, model.gradeName(k))).add(c);
            total.add(c);
        }
        return new ScenarioCost(s, posts, lines(byDivision), lines(byGrade), total.line(), warnings);
    }

    /// Why a post is left out of its scenario's totals.
    String notCosted(PostCost c) {
        Post post = c.post();
        return "post " + post.key() + " (" + post.title() + ") is not costed: "
                + (post.gradeId().isEmpty() ? "grade unknown" : pay.problem(post.gradeId()).orElse(model.grade(post.gradeId()).isPresent()
                        ? "grade " + model.gradeName(post.gradeId()) + " has no pay (£0)" : "unknown grade '" + post.gradeId() + "'"))
                + "; it is left out of the total, its division's row and the " + (c.temporary() ? "temporary" : "recurrent")
                + " cost, which will change when it is graded";
    }

    private static List<CostLine> lines(Map<String, Tally> sums) {
        return sums.values().stream().map(Tally::line).toList();
    }

    /// The base's division lines with each renamed division under its new id and
    /// name, so that "Social Care & Safeguarding" and the "Social Care & Early
    /// Help" it becomes are one row of the comparison, not a saving and a cost.
    List<CostLine> renamed(List<CostLine> base) {
        Map<String, org.reshape.domain.Division> successor = new java.util.HashMap<>();
        model.divisions().stream().filter(d -> !d.renames().isEmpty()).forEach(d -> successor.put(d.renames(), d));
        Map<String, CostLine> out = new LinkedHashMap<>();
        for (CostLine l : base) {
            org.reshape.domain.Division next = successor.get(l.id());
            CostLine moved = next == null ? l : l.relabelled(next.id(), next.name() + " (was " + l.label() + ")");
            out.merge(moved.id(), moved, (a, c) -> a.plus(c, c.posts() > 0 ? c.label() : a.label()));
        }
        return List.copyOf(out.values());
    }

    /// "Chief Officer Band F", "Soulbury EIP 23–26": the grade's name, which already says its scale.
    static String gradeLabel(Grade g) {
        return g.name();
    }

    /// Rows for every group that has posts on either side, in the model's order.
    static List<CostRow> rows(List<CostLine> base, List<CostLine> proposal) {
        Map<String, CostLine> b = new LinkedHashMap<>();
        base.forEach(l -> b.put(l.id(), l));
        Map<String, CostLine> p = new LinkedHashMap<>();
        proposal.forEach(l -> p.put(l.id(), l));
        Set<String> ids = new LinkedHashSet<>(b.keySet());
        ids.addAll(p.keySet());
        List<CostRow> rows = new ArrayList<>();
        for (String id : ids) {
            CostLine bl = b.get(id);
            CostLine pl = p.get(id);
            String label = (bl != null && bl.posts() > 0 ? bl : pl != null ? pl : bl).label();
            bl = bl == null ? CostLine.empty(id, label) : bl;
            pl = pl == null ? CostLine.empty(id, label) : pl;
            if (bl.posts() > 0 || pl.posts() > 0) {
                rows.add(new CostRow(id, label, bl, pl));
            }
        }
        return rows;
    }

    /// The difference split into recurrent, temporary and one-off parts. Each
    /// post falls in one part on each side (temporary when it has an end date),
    /// and each part's bridge has a line for every key with a post in that
    /// part that changed or whose cost moved, so the lines add up to the part.
    List<PartEffect> parts(ScenarioCost base, ScenarioCost proposal, ChangeList changes) {
        List<PartEffect> out = new ArrayList<>();
        for (PartEffect.Part part : List.of(PartEffect.Part.RECURRENT, PartEffect.Part.TEMPORARY)) {
            List<BridgeLine> lines = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (PostChange c : changes.changes()) {
                seen.add(c.key());
                addPartLine(lines, part, c.key(), base.post(c.key()), proposal.post(c.key()), c);
            }
            Set<String> keys = new LinkedHashSet<>(base.posts().keySet());
            keys.addAll(proposal.posts().keySet());
            for (String key : keys) {
                if (!seen.contains(key)) {
                    addPartLine(lines, part, key, base.post(key), proposal.post(key), null);
                }
            }
            Money diff = partTotal(proposal, part).minus(partTotal(base, part));
            out.add(new PartEffect(part, diff, lines));
        }
        out.add(new PartEffect(PartEffect.Part.ONE_OFF, Money.ZERO, List.of()));
        return out;
    }

    private void addPartLine(List<BridgeLine> lines, PartEffect.Part part, String key, PostCost before, PostCost after, PostChange change) {
        BridgeLine line = partLine(part, key, before, after, change);
        if (line != null) {
            lines.add(line);
        }
    }

    /// A key's line in one part's bridge, or null when it has none there.
    BridgeLine partLine(PartEffect.Part part, String key, PostCost before, PostCost after, PostChange change) {
        // a post left out of the totals (grade unknown) still has its line, at £0 and marked, in its part
        PostCost b = before != null && before.in(part) ? before : null;
        PostCost a = after != null && after.in(part) ? after : null;
        if (a == null && b == null) {
            return null;
        }
        Money bt = b == null ? Money.ZERO : b.total(part);
        Money at = a == null ? Money.ZERO : a.total(part);
        if (change == null && bt.equals(at)) {
            return null;
        }
        return line(key, b, a, change, part);
    }

    private static Money partTotal(ScenarioCost sc, PartEffect.Part part) {
        long pence = 0;
        for (PostCost c : sc.posts().values()) {
            if (c.costed()) {
                pence = Math.addExact(pence, c.total(part).pence());
            }
        }
        return new Money(pence);
    }

    /// Each post left out of the totals, named once, with every total it would change.
    private static List<String> warnings(ScenarioCost base, ScenarioCost proposal) {
        List<String> out = new ArrayList<>();
        for (ScenarioCost sc : List.of(base, proposal)) {
            for (PostCost c : sc.posts().values()) {
                if (!c.costed()) {
                    out.add(leftOut(sc.scenario(), c));
                }
            }
        }
        return out;
    }

    /// A post left out of a comparison's totals, with every total it would change.
    static String leftOut(Scenario s, PostCost c) {
        return c.post().title() + " (" + c.post().key() + ") is left out of the " + s.name()
                + " total, the difference and its " + (c.temporary() ? "temporary" : "recurrent") + " part: "
                + (c.post().gradeId().isEmpty() ? "grade unknown" : "grade '" + c.post().gradeId() + "' has no pay");
    }

    /// One line per changed post key, plus any unchanged key whose cost moved
    /// (which only a change of costing inputs outside the classified fields can
    /// cause), so that the lines always add up to the net difference.
    List<BridgeLine> bridge(ScenarioCost base, ScenarioCost proposal, ChangeList changes) {
        List<BridgeLine> lines = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (PostChange c : changes.changes()) {
            seen.add(c.key());
            lines.add(line(c.key(), base.post(c.key()), proposal.post(c.key()), c));
        }
        for (PostCost after : proposal.posts().values()) {
            PostCost before = base.post(after.post().key());
            if (!seen.contains(after.post().key()) && before != null && !before.total().equals(after.total())) {
                lines.add(line(after.post().key(), before, after, null));
            }
        }
        return lines;
    }

    BridgeLine line(String key, PostCost before, PostCost after, PostChange change) {
        return line(key, before, after, change, null);
    }

    /// A key's line for one part of its cost, or for the whole of it when `part` is null.
    BridgeLine line(String key, PostCost before, PostCost after, PostChange change, PartEffect.Part part) {
        Money salary = salary(after, part).minus(salary(before, part));
        Money onCosts = onCosts(after, part).minus(onCosts(before, part));
        Post post = after != null ? after.post() : before.post();
        Set<ChangeKind> kinds = change == null ? EnumSet.noneOf(ChangeKind.class) : change.kinds();
        return new BridgeLine(key, post.title(), kinds, explain(change, before, after), salary, onCosts,
                source(before, after), assumed(before, after) || (before != null && !before.costed()) || (after != null && !after.costed()));
    }

    private static Money salary(PostCost c, PartEffect.Part part) {
        return c == null ? Money.ZERO : part == null ? c.salary() : c.salary(part);
    }

    private static Money onCosts(PostCost c, PartEffect.Part part) {
        return c == null ? Money.ZERO : part == null ? c.onCosts() : c.onCosts(part);
    }

    private String explain(PostChange c, PostCost before, PostCost after) {
        if (c == null) {
            return "cost changed (basis point or fixed-term dates)";
        }
        if (c.is(ChangeKind.NEW)) {
            Post p = c.after();
            String s = "new post, " + model.gradeName(p.gradeId());
            if (p.fixedTermEnd() != null) {
                s += ", fixed-term to " + DAY.format(p.fixedTermEnd());
            }
            if (!p.replaces().isEmpty()) {
                s += ", replaces " + String.join(" and ", p.replaces().stream().map(this::titleInBase).toList());
            }
            return s;
        }
        if (c.is(ChangeKind.DISESTABLISHED)) {
            return "disestablished, " + model.gradeName(c.before().gradeId());
        }
        List<String> parts = new ArrayList<>();
        if (c.is(ChangeKind.REGRADED)) {
            parts.add("regraded " + c.direction().label() + ": " + model.gradeName(c.before().gradeId()) + " → "
                    + model.gradeName(c.after().gradeId()));
        }
        if (c.is(ChangeKind.FTE_CHANGED)) {
            parts.add("FTE " + c.before().fte().toPlainString() + " → " + c.after().fte().toPlainString());
        }
        c.kinds().stream().filter(k -> k != ChangeKind.REGRADED && k != ChangeKind.FTE_CHANGED)
                .forEach(k -> parts.add(k.label()));
        boolean sameCost = before != null && after != null && before.total().equals(after.total());
        return String.join("; ", parts) + (sameCost ? " (no cost effect)" : "");
    }

    private String titleInBase(String key) {
        return model.scenarios().stream().map(s -> s.post(key)).filter(java.util.Objects::nonNull).findFirst()
                .map(Post::title).orElse(key);
    }

    private String source(PostCost before, PostCost after) {
        Post p = after != null ? after.post() : before.post();
        StringBuilder b = new StringBuilder(p.provenance().describe());
        for (PostCost c : new PostCost[] {before, after}) {
            if (c != null) {
                model.grade(c.post().gradeId()).filter(Grade::isAssumed).ifPresent(g -> {
                    String note = g.name() + " range assumed: " + g.provenance().assumption();
                    if (b.indexOf(note) < 0) {
                        b.append(b.isEmpty() ? "" : "; ").append(note);
                    }
                });
                if (!c.costNote().isEmpty() && b.indexOf(c.costNote()) < 0) {
                    b.append(b.isEmpty() ? "" : "; ").append(c.costNote());
                }
                if (c.payAssumed() && b.indexOf(c.payNote()) < 0) {
                    b.append(b.isEmpty() ? "" : "; ").append("pay assumed: ").append(c.payNote());
                }
                if (!c.costed()) {
                    b.append(b.isEmpty() ? "" : "; ").append("not costed: grade unknown");
                }
            }
        }
        return b.toString();
    }

    private boolean assumed(PostCost before, PostCost after) {
        for (PostCost c : new PostCost[] {before, after}) {
            if (c != null && (c.post().provenance().isAssumed(PostField.GRADE) || c.post().provenance().isAssumed(PostField.FTE)
                    || c.post().provenance().isAssumed(PostField.HEADCOUNT) || c.post().provenance().isAssumed(PostField.BACKFILLED)
                    || model.grade(c.post().gradeId()).map(Grade::isAssumed).orElse(false) || c.payAssumed())) {
                return true;
            }
        }
        return false;
    }
}
