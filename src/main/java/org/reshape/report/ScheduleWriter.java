package org.reshape.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reshape.change.ChangeKind;
import org.reshape.change.ChangeList;
import org.reshape.change.PostChange;
import org.reshape.domain.Division;
import org.reshape.domain.Model;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;

/// The schedule of changes written as a council report writes it: one
/// paragraph per changed post ("The post of Director of Social Care Practice
/// will be redesignated Director of Social Care & Early Help and regraded from
/// Chief Officer Band E to Chief Officer Band F."), grouped by the division the
/// post ends up in, a renamed division first, a disestablished post just before
/// the new post that replaces it. The text names posts, never people, and
/// quotes grades, never pay, so the public and full versions share it.
public final class ScheduleWriter {

    /// The paragraphs about one division.
    public record Section(String heading, List<String> paragraphs) {
        public Section {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /// The heading of the first section, which says once what happens to divisions.
    public static final String DIVISIONS = "Divisions";

    private final Model model;
    private final Scenario base;
    private final Scenario proposal;
    private final Map<String, Integer> order = new HashMap<>();

    public ScheduleWriter(Model model, Scenario base, Scenario proposal) {
        this.model = model;
        this.base = base;
        this.proposal = proposal;
        for (Post p : TreeOrder.depthFirst(proposal)) {
            order.put(p.key(), order.size());
        }
    }

    /// Every paragraph of the schedule, by division in the model's order.
    public List<Section> write(ChangeList changes) {
        Map<String, List<String>> byDivision = new LinkedHashMap<>();
        model.divisions().forEach(d -> byDivision.put(d.id(), new ArrayList<>()));
        List<PostChange> kept = new ArrayList<>();
        List<PostChange> gone = new ArrayList<>();
        for (PostChange c : changes.changes()) {
            (c.is(ChangeKind.DISESTABLISHED) ? gone : kept).add(c);
        }
        kept.sort(java.util.Comparator.comparingInt(c -> order.getOrDefault(c.key(), Integer.MAX_VALUE)));
        for (PostChange c : kept) {
            // a disestablished post goes just before the first new post that replaces it
            for (var it = gone.iterator(); it.hasNext(); ) {
                PostChange g = it.next();
                if (c.is(ChangeKind.NEW) && c.after().replaces().contains(g.key())) {
                    add(byDivision, c.after().divisionId(), paragraph(g));
                    it.remove();
                }
            }
            add(byDivision, c.after().divisionId(), paragraph(c));
        }
        for (PostChange g : gone) {
            add(byDivision, successor(g.before().divisionId()), paragraph(g));
        }
        List<Section> sections = new ArrayList<>();
        List<String> divisions = divisionChanges();
        if (!divisions.isEmpty()) {
            sections.add(new Section(DIVISIONS, divisions));
        }
        byDivision.forEach((id, paragraphs) -> {
            if (!paragraphs.isEmpty()) {
                sections.add(new Section(model.divisionName(id), paragraphs));
            }
        });
        return sections;
    }

    private static void add(Map<String, List<String>> byDivision, String divisionId, String paragraph) {
        if (!paragraph.isEmpty()) {
            byDivision.computeIfAbsent(divisionId, k -> new ArrayList<>()).add(paragraph);
        }
    }

    /// The paragraph for one change, or "" when nothing in it is a decision
    /// (a change of holder or of interim cover alone).
    public String paragraph(PostChange c) {
        if (c.is(ChangeKind.NEW)) {
            return established(c.after());
        }
        if (c.is(ChangeKind.DISESTABLISHED)) {
            return disestablished(c.before());
        }
        return changed(c);
    }

    private String established(Post p) {
        StringBuilder s = new StringBuilder();
        if (p.isTeamBlock()) {
            s.append("A new team, the ").append(p.title()).append(" (").append(Words.team(p)).append("), will be established on ");
        } else {
            String part = p.fte().compareTo(java.math.BigDecimal.ONE) < 0 ? Words.fte(p.fte()) + " " : "";
            s.append("A new ").append(part).append("post of ").append(p.title()).append(" will be established on ");
        }
        s.append(model.gradeName(p.gradeId()));
        if (p.fixedTermEnd() != null) {
            s.append(" for a fixed term to ").append(Words.date(p.fixedTermEnd()));
        }
        List<String> replaced = p.replaces().stream().map(this::baseTitle).filter(Objects::nonNull).toList();
        if (!replaced.isEmpty()) {
            s.append(", replacing the post").append(replaced.size() > 1 ? "s" : "").append(" of ").append(Words.and(replaced));
        }
        s.append('.');
        Post manager = proposal.post(p.managerKey());
        if (manager == null) {
            s.append(" It will sit in ").append(Words.division(model, p.divisionId())).append('.');
        } else if (Division.sameLineage(model, manager.divisionId(), p.divisionId())) {
            s.append(" It will report to the ").append(manager.title()).append('.');
        } else {
            s.append(" It will sit in ").append(Words.division(model, p.divisionId())).append(" and report to the ")
                    .append(manager.title()).append('.');
        }
        List<String> duties = Remit.items(p.responsibilities());
        if (!duties.isEmpty()) {
            s.append(" It will be responsible for ").append(Words.and(duties)).append('.');
        }
        switch (p.occupancy()) {
            case ACTING -> s.append(" It will be filled on an acting basis.");
            case INTERIM -> s.append(" It will be covered by an interim.");
            case SECONDMENT -> s.append(" It will be filled by secondment.");
            default -> {
            }
        }
        s.append(slotted(p));
        return s.toString();
    }

    private String disestablished(Post p) {
        String subject = p.isTeamBlock() ? "The " + p.title() + " (" + Words.team(p) + ")" : "The post of " + p.title();
        List<String> successors = proposal.posts().stream().filter(q -> q.replaces().contains(p.key()) && !base.contains(q.key()))
                .map(Post::title).toList();
        return subject + " will be disestablished"
                + (successors.isEmpty() ? "" : " and replaced by the new post" + (successors.size() > 1 ? "s" : "") + " of " + Words.and(successors))
                + ".";
    }

    private String changed(PostChange c) {
        Post b = c.before();
        Post a = c.after();
        List<String> verbs = new ArrayList<>();
        boolean retitled = c.is(ChangeKind.RETITLED);
        boolean regraded = c.is(ChangeKind.REGRADED);
        String regrade = "regraded from " + model.gradeName(b.gradeId()) + " to " + model.gradeName(a.gradeId());
        if (retitled) {
            verbs.add("be redesignated " + a.title() + (regraded ? " and " + regrade : ""));
        } else if (regraded) {
            verbs.add("be " + regrade);
        }
        Post manager = proposal.post(a.managerKey());
        boolean managerChanged = c.is(ChangeKind.LINE_MANAGER_CHANGED);
        if (c.is(ChangeKind.MOVED_DIVISION)) {
            verbs.add("transfer to " + Words.division(model, a.divisionId())
                    + (managerChanged && manager != null ? ", reporting to the " + manager.title() : ""));
        } else if (managerChanged && manager != null) {
            verbs.add("report to the " + manager.title());
        } else if (managerChanged) {
            Post old = base.post(b.managerKey());
            verbs.add("no longer report to " + (old == null ? "a post in this structure" : "the " + old.title()));
        }
        List<String> more = new ArrayList<>();
        if (c.is(ChangeKind.RESPONSIBILITIES_CHANGED)) {
            more.add(Remit.change(b.responsibilities(), a.responsibilities()));
        }
        if (c.is(ChangeKind.FTE_CHANGED)) {
            more.add(b.isTeamBlock() || a.isTeamBlock()
                    ? "will change from " + Words.team(b) + " to " + Words.team(a)
                    : "will change from " + Words.fte(b.fte()) + " to " + Words.fte(a.fte()));
        }
        String term = term(b, a);
        String slotted = slotted(a);
        if (verbs.isEmpty() && more.isEmpty() && term.isEmpty() && slotted.isEmpty()) {
            return "";
        }
        String subject = b.isTeamBlock() ? "The " + b.title() : "The post of " + b.title();
        StringBuilder s = new StringBuilder();
        if (!verbs.isEmpty()) {
            s.append(subject).append(" will ").append(verbs.getFirst());
            for (String v : verbs.subList(1, verbs.size())) {
                s.append(verbs.getFirst().contains(" and ") ? ", and will " : " and will ").append(v);
            }
            s.append('.');
        }
        for (String m : more) {
            // the first sentence names the post; later ones say "It"
            boolean first = s.isEmpty();
            String text = m.startsWith("will change from")
                    ? (first ? subject + " " + m : (b.isTeamBlock() ? "It " : "Its establishment ") + m)
                    : (first ? subject + " " + m : "It " + m);
            s.append(s.isEmpty() ? "" : " ").append(text).append('.');
        }
        if (!term.isEmpty()) {
            s.append(s.isEmpty() ? subject + " will" : " It will").append(term).append('.');
        }
        if ((retitled || c.is(ChangeKind.MOVED_DIVISION) || managerChanged) && !regraded) {
            s.append(" There is no change to its grade.");
        }
        s.append(slotted);
        return s.toString().strip();
    }

    /// " become a fixed-term post to 31 March 2025", or "" when the term did not change.
    private static String term(Post b, Post a) {
        if (Objects.equals(b.fixedTermEnd(), a.fixedTermEnd())) {
            return "";
        }
        if (a.fixedTermEnd() == null) {
            return " become a permanent post";
        }
        return b.fixedTermEnd() == null ? " become a fixed-term post to " + Words.date(a.fixedTermEnd())
                : " continue as a fixed-term post to " + Words.date(a.fixedTermEnd()) + " (currently to " + Words.date(b.fixedTermEnd()) + ")";
    }

    /// " The holder of the post of X will be slotted into it." for the base posts mapped into `p`.
    private String slotted(Post p) {
        List<String> from = p.mappedFrom().stream().filter(k -> !k.equals(p.key())).map(this::baseTitle).filter(Objects::nonNull).toList();
        if (from.isEmpty()) {
            return "";
        }
        return " The holder" + (from.size() > 1 ? "s of the posts" : " of the post") + " of " + Words.and(from) + " will be slotted into it.";
    }

    private String baseTitle(String key) {
        Post p = base.post(key);
        return p == null ? null : p.title();
    }

    /// "The Social Care & Safeguarding Division will be renamed the Social Care & Early Help Division."
    /// by the new division's id, for each renamed division the proposal uses.
    private Map<String, String> renames() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Division d : model.divisions()) {
            if (d.renames().isEmpty()) {
                continue;
            }
            boolean usedBefore = base.posts().stream().anyMatch(p -> p.divisionId().equals(d.renames()));
            boolean usedAfter = proposal.posts().stream().anyMatch(p -> p.divisionId().equals(d.id()));
            if (usedBefore && usedAfter) {
                out.put(d.id(), Words.capitalise(Words.division(model, d.renames())) + " will be renamed "
                        + Words.division(model, d.id()) + ".");
            }
        }
        return out;
    }

    /// What happens to divisions, said once before the post-by-post paragraphs:
    /// renamed, disestablished (and where its services go) or new.
    private List<String> divisionChanges() {
        List<String> out = new ArrayList<>(renames().values());
        java.util.Set<String> structure = mainTree(base);
        for (Division d : model.divisions()) {
            // a division none of whose posts sits in the structure is another department's: it lends a post, it is not disestablished
            boolean before = base.posts().stream().anyMatch(p -> p.divisionId().equals(d.id()) && structure.contains(p.key()));
            boolean after = used(proposal, d.id());
            boolean renamed = model.divisions().stream().anyMatch(n -> n.renames().equals(d.id()) && used(proposal, n.id()));
            boolean renames = !d.renames().isEmpty() && used(base, d.renames());
            if (before && !after && !renamed) {
                out.add(disestablishedDivision(d));
            } else if (after && !before && !renames) {
                out.add("A new " + Words.division(model, d.id()).substring("the ".length()) + " will be established.");
            }
        }
        return out;
    }

    /// "The X Division will be disestablished and its services will transfer to the Y Division."
    private String disestablishedDivision(Division d) {
        Map<String, Integer> to = new LinkedHashMap<>();
        for (Post p : base.posts()) {
            if (!p.divisionId().equals(d.id())) {
                continue;
            }
            Post kept = proposal.post(p.key());
            if (kept != null) {
                to.merge(kept.divisionId(), 1, Integer::sum);
            }
            proposal.posts().stream().filter(q -> q.replaces().contains(p.key()) && !base.contains(q.key()))
                    .forEach(q -> to.merge(q.divisionId(), 1, Integer::sum));
        }
        List<String> where = to.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> Words.division(model, e.getKey())).toList();
        String name = Words.capitalise(Words.division(model, d.id()));
        return where.isEmpty() ? name + " will be disestablished, with all its posts."
                : name + " will be disestablished and its services will transfer to " + Words.and(where) + ".";
    }

    /// The keys of the posts under the scenario's largest tree (its Executive Director's).
    private static java.util.Set<String> mainTree(Scenario s) {
        java.util.Set<String> best = java.util.Set.of();
        for (Post root : s.roots()) {
            java.util.Set<String> tree = new java.util.HashSet<>();
            java.util.ArrayDeque<Post> todo = new java.util.ArrayDeque<>(List.of(root));
            while (!todo.isEmpty()) {
                Post p = todo.pop();
                if (tree.add(p.key())) {
                    todo.addAll(s.reportsTo(p.key()));
                }
            }
            if (tree.size() > best.size()) {
                best = tree;
            }
        }
        return best;
    }

    private static boolean used(Scenario s, String divisionId) {
        return s.posts().stream().anyMatch(p -> p.divisionId().equals(divisionId));
    }

    /// Where a disestablished post's paragraph goes: its division, or the division that renames it.
    private String successor(String divisionId) {
        return model.divisions().stream().filter(d -> d.renames().equals(divisionId)).map(Division::id)
                .filter(id -> proposal.posts().stream().anyMatch(p -> p.divisionId().equals(id))).findFirst().orElse(divisionId);
    }
}
