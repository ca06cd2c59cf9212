package org.reshape.change;

/// How one post differs between a base scenario and a proposal.
public enum ChangeKind {
    NEW("new", true),
    DISESTABLISHED("disestablished", true),
    RETITLED("retitled", true),
    REGRADED("regraded", true),
    MOVED_DIVISION("moved division", true),
    LINE_MANAGER_CHANGED("line manager changed", true),
    FTE_CHANGED("FTE changed", false),
    OCCUPANCY_CHANGED("occupancy changed", false),
    RESPONSIBILITIES_CHANGED("responsibilities changed", true);

    private final String label;
    private final boolean affectsHolder;

    ChangeKind(String label, boolean affectsHolder) {
        this.label = label;
        this.affectsHolder = affectsHolder;
    }

    public String label() {
        return label;
    }

    /// Whether the post holder is affected, and so in the consultation group (DESIGN.md).
    public boolean affectsHolder() {
        return affectsHolder;
    }
}
