package org.reshape.domain;

/// The settings of matching and the equality analysis, model-wide.
///
/// @param slotInPercent        share of duties at or above which a post is "the same or substantially the same job"
/// @param slotInGradeSteps     how many grade steps apart a slot-in may be (1: same grade or within one)
/// @param suppressBelow        equality counts under this many people are suppressed in every output
/// @param marginPercent        flag a group whose share in the at-risk group differs from the establishment by more
///                             than this many percentage points
public record PeoplePolicy(int slotInPercent, int slotInGradeSteps, int suppressBelow, int marginPercent) {
    public static final PeoplePolicy DEFAULT = new PeoplePolicy(70, 1, 5, 10);
}
