package org.reshape.report;

import java.util.ArrayList;
import java.util.List;
import org.reshape.report.page.Colour;
import org.reshape.report.page.Drawing;
import org.reshape.report.page.Face;
import org.reshape.report.page.Page;

/// The frame of every page: margins, the running header (from page 2) and the
/// footer with the classification, the version and "Page x of y".
final class Chrome {
    static final double MARGIN = 28;
    static final double CHART_SIDE = 24;
    static final double TEXT_SIDE = 56;
    static final double HEADER_BOTTOM = MARGIN + 14;
    static final double FOOTER_TOP = 36;
    static final double SMALL = 8;
    static final Colour MUTED = Colour.web("#546E7A");
    static final Colour RULE = Colour.web("#B0BEC5");

    private final String headerLeft;
    private final String headerRight;
    private final String footerLeft;
    private final Paper paper;

    Chrome(String headerLeft, String headerRight, String footerLeft, Paper paper) {
        this.headerLeft = headerLeft;
        this.headerRight = headerRight;
        this.footerLeft = footerLeft;
        this.paper = paper;
    }

    static double width(boolean landscape) {
        return landscape ? Paper.A4_LONG : Paper.A4_SHORT;
    }

    static double height(boolean landscape) {
        return landscape ? Paper.A4_SHORT : Paper.A4_LONG;
    }

    static double side(boolean landscape) {
        return landscape ? CHART_SIDE : TEXT_SIDE;
    }

    /// The words the frame prints, for the glossary's scan.
    String words() {
        return headerLeft + " " + headerRight + " " + footerLeft;
    }

    /// A finished page: `body` inside the frame of page `number` of `total`.
    Page page(boolean landscape, List<Drawing> body, int number, int total, boolean header) {
        double w = width(landscape);
        double h = height(landscape);
        double side = side(landscape);
        List<Drawing> all = new ArrayList<>(body);
        // running header and footer: artifacts, which a screen reader does not read on every page
        if (header) {
            List<Drawing> head = new ArrayList<>();
            head.add(new Drawing.Text(side, MARGIN + 7, headerLeft, Face.REGULAR, SMALL, MUTED));
            right(head, w - side, MARGIN + 7, headerRight, Face.REGULAR);
            head.add(Drawing.Line.of(side, MARGIN + 11, w - side, MARGIN + 11, RULE, 0.5));
            all.add(new Drawing.Artifact(Drawing.Artifact.Kind.HEADER, head));
        }
        double base = h - MARGIN + 4;
        List<Drawing> foot = new ArrayList<>();
        foot.add(Drawing.Line.of(side, base - 11, w - side, base - 11, RULE, 0.5));
        foot.add(new Drawing.Text(side, base, footerLeft, Face.REGULAR, SMALL, MUTED));
        right(foot, w - side, base, "Page " + number + " of " + total, Face.BOLD);
        all.add(new Drawing.Artifact(Drawing.Artifact.Kind.FOOTER, foot));
        return new Page(w, h, paper.unit(), all);
    }

    private static void right(List<Drawing> out, double x, double baseline, String text, Face face) {
        out.add(new Drawing.Text(x - face.width(text, SMALL), baseline, text, face, SMALL, MUTED));
    }
}
