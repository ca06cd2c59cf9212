package org.reshape.report.page;

/// The contrast between two colours as WCAG 2 defines it (relative luminance of
/// sRGB colours, (L1 + 0.05) / (L2 + 0.05)), and a text colour that reaches a
/// contrast on a background: text on division colours is read at 4.5:1 or more.
public final class Contrast {
    /// WCAG 2 level AA for normal text.
    public static final double AA = 4.5;

    private Contrast() {
    }

    /// From 1 (the same colour) to 21 (black on white).
    public static double ratio(Colour a, Colour b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /// The relative luminance, 0 (black) to 1 (white).
    public static double luminance(Colour c) {
        return 0.2126 * linear(c.r()) + 0.7152 * linear(c.g()) + 0.0722 * linear(c.b());
    }

    /// `text`, darkened step by step towards black until it reads at [#AA] or more on `background`.
    public static Colour readable(Colour text, Colour background) {
        Colour c = text;
        for (int k = 0; k < 40 && ratio(c, background) < AA; k++) {
            c = c.mix(Colour.BLACK, 0.08);
        }
        return c;
    }

    /// The colour of a division's name on a background of that division's pale tint: the division's colour
    /// darkened, and darker still where needed, so it reads at [#AA] or more.
    public static Colour label(Colour division, Colour background) {
        return readable(division.mix(Colour.BLACK, 0.45), background);
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
