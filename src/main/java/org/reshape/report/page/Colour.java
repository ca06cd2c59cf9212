package org.reshape.report.page;

/// An opaque RGB colour, 0–255 per channel. Pages are printed on white, so
/// tints are mixed with white here rather than drawn with transparency.
public record Colour(int r, int g, int b) {

    public static final Colour WHITE = new Colour(255, 255, 255);
    public static final Colour BLACK = new Colour(0, 0, 0);
    public static final Colour GREY = new Colour(0x9E, 0x9E, 0x9E);

    public Colour {
        if ((r | g | b) < 0 || r > 255 || g > 255 || b > 255) {
            throw new IllegalArgumentException("colour channel out of range: " + r + ", " + g + ", " + b);
        }
    }

    /// Parses `#RRGGBB`; anything else is grey, as the window does, so that a
    /// bad colour in a model file never stops a report.
    public static Colour web(String hex) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            return GREY;
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new Colour(v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF);
    }

    /// This colour moved towards `other` by `t` (0 = this, 1 = other).
    public Colour mix(Colour other, double t) {
        return new Colour(channel(r, other.r, t), channel(g, other.g, t), channel(b, other.b, t));
    }

    /// The colour mixed with white, as the window tints card backgrounds.
    public Colour tint(double t) {
        return mix(WHITE, t);
    }

    public float red() {
        return r / 255f;
    }

    public float green() {
        return g / 255f;
    }

    public float blue() {
        return b / 255f;
    }

    private static int channel(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
