package org.reshape.domain;

import java.util.LinkedHashSet;
import java.util.List;

/// How a post sits in the structure beyond its line manager, and what it
/// carries: an assistant (drawn beside its manager, not a layer, left out of
/// spans), dotted-line managers, the statutory or designated roles it holds,
/// and, for a new or regraded post, its job evaluation.
///
/// @param dottedManagers keys of posts it also reports to, by a dotted line
/// @param roles          designated roles, e.g. "Principal Social Worker", "LADO"
/// @param evaluation     the job-evaluation record, or null when none is recorded
public record PostDesign(boolean assistant, List<String> dottedManagers, List<String> roles, JobEvaluation evaluation) {

    /// No assistant flag, no dotted lines, no roles, no evaluation.
    public static final PostDesign NONE = new PostDesign(false, List.of(), List.of(), null);

    public PostDesign {
        dottedManagers = distinct(dottedManagers);
        roles = distinct(roles == null ? null : roles.stream().map(String::strip).toList());
    }

    private static List<String> distinct(List<String> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(list.stream().filter(s -> s != null && !s.isBlank()).toList()));
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public PostDesign withAssistant(boolean v) {
        return new PostDesign(v, dottedManagers, roles, evaluation);
    }

    public PostDesign withDottedManagers(List<String> v) {
        return new PostDesign(assistant, v, roles, evaluation);
    }

    public PostDesign withRoles(List<String> v) {
        return new PostDesign(assistant, dottedManagers, v, evaluation);
    }

    public PostDesign withEvaluation(JobEvaluation v) {
        return new PostDesign(assistant, dottedManagers, roles, v);
    }
}
