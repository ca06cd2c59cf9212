package org.reshape.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.reshape.change.AffectedPost;
import org.reshape.change.ChangeClassifier;
import org.reshape.change.ChangeList;
import org.reshape.change.PostChange;
import org.reshape.csv.CsvWriter;
import org.reshape.domain.Model;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `reshape changes`: the classified change list, and who is affected or at risk.
@Command(name = "changes", mixinStandardHelpOptions = true,
        description = "List how each post changes between a proposal and its base, and the affected and at-risk posts.")
final class ChangesCommand implements Callable<Integer> {

    @Mixin
    Selection selection;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Selection.Chosen c = selection.choose();
        ChangeList list = ChangeClassifier.classify(c.model(), c.base(), c.proposal(), new PayTable(c.model(), c.settings().year().start()));
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> table(c, list, out);
            case csv -> csv(c.model(), list, out);
            case json -> out.println(json(c, list));
            default -> throw new CliException("changes prints table, csv or json, not " + format);
        }
        out.flush();
        return 0;
    }

    static String detail(Model m, PostChange ch) {
        Post b = ch.before();
        Post a = ch.after();
        if (b == null) {
            return model(m, a) + (a.replaces().isEmpty() ? "" : "; replaces " + String.join(", ", a.replaces()));
        }
        if (a == null) {
            return model(m, b);
        }
        StringBuilder s = new StringBuilder();
        if (!b.title().equals(a.title())) {
            s.append("was ").append(b.title()).append("; ");
        }
        if (!b.gradeId().equals(a.gradeId())) {
            s.append(m.gradeName(b.gradeId())).append(" → ").append(m.gradeName(a.gradeId())).append("; ");
        }
        if (!org.reshape.domain.Division.sameLineage(m, b.divisionId(), a.divisionId())) {
            s.append(m.divisionName(b.divisionId())).append(" → ").append(m.divisionName(a.divisionId())).append("; ");
        }
        if (!b.managerKey().equals(a.managerKey())) {
            s.append("reports to ").append(a.managerKey().isEmpty() ? "nobody" : a.managerKey()).append(" (was ")
                    .append(b.managerKey().isEmpty() ? "nobody" : b.managerKey()).append("); ");
        }
        return s.isEmpty() ? "" : s.substring(0, s.length() - 2);
    }

    private static String model(Model m, Post p) {
        return m.gradeName(p.gradeId()) + ", " + m.divisionName(p.divisionId());
    }

    static void table(Selection.Chosen c, ChangeList list, PrintWriter out) {
        out.println(c.model().name() + ": " + c.base().name() + " → " + c.proposal().name());
        out.println(list.changes().size() + " posts change, " + list.unchanged() + " are unchanged.");
        out.println();
        Table t = new Table("Post", "Title", "Change", "Detail");
        list.changes().forEach(ch -> t.row(ch.key(), ch.title(), ch.describeKinds(), detail(c.model(), ch)));
        t.print(out);
        out.println();
        out.println("Affected: " + list.individualsAffected() + " individuals in " + list.affected().size() + " posts");
        Table a = new Table("Post", "Title", "People", "Why", "At risk").rightAlign(2);
        for (AffectedPost ap : list.affected()) {
            a.row(ap.key(), ap.before().title(), ap.people(), String.join(", ", ap.reasons().stream().map(k -> k.label()).toList()),
                    ap.atRisk() ? "at risk" : "");
        }
        a.print(out);
        out.println();
        out.println("At risk: " + list.individualsAtRisk() + " individuals in " + list.atRisk().size() + " posts"
                + (list.atRisk().isEmpty() ? "" : ": " + String.join(", ", list.atRisk().stream().map(ap -> ap.before().title()).toList())));
    }

    static void csv(Model m, ChangeList list, PrintWriter out) {
        CsvWriter csv = new CsvWriter(out).row("key", "title", "changes", "detail", "affected_people", "at_risk");
        for (PostChange ch : list.changes()) {
            AffectedPost ap = list.affected().stream().filter(x -> x.key().equals(ch.key())).findFirst().orElse(null);
            csv.row(ch.key(), ch.title(), ch.describeKinds(), detail(m, ch), String.valueOf(ap == null ? 0 : ap.people()),
                    String.valueOf(ap != null && ap.atRisk()));
        }
        out.flush();
    }

    static String json(Selection.Chosen c, ChangeList list) throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("model", c.model().id());
        root.put("base", c.base().name());
        root.put("proposal", c.proposal().name());
        root.put("unchanged", list.unchanged());
        ArrayNode changes = root.putArray("changes");
        for (PostChange ch : list.changes()) {
            ObjectNode n = changes.addObject();
            n.put("key", ch.key());
            n.put("title", ch.title());
            ArrayNode kinds = n.putArray("kinds");
            ch.kinds().forEach(k -> kinds.add(k.name().toLowerCase(java.util.Locale.ROOT)));
            if (ch.direction() != null) {
                n.put("direction", ch.direction().label());
            }
            n.put("detail", detail(c.model(), ch));
        }
        root.put("individualsAffected", list.individualsAffected());
        root.put("individualsAtRisk", list.individualsAtRisk());
        ArrayNode affected = root.putArray("affected");
        for (AffectedPost ap : list.affected()) {
            ObjectNode n = affected.addObject();
            n.put("key", ap.key());
            n.put("title", ap.before().title());
            n.put("people", ap.people());
            n.put("atRisk", ap.atRisk());
        }
        return json.writeValueAsString(root);
    }
}
