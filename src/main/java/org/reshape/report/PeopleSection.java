package org.reshape.report;

import java.util.List;
import org.reshape.change.AffectedPost;
import org.reshape.change.ChangeKind;
import org.reshape.change.ChangeList;
import org.reshape.domain.Model;

/// Who the proposals affect: how many individuals, and the posts at risk.
/// Posts are named (the Cabinet report names them); holders only in the full version.
final class PeopleSection {
    /// What the count of individuals counts, so a reader can compare it with the report's own figure.
    static final String COUNTS = "This counts the employees who hold those posts in the current structure, a team by its headcount; "
            + "vacant posts and posts covered by agency interims are not counted, as no employee of the council holds them.";
    private PeopleSection() {
    }

    static void write(Prose f, Model model, ChangeList changes, boolean names) {
        f.heading("Individuals affected", 1);
        int people = changes.individualsAffected();
        int posts = changes.affected().size();
        int atRisk = changes.individualsAtRisk();
        f.paragraph("", count(people, "individual") + " in " + count(posts, "post") + (people == 1 ? " is" : " are")
                + " affected by the proposals: their posts are disestablished, regraded or redesignated, move division, or change line "
                + "manager or responsibilities. " + COUNTS + " " + (atRisk == 0 ? "No individual is at risk."
                : count(atRisk, "individual") + (atRisk == 1 ? " is" : " are") + " at risk: their posts are disestablished and they are "
                + "not mapped to a post in the proposed structure.")
                + (changes.people().isEmpty() ? "" : " Individuals are counted once each: a job share is two people, and agency "
                + "or interim workers, who are not the council's employees, are not counted."));
        boolean holders = names && (!changes.people().isEmpty()
                || changes.affected().stream().anyMatch(a -> !a.before().holder().isBlank()));
        List<AffectedPost> risk = changes.atRisk();
        if (!risk.isEmpty()) {
            f.heading("Posts at risk", 2);
            f.table(table(model, changes, risk, holders, false));
        }
        if (!changes.affected().isEmpty()) {
            f.heading("Posts whose holders are affected", 2);
            f.table(table(model, changes, changes.affected(), holders, true));
        }
    }

    private static Table table(Model model, ChangeList changes, List<AffectedPost> posts, boolean holders, boolean reasons) {
        Table t = new Table().left("Post", 3).left("Division", 2).left(reasons ? "Why" : "Grade", 2.4).right("People", 0.8);
        if (holders) {
            t.left("Holder", 1.6);
        }
        for (AffectedPost a : posts) {
            String third = reasons ? why(a) : model.gradeName(a.before().gradeId());
            if (holders) {
                t.row(a.before().title(), model.divisionName(a.before().divisionId()), third, a.people(), holderNames(changes, a, reasons));
            } else {
                t.row(a.before().title(), model.divisionName(a.before().divisionId()), third, a.people());
            }
        }
        return t;
    }

    /// The named holders of the post (those at risk only, in the at-risk table), or the post's holder text.
    private static String holderNames(ChangeList changes, AffectedPost a, boolean all) {
        List<String> names = changes.people().stream().filter(p -> p.postKey().equals(a.key()) && (all || p.atRisk()))
                .map(p -> p.person().name()).toList();
        return names.isEmpty() ? a.before().holder() : String.join(", ", names);
    }

    private static String why(AffectedPost a) {
        String s = String.join(", ", a.reasons().stream().map(ChangeKind::label).toList());
        return a.atRisk() ? s + " (at risk)" : s;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
