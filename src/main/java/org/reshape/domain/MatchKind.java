package org.reshape.domain;

/// How an affected person is matched to a post of the proposal.
public enum MatchKind {
    /// the same or substantially the same job: the person moves into it without selection
    SLOT_IN("slot-in"),
    /// one of the posts the person may be considered for, with selection when candidates outnumber posts
    RING_FENCE("ring-fence");

    private final String label;

    MatchKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
