package org.reshape.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/// The pay in force on one date: for each grade, its minimum and maximum and
/// its spinal points, from the latest version of its scale effective on or
/// before that date (or the earliest version when all start later).
public final class PayTable {

    /// A grade's amounts on the table's date.
    public record Range(Grade grade, PayScale scale, Money min, Money max) {

        /// The midpoint, rounded half-up to the penny.
        public Money mid() {
            long sum = min.pence() + max.pence();
            return new Money(Math.floorDiv(sum + 1, 2));
        }

        /// The amount at a spinal point of this grade's scale, if the scale has it.
        public Optional<Money> atPoint(int point) {
            return Optional.ofNullable(scale.points().get(point));
        }

        /// The salary of someone acting up into this grade from `current`: the lowest
        /// point of the grade above it (the usual policy: the lowest point that gives
        /// an increase), or, for a band without points, its minimum when that is above
        /// `current`; `current` itself (no payment) when the grade gives no increase.
        public Money actingSalary(Money current) {
            if (!grade.isBanded()) {
                for (var e : scale.points().entrySet()) {
                    if (e.getKey() >= grade.minPoint() && e.getKey() <= grade.maxPoint() && e.getValue().compareTo(current) > 0) {
                        return e.getValue();
                    }
                }
                return current;
            }
            return min.compareTo(current) > 0 ? min : current;
        }

        /// "£93,102 – £101,596"
        public String describe() {
            return min.formatPounds() + " – " + max.formatPounds();
        }
    }

    private final LocalDate on;
    private final Map<String, Range> ranges = new HashMap<>();
    private final Map<String, String> problems = new HashMap<>();

    /// The pay on a date from the model's scales and its cost settings' pay awards.
    public PayTable(Model model, LocalDate on) {
        this(model.grades(), PaySchedule.of(model), on);
    }

    public PayTable(java.util.List<Grade> grades, PaySchedule schedule, LocalDate on) {
        this.on = on;
        for (Grade g : grades) {
            PayScale scale = schedule.inForce(g.family(), on);
            if (scale == null) {
                problems.put(g.id(), "grade " + g.name() + " names pay scale '" + g.family() + "', which the model does not have");
                continue;
            }
            Range r = rangeIn(g, scale, problems);
            if (r != null) {
                ranges.put(g.id(), r);
            }
        }
    }

    /// A grade's range in one version of its scale, or null with the problem recorded.
    public static Range rangeIn(Grade g, PayScale scale, Map<String, String> problems) {
        Money min;
        Money max;
        if (g.isBanded()) {
            PayScale.Band band = scale.bands().get(g.band());
            if (band == null) {
                problems.put(g.id(), "grade " + g.name() + ": " + scale.label() + " has no band '" + g.band() + "'");
                return null;
            }
            min = band.min();
            max = band.max();
        } else {
            min = scale.points().get(g.minPoint());
            max = scale.points().get(g.maxPoint());
            if (min == null || max == null) {
                int missing = min == null ? g.minPoint() : g.maxPoint();
                problems.put(g.id(), "grade " + g.name() + ": " + scale.label() + " has no spinal point " + missing);
                return null;
            }
        }
        return new Range(g, scale, min, max);
    }

    public LocalDate on() {
        return on;
    }

    public Optional<Range> range(String gradeId) {
        return Optional.ofNullable(ranges.get(gradeId));
    }

    /// Why a grade has no range on this date, if it has none.
    public Optional<String> problem(String gradeId) {
        return Optional.ofNullable(problems.get(gradeId));
    }
}
