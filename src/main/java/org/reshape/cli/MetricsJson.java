package org.reshape.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.reshape.domain.Model;
import org.reshape.metrics.DivisionLayers;
import org.reshape.metrics.Flag;
import org.reshape.metrics.MetricsSettings;
import org.reshape.metrics.ScenarioMetrics;
import org.reshape.metrics.Span;

/// Spans and layers per scenario as JSON; amounts are decimal strings in pounds.
final class MetricsJson {
    static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MetricsJson() {
    }

    static String write(Model model, List<ScenarioMetrics> all, java.time.LocalDate payOn) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("model", model.id());
        root.put("gradesOn", payOn.toString());
        if (!all.isEmpty()) {
            MetricsSettings s = all.getFirst().settings();
            ObjectNode t = root.putObject("thresholds");
            t.put("minSpan", s.minSpan());
            t.put("maxSpan", s.maxSpan());
            t.put("maxLayers", s.maxLayers());
            t.put("includeDotted", s.includeDotted());
        }
        ArrayNode scenarios = root.putArray("scenarios");
        for (ScenarioMetrics m : all) {
            ObjectNode n = scenarios.addObject();
            n.put("id", m.scenario().id());
            n.put("name", m.scenario().name());
            n.put("posts", m.scenario().size());
            n.put("roots", m.roots());
            n.put("assistants", m.assistants());
            n.put("managers", m.managers());
            n.put("staffPosts", m.staffPosts());
            n.put("managerFte", m.managerFte().toPlainString());
            n.put("staffFte", m.staffFte().toPlainString());
            n.put("staffPerManager", m.staffPerManager().toPlainString());
            n.put("averageSpan", m.averageSpan().toPlainString());
            n.put("managementCost", m.managementCost().toPlainString());
            n.put("totalCost", m.totalCost().toPlainString());
            n.put("managementSharePercent", m.managementSharePercent().toPlainString());
            n.put("uncostedPosts", m.uncosted());
            ArrayNode spans = n.putArray("spans");
            for (Span s : m.spans()) {
                ObjectNode x = spans.addObject();
                x.put("key", s.key());
                x.put("title", s.title());
                x.put("division", s.divisionId());
                x.put("layer", s.layer());
                x.put("reports", s.reports());
                x.put("fte", s.fte().toPlainString());
                x.put("headcount", s.headcount());
                ArrayNode flags = x.putArray("flags");
                m.flagsFor(s.key()).forEach(f -> flags.add(f.kind().name().toLowerCase(java.util.Locale.ROOT)));
            }
            ObjectNode histogram = n.putObject("spanHistogram");
            m.spanHistogram().forEach((span, count) -> histogram.put(String.valueOf(span), count));
            ObjectNode layers = n.putObject("layers");
            layers.put("count", m.layers());
            ArrayNode pyramid = layers.putArray("posts");
            m.postsPerLayer().forEach(pyramid::add);
            ArrayNode fte = layers.putArray("fte");
            m.ftePerLayer().forEach(f -> fte.add(f.toPlainString()));
            ArrayNode divisions = layers.putArray("divisions");
            for (DivisionLayers d : m.divisions()) {
                ObjectNode x = divisions.addObject();
                x.put("id", d.divisionId());
                x.put("name", d.name());
                x.put("layers", d.layers());
                ArrayNode per = x.putArray("posts");
                d.perLayer().forEach(per::add);
            }
            ArrayNode flags = n.putArray("flags");
            for (Flag f : m.flags()) {
                ObjectNode x = flags.addObject();
                x.put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT));
                x.put("key", f.key());
                x.put("message", f.message());
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
