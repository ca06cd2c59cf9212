package org.reshape.report.page;

/// The typefaces a page uses: Liberation Sans (metric-compatible with Arial,
/// which councils use), shipped in the jar under `org/reshape/report/fonts/`
/// with its licence, so a report never depends on the fonts of the machine. A
/// printer drawing pages with another toolkit loads the same files, so text
/// measured here fits there too.
public enum Face {
    REGULAR("LiberationSans-Regular.ttf"),
    BOLD("LiberationSans-Bold.ttf"),
    ITALIC("LiberationSans-Italic.ttf");

    /// Where the font files are, as a class-path resource folder.
    public static final String FOLDER = "/org/reshape/report/fonts/";

    private final String file;

    Face(String file) {
        this.file = file;
    }

    /// The class-path resource of the TrueType file.
    public String resource() {
        return FOLDER + file;
    }

    /// Widths measured with this face's own advance widths.
    public FontMetrics metrics() {
        return FontMetrics.of(this);
    }

    /// The width of `text` at `size`.
    public double width(String text, double size) {
        return metrics().width(text) * size;
    }
}
