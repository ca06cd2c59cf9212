package org.reshape.ui.chart;

import java.util.List;

/// One card of a chart on screen: the card model's [org.reshape.card.Card] —
/// the same words, lines and size the appendix prints — and what only the
/// window shows about it.
///
/// @param face      what the card says and its size, in card units
/// @param marks     its change marks (Compare mode)
/// @param ghost     drawn as a dashed outline: disestablished in the proposal
/// @param reports   direct reports in the scenario
/// @param collapsed its reports are hidden
public record Card(org.reshape.card.Card face, List<CardMark> marks, boolean ghost, int reports, boolean collapsed) {

    public String key() {
        return face.key();
    }

    public String divisionId() {
        return face.divisionId();
    }

    public String colour() {
        return face.colour();
    }

    public List<String> title() {
        return face.title();
    }

    public String grade() {
        return face.grade();
    }

    public boolean gradeAssumed() {
        return face.gradeAssumed();
    }

    public String range() {
        return face.range();
    }

    public String fte() {
        return face.fte();
    }

    /// The occupancy words on one line.
    public String occupancy() {
        return String.join(" ", face.occupancy());
    }

    public boolean vacantOrTemporary() {
        return face.tone() != org.reshape.card.Card.Tone.NORMAL;
    }
}
