package org.reshape.domain;

import java.util.List;

/// Thrown when a model breaks the rules in [ModelValidator]; carries every problem found.
public class InvalidModelException extends RuntimeException {
    private final List<Problem> problems;

    public InvalidModelException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.size() == 1) {
            return problems.getFirst().toString();
        }
        return problems.size() + " problems; the first: " + problems.getFirst();
    }
}
