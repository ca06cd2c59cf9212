package org.reshape.ui.chart;

import java.util.Optional;

/// What dragging a card may do in a chart: the window supplies it for charts
/// that can be edited.
public interface DropPolicy {
    /// Whether this post may be picked up (false in a locked baseline).
    boolean canDrag(String key);

    /// Why `dragged` cannot report to `target`, or empty when it can.
    Optional<String> whyNot(String dragged, String target);

    /// `dragged` (and its subtree, unless `alone`) now reports to `target`.
    void dropOnCard(String dragged, String target, boolean alone);

    /// `dragged` moves to a division, keeping its line manager.
    void dropOnDivision(String dragged, String divisionId);

    /// A drop was refused; say why.
    void refused(String reason);
}
