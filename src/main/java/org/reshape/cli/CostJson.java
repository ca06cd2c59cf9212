package org.reshape.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.reshape.costing.BridgeLine;
import org.reshape.costing.Comparison;
import org.reshape.costing.CostLine;
import org.reshape.costing.CostRow;
import org.reshape.domain.Model;

/// The comparison as JSON; amounts are decimal strings in pounds ("11040.00").
final class CostJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CostJson() {
    }

    static String write(Model model, Comparison cmp) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", model.id());
        root.put("base", cmp.base().scenario().name());
        root.put("proposal", cmp.proposal().scenario().name());
        root.put("basis", cmp.settings().basis().name().toLowerCase(java.util.Locale.ROOT));
        root.put("year", cmp.settings().year().toString());
        root.put("onCosts", cmp.settings().onCosts());
        root.put("period", cmp.period());
        ObjectNode totals = root.putObject("totals");
        line(totals.putObject("base"), cmp.base().total());
        line(totals.putObject("proposal"), cmp.proposal().total());
        root.put("difference", cmp.difference().toPlainString());
        root.put("salaryDifference", cmp.salaryDifference().toPlainString());
        rows(root.putArray("byDivision"), cmp.byDivision());
        rows(root.putArray("byGrade"), cmp.byGrade());
        ArrayNode bridge = root.putArray("bridge");
        for (BridgeLine l : cmp.bridge()) {
            ObjectNode n = bridge.addObject();
            n.put("key", l.key());
            n.put("title", l.title());
            ArrayNode kinds = n.putArray("changes");
            l.kinds().forEach(k -> kinds.add(k.label()));
            n.put("explanation", l.explanation());
            n.put("salary", l.salary().toPlainString());
            n.put("onCosts", l.onCosts().toPlainString());
            n.put("total", l.total().toPlainString());
            n.put("assumed", l.assumed());
            n.put("source", l.source());
        }
        root.put("bridgeTotal", cmp.bridgeTotal().toPlainString());
        root.put("assumedPart", cmp.assumedPart().toPlainString());
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rows(ArrayNode array, List<CostRow> rows) {
        for (CostRow r : rows) {
            ObjectNode n = array.addObject();
            n.put("id", r.id());
            n.put("label", r.label());
            line(n.putObject("base"), r.base());
            line(n.putObject("proposal"), r.proposal());
            n.put("difference", r.totalDifference().toPlainString());
        }
    }

    private static void line(ObjectNode n, CostLine l) {
        n.put("posts", l.posts());
        n.put("fte", l.fte().toPlainString());
        n.put("headcount", l.headcount());
        n.put("salary", l.salary().toPlainString());
        n.put("ni", l.ni().toPlainString());
        n.put("pension", l.pension().toPlainString());
        n.put("levy", l.levy().toPlainString());
        n.put("total", l.total().toPlainString());
    }
}
