package org.reshape.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.reshape.domain.Model;
import org.reshape.io.json.ModelFiles;

/// The sample models shipped inside Reshape, as model files under
/// `org/reshape/samples/`. A first start opens [#DEFAULT], so the app shows a
/// real restructure before the user has typed anything.
public final class Samples {
    /// Bury Council's Children and Young People's Directorate, current and proposed (Cabinet, 10 January 2024).
    public static final String DEFAULT = "bury-cyp-2024";

    // Listed rather than discovered: a class path cannot be listed reliably from inside a jar.
    private static final List<String> NAMES = List.of(DEFAULT);

    private Samples() {
    }

    public static List<String> names() {
        return NAMES;
    }

    /// @throws IllegalArgumentException if there is no sample of that name
    public static Model load(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("there is no sample model called '" + name + "'; the samples are: "
                    + String.join(", ", NAMES));
        }
        String resource = "/org/reshape/samples/" + name + ModelFiles.EXTENSION;
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the sample " + name + " is missing from this build (" + resource + ")");
            }
            return ModelFiles.read(in, name + ModelFiles.EXTENSION);
        } catch (IOException e) {
            // A shipped sample that does not load is a build defect, not a user error.
            throw new IllegalStateException("the sample " + name + " could not be loaded: " + e.getMessage(), e);
        }
    }
}
