package org.reshape.ui.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;
import org.reshape.card.CardSize;
import org.reshape.report.page.Face;

/// The card fonts on screen: the same Liberation Sans files the appendix embeds
/// and the card model measures, loaded from the jar, so a line measured to fit
/// is drawn to fit. Sizes are in card units; the painter scales them.
final class CardFonts {
    static final Font TITLE = load(Face.BOLD, CardSize.TITLE_SIZE);
    static final Font BODY = load(Face.REGULAR, CardSize.BODY_SIZE);
    static final Font ITALIC = load(Face.ITALIC, CardSize.BODY_SIZE);
    static final Font BADGE = load(Face.BOLD, CardSize.BADGE_SIZE);

    private CardFonts() {
    }

    private static Font load(Face face, double size) {
        try (InputStream in = CardFonts.class.getResourceAsStream(face.resource())) {
            if (in == null) {
                // a build defect, not a user error: the fonts ship in the jar
                throw new IllegalStateException("the card font " + face.resource() + " is missing from this build");
            }
            Font f = Font.loadFont(in, size);
            if (f == null) {
                throw new IllegalStateException("JavaFX could not load the card font " + face.resource());
            }
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
