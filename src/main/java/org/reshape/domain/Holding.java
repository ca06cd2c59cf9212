package org.reshape.domain;

import java.math.BigDecimal;

/// A person holding a post of the current structure (the model's baseline), for
/// `fte` of it: two holdings of 0.5 on one post are a job share; one person may
/// hold two posts.
public record Holding(String personId, String postKey, BigDecimal fte) {
    public Holding {
        Checks.require(personId, "holding's person");
        Checks.require(postKey, "holding's post");
        fte = fte == null ? BigDecimal.ONE : fte.stripTrailingZeros();
    }
}
