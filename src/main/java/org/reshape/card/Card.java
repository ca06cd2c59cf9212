package org.reshape.report;

import java.util.List;
import org.reshape.report.page.Colour;

/// What one printed card shows, prepared once per appendix.
///
/// @param grade        the grade name, "≈ " first when it is assumed
/// @param range        the grade's pay range, exact or in bands
/// @param occupancy    the holder, or Vacant / Interim / Acting / Fixed-term to …, on one or two lines
/// @param badgeRows    change badges, already wrapped to the card's width
/// @param width        card width in card units
/// @param height       card height before any "continued" rows
public record PostCard(String key, String divisionId, List<String> title, String grade, boolean gradeAssumed, String range,
                       String fte, List<String> occupancy, Tone tone, Colour colour, List<List<Badge>> badgeRows, double width,
                       double height) {

    /// How the occupancy line is coloured, as in the window.
    public enum Tone { NORMAL, VACANT, TEMPORARY }
}
