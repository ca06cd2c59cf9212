package org.reshape.io.json;

import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/// JSON paths as a user reads them (`$.model.scenarios[1].posts[3].fte`) and
/// JSON values as they appear in the file (`"abc"`, `12`, `an object`).
final class JsonPaths {
    static final String ROOT = "$";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int LONGEST_QUOTE = 60;

    private JsonPaths() {
    }

    /// `.name` for a plain name, `["13"]` for a map key that is not one.
    static String member(String name) {
        return IDENTIFIER.matcher(name).matches() ? "." + name : "[" + quote(name) + "]";
    }

    static String of(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder(ROOT);
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                b.append(member(r.getFieldName()));
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /// The node a Jackson path points at in the parsed tree, or null when it is not there.
    static JsonNode nodeAt(JsonNode root, List<JsonMappingException.Reference> refs) {
        JsonNode n = root;
        for (JsonMappingException.Reference r : refs) {
            if (n == null) {
                return null;
            }
            n = r.getFieldName() != null ? n.get(r.getFieldName()) : r.getIndex() >= 0 ? n.get(r.getIndex()) : n;
        }
        return n;
    }

    /// How a value looks in the file: `"abc"`, `12.5`, `true`, `null`, `an object`, `an array`.
    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isTextual()) {
            return quote(n.textValue());
        }
        return n.toString();
    }

    /// A JSON string literal, shortened if long: an error message quotes, it does not reproduce.
    static String quote(String text) {
        String t = text.length() > LONGEST_QUOTE ? text.substring(0, LONGEST_QUOTE) + "…" : text;
        return new TextNode(t).toString();
    }
}
