package org.reshape.io.json;

/// One thing wrong with a file's content, found while turning its records into
/// domain objects: where (a JSON path such as `$.model.scenarios[1].posts[3].fte`)
/// and what. Internal: [ModelJsonCodec] turns it into a [ModelFileException]
/// that also names the file.
final class JsonProblem extends RuntimeException {
    private final String path;
    private final String detail;

    JsonProblem(String path, String detail) {
        super(path + ": " + detail, null, false, false);
        this.path = path;
        this.detail = detail;
    }

    String path() {
        return path;
    }

    String detail() {
        return detail;
    }
}
