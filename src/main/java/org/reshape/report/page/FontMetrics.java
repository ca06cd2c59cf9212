package org.reshape.report.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/// Advance widths of one [Face], read once from its TrueType file, in ems
/// (multiply by the font size). Kerning is ignored, as the PDF writer ignores
/// it, so measured and drawn widths agree exactly. Immutable once built, so it
/// is shared by every report on every thread.
public final class FontMetrics {
    private static final Map<Face, FontMetrics> ALL = new EnumMap<>(Face.class);
    private static final Map<Face, byte[]> BYTES = new EnumMap<>(Face.class);

    /// Basic Multilingual Plane only: a council's post titles need nothing beyond it.
    private final float[] widths = new float[0x10000];
    private final boolean[] present = new boolean[0x10000];
    private final double ascent;
    private final double descent;

    private FontMetrics(byte[] ttfBytes) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(ttfBytes))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            float em = ttf.getUnitsPerEm();
            for (int c = 0; c < 0x10000; c++) {
                int gid = cmap.getGlyphId(c);
                if (gid > 0) {
                    present[c] = true;
                    widths[c] = ttf.getAdvanceWidth(gid) / em;
                }
            }
            ascent = ttf.getHorizontalHeader().getAscender() / em;
            descent = -ttf.getHorizontalHeader().getDescender() / em;
        }
    }

    /// The metrics of a face, loaded on first use.
    public static synchronized FontMetrics of(Face face) {
        FontMetrics m = ALL.get(face);
        if (m == null) {
            try {
                m = new FontMetrics(bytes(face));
            } catch (IOException e) {
                throw new UncheckedIOException("the report font " + face.resource() + " could not be read", e);
            }
            ALL.put(face, m);
        }
        return m;
    }

    /// The TrueType file of a face, read from the jar once.
    public static synchronized byte[] bytes(Face face) {
        return BYTES.computeIfAbsent(face, f -> {
            try (InputStream in = FontMetrics.class.getResourceAsStream(f.resource())) {
                if (in == null) {
                    // a build defect, not a user error: the fonts ship in the jar
                    throw new IllegalStateException("the report font " + f.resource() + " is missing from this build");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /// Width of `text` in ems; a character the font lacks counts as the "?" that replaces it.
    public double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            w += present[c] ? widths[c] : widths['?'];
        }
        return w;
    }

    /// Whether the face has a glyph for `c`.
    public boolean has(char c) {
        return present[c];
    }

    /// `text` with every character the face lacks replaced by "?", so drawing never fails.
    public String printable(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!present[c]) {
                if (b == null) {
                    b = new StringBuilder(text);
                }
                b.setCharAt(i, '?');
            }
        }
        return b == null ? text : b.toString();
    }

    /// Height above the baseline, in ems.
    public double ascent() {
        return ascent;
    }

    /// Depth below the baseline, in ems (positive).
    public double descent() {
        return descent;
    }
}
