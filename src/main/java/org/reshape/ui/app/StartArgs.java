package org.reshape.ui.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/// What the desktop app was started with: `reshape [--db FILE] [MODEL-FILE]`.
///
/// The model file is what a double-click on a `.reshape` or `.reshape.json` file
/// passes (the installers associate the extension with Reshape). A desktop may
/// pass it as a `file:` URI rather than a path, so both are accepted.
///
/// @param db        the `--db` option, or null
/// @param modelFile the first argument that is not an option, or null
record StartArgs(String db, Path modelFile) {

    /// @throws IllegalArgumentException for `--db` without a value
    static StartArgs parse(List<String> args) {
        String db = null;
        Path file = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--db")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--db needs a file path");
                }
                db = args.get(++i);
            } else if (a.startsWith("--db=")) {
                db = a.substring(5);
            } else if (a.startsWith("-")) {
                // Launchers and desktops add options of their own (macOS once added -psn_…): not a file.
                continue;
            } else if (file == null && !a.isBlank()) {
                file = toPath(a);
            }
        }
        return new StartArgs(db, file);
    }

    private static Path toPath(String arg) {
        if (arg.startsWith("file:")) {
            try {
                return Path.of(URI.create(arg));
            } catch (IllegalArgumentException e) {
                // not a well-formed URI after all: a file whose name starts with "file:"
            }
        }
        return Path.of(arg);
    }
}
