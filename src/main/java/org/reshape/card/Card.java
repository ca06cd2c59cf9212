package org.reshape.card;

import java.util.List;

/// What one card says and how big it is, in card units (1 unit = 1 point on
/// paper at scale 1; the window draws the same card larger). Made once by
/// [Cards] for the window and the appendix alike, so both print the same words
/// broken into the same lines.
///
/// @param colour    the division's colour, `#RRGGBB`
/// @param title     the title, wrapped to the card's width
/// @param grade     the grade name, "≈ " first when it is assumed
/// @param range     the grade's pay range, exact or in bands
/// @param occupancy the holder, or Vacant / Interim / Acting / Fixed-term to …, on one or two lines
/// @param badgeRows change badges, already wrapped to the card's width
/// @param width     card width in card units
/// @param height    card height in card units
public record Card(String key, String divisionId, String colour, List<String> title, String grade, boolean gradeAssumed,
                   String range, String fte, List<String> occupancy, Tone tone, List<List<Badge>> badgeRows, double width,
                   double height) {

    /// How the occupancy line is coloured.
    public enum Tone { NORMAL, VACANT, TEMPORARY }

    public Card {
        title = List.copyOf(title);
        occupancy = List.copyOf(occupancy);
        badgeRows = badgeRows.stream().map(List::copyOf).toList();
    }

    /// Every badge on the card, row by row.
    public List<Badge> badges() {
        return badgeRows.stream().flatMap(List::stream).toList();
    }
}
