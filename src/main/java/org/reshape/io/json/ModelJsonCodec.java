package org.reshape.io.json;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.reshape.domain.Model;
import org.reshape.domain.ModelValidator;
import org.reshape.domain.Problem;
import org.reshape.io.json.Dto.FileJson;

/// Text ↔ [Model]. On the way in, five steps, each with its own kind of message:
/// parse (syntax errors, with line and column), check the header (is it ours,
/// and a version we read), bind to the [Dto] records (types and unknown
/// properties, with the JSON path), map to the domain (required fields,
/// amounts, codes, with the JSON path) and validate the model.
///
/// The header is checked on the parsed tree before binding so that a file from
/// a newer Reshape gets "update Reshape" rather than a complaint about the
/// first property this version has never heard of.
final class ModelJsonCodec {
    static final String FORMAT = "reshape-model";
    static final int VERSION = 2;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // No default typing and no @JsonTypeInfo: a file must never choose which classes get made.
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Exact decimals all the way: an FTE of 0.1 must not pass through a double.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // A headcount of 1.5 is a mistake to report, not a 1 to guess.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // A name or key written as 12 or true is a mistake to report, not text to guess.
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.DateTime, c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
            .build();

    private static final ObjectReader FILE_READER = MAPPER.readerFor(FileJson.class);
    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private ModelJsonCodec() {
    }

    static String write(Model model) {
        try {
            return WRITER.writeValueAsString(FromDomain.file(model)) + "\n";
        } catch (JsonProcessingException e) {
            // Records of strings, numbers and lists always serialise; this would be a bug in Dto.
            throw new IllegalStateException("could not write model " + model.id() + " as JSON", e);
        }
    }

    static Model read(byte[] bytes, String source) throws ModelFileException {
        JsonNode root = parse(bytes, source);
        checkHeader(root, source);
        FileJson file = bind(root, source);
        Model model;
        try {
            model = ToDomain.model(file.model(), JsonPaths.ROOT + ".model");
        } catch (JsonProblem p) {
            throw ModelFileException.at(source, p.path(), p.detail(), p);
        }
        List<Problem> problems = ModelValidator.validate(model);
        if (!problems.isEmpty()) {
            throw ModelFileException.invalid(source, problems, null);
        }
        return model;
    }

    private static JsonNode parse(byte[] bytes, String source) throws ModelFileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (StreamReadException e) {
            var where = e.getLocation();
            int line = where == null ? 0 : where.getLineNr();
            int column = where == null ? 0 : where.getColumnNr();
            throw ModelFileException.syntax(source, line, column, JsonErrors.syntax(e), e);
        } catch (StreamConstraintsException e) {
            throw ModelFileException.whole(source, source + " is not a Reshape model file: " + JsonErrors.tooBig(e), e);
        } catch (java.io.IOException e) {
            throw ModelFileException.whole(source, source + " could not be read as JSON: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw ModelFileException.whole(source, source + " is empty; a Reshape model file is a JSON object", null);
        }
        return root;
    }

    private static void checkHeader(JsonNode root, String source) throws ModelFileException {
        String notOurs = source + " is not a Reshape model file: ";
        if (!root.isObject()) {
            throw ModelFileException.whole(source, notOurs + "expected a JSON object, found " + JsonPaths.describe(root), null);
        }
        JsonNode format = root.get("format");
        if (format == null) {
            throw ModelFileException.whole(source, notOurs + "it has no \"format\": \"" + FORMAT + "\"", null);
        }
        if (!format.isTextual() || !format.textValue().equals(FORMAT)) {
            throw ModelFileException.whole(source, notOurs + "its format is " + JsonPaths.describe(format)
                    + ", expected \"" + FORMAT + "\"", null);
        }
        JsonNode version = root.get("version");
        String at = JsonPaths.ROOT + ".version";
        if (version == null) {
            throw ModelFileException.at(source, at, "required field missing", null);
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            throw ModelFileException.at(source, at, "expected a whole number, found " + JsonPaths.describe(version), null);
        }
        int v = version.intValue();
        if (v > VERSION) {
            throw ModelFileException.whole(source, source + " is a Reshape model file of version " + v
                    + "; this Reshape reads version " + VERSION + ". Update Reshape to open it.", null);
        }
        if (v < 1) {
            throw ModelFileException.at(source, at, "there is no version " + v + " of the model format; this Reshape reads version "
                    + VERSION, null);
        }
        if (root.get("model") == null || root.get("model").isNull()) {
            throw ModelFileException.at(source, JsonPaths.ROOT + ".model", "required field missing", null);
        }
    }

    private static FileJson bind(JsonNode root, String source) throws ModelFileException {
        try {
            return FILE_READER.readValue(root);
        } catch (JsonMappingException e) {
            JsonProblem p = JsonErrors.binding(e, root);
            throw ModelFileException.at(source, p.path(), p.detail(), e);
        } catch (java.io.IOException e) {
            // Binding a tree reads no bytes, and Jackson wraps value errors with their path, so this is unexpected.
            throw ModelFileException.whole(source, source + " could not be read: " + e.getMessage(), e);
        }
    }

    /// Two-space indents, `"key": value`, one array element per line: a file that diffs well.
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter p = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        p.indentObjectsWith(indenter);
        p.indentArraysWith(indenter);
        return p;
    }
}
