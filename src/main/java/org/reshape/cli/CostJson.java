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
import org.reshape.costing.PartEffect;
import org.reshape.domain.Model;

/// The comparison as JSON, the contract of DESIGN.md "Costing": amounts are
/// decimal strings in pounds ("11040.00"); `difference` = `recurrent.difference`
/// + `temporary.difference` + `oneOff.difference`, and each part's `bridge`
/// lines add up to its `difference`. The top-level `bridge` has every changed
/// post once, across the parts.
final class CostJson {
    /// Raised when a field changes meaning or goes; adding a field does not raise it.
    static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CostJson() {
    }

    static String write(Model model, Comparison cmp) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
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
        for (PartEffect part : cmp.parts()) {
            ObjectNode n = root.putObject(part.part().jsonName());
            n.put("difference", part.difference().toPlainString());
            n.put("assumedPart", part.assumedPart().toPlainString());
            bridge(n.putArray("bridge"), part.bridge());
        }
        ArrayNode warnings = root.putArray("warnings");
        cmp.warnings().forEach(warnings::add);
        rows(root.putArray("byDivision"), cmp.byDivision());
        rows(root.putArray("byGrade"), cmp.byGrade());
        bridge(root.putArray("bridge"), cmp.bridge());
        root.put("bridgeTotal", cmp.bridgeTotal().toPlainString());
        root.put("assumedPart", cmp.assumedPart().toPlainString());
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bridge(ArrayNode bridge, List<BridgeLine> lines) {
        for (BridgeLine l : lines) {
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
        n.put("fteYears", l.fteYears().toPlainString());
        n.put("headcount", l.headcount());
        n.put("salary", l.salary().toPlainString());
        n.put("ni", l.ni().toPlainString());
        n.put("pension", l.pension().toPlainString());
        n.put("levy", l.levy().toPlainString());
        n.put("total", l.total().toPlainString());
    }
}
