package org.reshape.io.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/// Jackson's exceptions, said the way a person editing the file needs them:
/// the path or the line and column, what was expected and what was found,
/// and never a Java class name.
final class JsonErrors {
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\):?\\s*(.*)", Pattern.DOTALL);
    private static final Pattern CLOSE_MARKER = Pattern.compile("Unexpected close marker '(.)': expected '(.)'.*", Pattern.DOTALL);
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object property|field) \"?'?(.+?)\"?'?$", Pattern.DOTALL);
    private static final Pattern SOURCE_REF = Pattern.compile("\\s*\\(?(?:for \\w+ starting )?at \\[Source:.*?]\\)?", Pattern.DOTALL);

    /// Jackson's default limit on nesting.
    private static final int MAX_DEPTH = com.fasterxml.jackson.core.StreamReadConstraints.DEFAULT_MAX_DEPTH;

    private JsonErrors() {
    }

    /// A type or property error found while binding the parsed tree to [Dto] records.
    static JsonProblem binding(JsonMappingException e, JsonNode root) {
        String path = JsonPaths.of(e.getPath());
        if (e instanceof UnrecognizedPropertyException u) {
            return new JsonProblem(path, "unknown property " + JsonPaths.quote(u.getPropertyName())
                    + "; expected one of " + known(u.getKnownPropertyIds()));
        }
        if (e.getCause() instanceof InputCoercionException c && c.getTargetType() != null) {
            return new JsonProblem(path, "expected " + expected(c.getTargetType()) + ", found "
                    + JsonPaths.describe(JsonPaths.nodeAt(root, e.getPath())) + ", which is too large");
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return new JsonProblem(path, "expected " + expected(m.getTargetType()) + ", found "
                    + JsonPaths.describe(JsonPaths.nodeAt(root, e.getPath())));
        }
        return new JsonProblem(path, plain(e.getOriginalMessage()));
    }

    /// "unexpected character '}': was expecting double-quote to start field name".
    static String syntax(StreamReadException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher x;
        if ((x = UNEXPECTED_CHAR.matcher(m)).matches()) {
            String rest = plain(x.group(2));
            return "unexpected character '" + x.group(1) + "'" + (rest.isEmpty() ? "" : ": " + rest);
        }
        if ((x = CLOSE_MARKER.matcher(m)).matches()) {
            return "unexpected character '" + x.group(1) + "': expected '" + x.group(2) + "'";
        }
        if ((x = UNRECOGNIZED.matcher(m)).matches()) {
            return "unexpected word '" + x.group(1) + "': expected a string in double quotes, a number, an object, an array, true, false or null";
        }
        if ((x = DUPLICATE.matcher(m.strip())).matches()) {
            return "the property \"" + x.group(1) + "\" appears twice in one object";
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return "the file ends before every object and array in it is closed";
        }
        return plain(m);
    }

    /// One of Jackson's limits on what it reads (nesting depth, length of a number, a name or a text), said plainly.
    static String tooBig(com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (m.contains("nesting depth")) {
            return "its objects and arrays are nested more than " + MAX_DEPTH + " deep (a model file goes about 6 deep)";
        }
        if (m.contains("Number value length")) {
            return "it has a number with more digits than any amount, FTE or count could need";
        }
        return "it has a text or a name longer than a model file could need";
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "text in double quotes";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date such as \"2024-04-01\"";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a different value";
    }

    private static String known(Collection<Object> ids) {
        return ids == null ? "none" : String.join(", ", ids.stream().map(String::valueOf).sorted().toList());
    }

    /// Jackson's own words without its source references, starting in lower case as our messages do.
    private static String plain(String message) {
        String m = SOURCE_REF.matcher(message == null ? "" : message).replaceAll("").strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl).strip();
        return m.isEmpty() ? m : Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }
}
