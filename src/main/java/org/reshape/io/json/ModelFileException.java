package org.reshape.io.json;

import java.io.IOException;
import java.util.List;

import org.reshape.domain.Problem;

/// A model file that cannot be opened, with a message a user can act on: it
/// names the file and either the JSON path (`at $.model.scenarios[1].posts[3].fte:
/// expected a number, found "abc"`), or the line and column of a syntax error,
/// or the model's own [Problem]s.
///
/// An [IOException], so a caller that handles "could not read the file" handles
/// this too; the message is meant to be shown as it is.
public final class ModelFileException extends IOException {
    private final String sourceName;
    private final String jsonPath;
    private final int line;
    private final int column;
    private final transient List<Problem> problems;

    private ModelFileException(String message, String sourceName, String jsonPath, int line, int column,
                               List<Problem> problems, Throwable cause) {
        super(message, cause);
        this.sourceName = sourceName;
        this.jsonPath = jsonPath;
        this.line = line;
        this.column = column;
        this.problems = List.copyOf(problems);
    }

    /// "bury.reshape.json: at $.model.name: required field missing"
    static ModelFileException at(String source, String jsonPath, String detail, Throwable cause) {
        return new ModelFileException(source + ": at " + jsonPath + ": " + detail, source, jsonPath, 0, 0, List.of(), cause);
    }

    /// "bury.reshape.json: line 12, column 5: unexpected character '}'"
    static ModelFileException syntax(String source, int line, int column, String detail, Throwable cause) {
        return new ModelFileException(source + ": line " + line + ", column " + column + ": " + detail, source, "",
                line, column, List.of(), cause);
    }

    /// A message about the file as a whole, which names the file itself.
    static ModelFileException whole(String source, String message, Throwable cause) {
        return new ModelFileException(message, source, "", 0, 0, List.of(), cause);
    }

    /// The file is well-formed but the model in it breaks the model's rules.
    static ModelFileException invalid(String source, List<Problem> problems, Throwable cause) {
        String message = problems.size() == 1
                ? source + ": " + problems.getFirst()
                : source + ": " + problems.size() + " problems in the model:\n- "
                  + String.join("\n- ", problems.stream().map(Problem::toString).toList());
        return new ModelFileException(message, source, "", 0, 0, problems, cause);
    }

    /// The file's name, or what the caller called the stream.
    public String sourceName() {
        return sourceName;
    }

    /// Where in the JSON the problem is (`$.model.scenarios[1].posts[3].fte`), or empty.
    public String jsonPath() {
        return jsonPath;
    }

    /// The 1-based line of a syntax error, or 0.
    public int line() {
        return line;
    }

    /// The 1-based column of a syntax error, or 0.
    public int column() {
        return column;
    }

    /// The model's problems when the file is well-formed but the model is not valid; otherwise empty.
    public List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }
}
