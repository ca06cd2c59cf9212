package org.reshape.change;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.reshape.domain.Division;
import org.reshape.domain.Model;
import org.reshape.domain.PayTable;
import org.reshape.domain.Person;
import org.reshape.domain.Workforce;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;

/// Classifies the change of every post key between two scenarios, as DESIGN.md
/// defines it. A pure function: the same scenarios always give the same list.
public final class ChangeClassifier {
    private ChangeClassifier() {
    }

    /// @param pay the pay in force, used to tell a regrade up from down by the grades' maximum
    public static ChangeList classify(Scenario base, Scenario proposal, PayTable pay) {
        return classify(null, base, proposal, pay);
    }

    /// As [#classify(Scenario, Scenario, PayTable)], and a post that goes from a
    /// division to the model's renamed successor of it has not moved division.
    public static ChangeList classify(Model model, Scenario base, Scenario proposal, PayTable pay) {
        List<PostChange> changes = new ArrayList<>();
        int unchanged = 0;
        for (Post before : base.posts()) {
            Post after = proposal.post(before.key());
            if (after == before) {
                unchanged++; // the same object: a proposal shares its base's untouched posts
                continue;
            }
            PostChange c = change(model, before, after, pay);
            if (c.isUnchanged()) {
                unchanged++;
            } else {
                changes.add(c);
            }
        }
        for (Post after : proposal.posts()) {
            if (!base.contains(after.key())) {
                changes.add(change(model, null, after, pay));
            }
        }
        return changeList(model, changes, unchanged, mappedFrom(proposal), proposal);
    }

    /// What happened to one post key: `before` is null for a new post, `after` for a disestablished one.
    public static PostChange change(Model model, Post before, Post after, PayTable pay) {
        if (before == null) {
            return new PostChange(after.key(), null, after, EnumSet.of(ChangeKind.NEW), null);
        }
        return after == null ? new PostChange(before.key(), before, null, EnumSet.of(ChangeKind.DISESTABLISHED), null)
                : compare(model, before, after, pay);
    }

    /// The change list of classified changes (in their order), finding the affected posts and people.
    ///
    /// @param mapped the keys of base posts whose holders a post of the proposal maps in
    public static ChangeList changeList(Model model, List<PostChange> changes, int unchanged, Set<String> mapped, Scenario proposal) {
        List<AffectedPerson> people = new ArrayList<>();
        List<AffectedPost> affected = affected(model, changes, mapped, proposal, people);
        return new ChangeList(changes, unchanged, affected, people);
    }

    static Set<String> mappedFrom(Scenario proposal) {
        Set<String> mapped = new HashSet<>();
        for (Post p : proposal.posts()) {
            mapped.addAll(p.mappedFrom());
        }
        return mapped;
    }

    static PostChange compare(Model model, Post before, Post after, PayTable pay) {
        if (before == after) {
            return new PostChange(before.key(), before, after, Set.of(), null);
        }
        EnumSet<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
        Direction direction = null;
        if (!before.title().equals(after.title())) {
            kinds.add(ChangeKind.RETITLED);
        }
        if (!before.gradeId().equals(after.gradeId())) {
            kinds.add(ChangeKind.REGRADED);
            direction = direction(before.gradeId(), after.gradeId(), pay);
        }
        if (!before.divisionId().equals(after.divisionId())
                && (model == null || !Division.sameLineage(model, before.divisionId(), after.divisionId()))) {
            kinds.add(ChangeKind.MOVED_DIVISION);
        }
        if (!before.managerKey().equals(after.managerKey())) {
            kinds.add(ChangeKind.LINE_MANAGER_CHANGED);
        }
        if (before.fte().compareTo(after.fte()) != 0 || before.headcount() != after.headcount()) {
            kinds.add(ChangeKind.FTE_CHANGED);
        }
        if (before.occupancy() != after.occupancy() || !before.holder().equals(after.holder())
                || !Objects.equals(before.fixedTermEnd(), after.fixedTermEnd())) {
            kinds.add(ChangeKind.OCCUPANCY_CHANGED);
        }
        if (!before.responsibilities().strip().equals(after.responsibilities().strip())) {
            kinds.add(ChangeKind.RESPONSIBILITIES_CHANGED);
        }
        return new PostChange(before.key(), before, after, kinds, direction);
    }

    static Direction direction(String fromGrade, String toGrade, PayTable pay) {
        var from = pay.range(fromGrade).map(PayTable.Range::max);
        var to = pay.range(toGrade).map(PayTable.Range::max);
        if (from.isEmpty() || to.isEmpty()) {
            return Direction.SIDEWAYS;
        }
        int c = to.get().compareTo(from.get());
        return c > 0 ? Direction.UP : c < 0 ? Direction.DOWN : Direction.SIDEWAYS;
    }

    /// Holders are affected by the kinds that change their job; vacancies and
    /// agency interims have no employee to consult. A disestablished post's holder
    /// is at risk unless a post in the proposal maps them in (its `mappedFrom`).
    ///
    /// Where the model names the people who hold a post, they are who is
    /// counted: each employee once (a job share is two people, agency workers
    /// are none), and each is at risk unless a confirmed match places them.
    /// Without people, a post counts its headcount, as before.
    static List<AffectedPost> affected(Model model, List<PostChange> changes, Set<String> mapped, Scenario proposal,
                                       List<AffectedPerson> people) {
        Workforce w = model == null ? Workforce.EMPTY : model.workforce();
        List<AffectedPost> out = new ArrayList<>();
        for (PostChange c : changes) {
            if (c.before() == null) {
                continue;
            }
            EnumSet<ChangeKind> reasons = EnumSet.noneOf(ChangeKind.class);
            c.kinds().stream().filter(ChangeKind::affectsHolder).forEach(reasons::add);
            if (reasons.isEmpty()) {
                continue;
            }
            boolean disestablished = c.is(ChangeKind.DISESTABLISHED);
            if (w.isHeld(c.key())) {
                List<Person> holders = w.holdingsOf(c.key()).stream().map(h -> w.person(h.personId()).orElse(null))
                        .filter(p -> p != null && p.isEmployee()).toList();
                boolean anyAtRisk = false;
                for (Person p : holders) {
                    boolean atRisk = disestablished && !mapped.contains(c.key()) && w.matchOf(proposal.id(), p.id()).isEmpty();
                    anyAtRisk |= atRisk;
                    people.add(new AffectedPerson(p, c.key(), reasons, atRisk));
                }
                if (!holders.isEmpty()) {
                    out.add(new AffectedPost(c.before(), holders.size(), reasons, anyAtRisk));
                }
            } else if (c.before().occupancy().hasEmployee()) {
                boolean atRisk = disestablished && !mapped.contains(c.key());
                out.add(new AffectedPost(c.before(), Math.max(1, c.before().headcount()), reasons, atRisk));
            }
        }
        return out;
    }
}
