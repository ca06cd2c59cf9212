package org.reshape.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/// An establishment post, not a person. Its `key` is its identity across
/// scenarios: the same key in the base and the proposal is the same post.
///
/// A post may stand for a team block ("Business Support, 30 FTE"): FTE above 1
/// with a headcount of several people.
///
/// @param managerKey      the key of the post it reports to, or empty for a root
/// @param fixedTermEnd    the last day of a fixed-term post, or null
/// @param actualPoint     the holder's spinal point where known, or null
/// @param replaces        for a new post, the keys of the posts it replaces
/// @param mappedFrom      keys of base posts whose holders are slotted into this post
/// @param design          assistant, dotted-line managers, designated roles, job evaluation
/// @param pay             acting-up, honorarium, and the post's own salary basis or actual salary
public record Post(String key, String title, String divisionId, String managerKey, String gradeId,
                   BigDecimal fte, int headcount, Occupancy occupancy, String holder, LocalDate fixedTermEnd,
                   String responsibilities, Integer actualPoint, List<String> replaces, List<String> mappedFrom,
                   Provenance provenance, String notes, PostDesign design, PostPay pay) {

    public Post {
        Checks.require(key, "post key");
        title = Checks.orEmpty(title);
        divisionId = Checks.orEmpty(divisionId);
        managerKey = Checks.orEmpty(managerKey);
        gradeId = Checks.orEmpty(gradeId);
        fte = fte == null ? BigDecimal.ONE : fte.stripTrailingZeros();
        occupancy = occupancy == null ? Occupancy.SUBSTANTIVE : occupancy;
        holder = Checks.orEmpty(holder);
        responsibilities = Checks.orEmpty(responsibilities);
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
        mappedFrom = mappedFrom == null ? List.of() : List.copyOf(mappedFrom);
        provenance = provenance == null ? Provenance.NONE : provenance;
        notes = Checks.orEmpty(notes);
        design = design == null ? PostDesign.NONE : design;
        pay = pay == null ? PostPay.NONE : pay;
    }

    /// A post with no acting-up, honorarium or per-post costing choice.
    public Post(String key, String title, String divisionId, String managerKey, String gradeId,
                BigDecimal fte, int headcount, Occupancy occupancy, String holder, LocalDate fixedTermEnd,
                String responsibilities, Integer actualPoint, List<String> replaces, List<String> mappedFrom,
                Provenance provenance, String notes, PostDesign design) {
        this(key, title, divisionId, managerKey, gradeId, fte, headcount, occupancy, holder, fixedTermEnd,
                responsibilities, actualPoint, replaces, mappedFrom, provenance, notes, design, PostPay.NONE);
    }

    /// A post with no assistant flag, dotted lines, roles or evaluation.
    public Post(String key, String title, String divisionId, String managerKey, String gradeId,
                BigDecimal fte, int headcount, Occupancy occupancy, String holder, LocalDate fixedTermEnd,
                String responsibilities, Integer actualPoint, List<String> replaces, List<String> mappedFrom,
                Provenance provenance, String notes) {
        this(key, title, divisionId, managerKey, gradeId, fte, headcount, occupancy, holder, fixedTermEnd,
                responsibilities, actualPoint, replaces, mappedFrom, provenance, notes, PostDesign.NONE);
    }

    /// A new single post with the usual defaults (1 FTE, one substantive holder).
    public static Post of(String key, String title, String divisionId, String managerKey, String gradeId) {
        return new Post(key, title, divisionId, managerKey, gradeId, BigDecimal.ONE, 1, Occupancy.SUBSTANTIVE,
                "", null, "", null, List.of(), List.of(), Provenance.NONE, "");
    }

    public boolean isRoot() {
        return managerKey.isEmpty();
    }

    public boolean isTeamBlock() {
        return headcount > 1 || fte.compareTo(BigDecimal.ONE) > 0;
    }

    public Post withTitle(String v) {
        return new Post(key, v, divisionId, managerKey, gradeId, fte, headcount, occupancy, holder, fixedTermEnd,
                responsibilities, actualPoint, replaces, mappedFrom, provenance, notes, design, pay);
    }

    public Post withDivision(String v) {
        return new Post(key, title, v, managerKey, gradeId, fte, headcount, occupancy, holder, fixedTermEnd,
                responsibilities, actualPoint, replaces, mappedFrom, provenance, notes, design, pay);
    }

    public Post withManager(String v) {
        return new Post(key, title, divisionId, v, gradeId, fte, headcount, occupancy, holder, fixedTermEnd,
                responsibilities, actualPoint, replaces, mappedFrom, provenance, notes, design, pay);
    }

    public Post withGrade(String v) {
        return new Post(key, title, divisionId, managerKey, v, fte, headcount, occupancy, holder, fixedTermEnd,
                responsibilities, actualPoint, replaces, mappedFrom, provenance, notes, design, pay);
    }

    public Post withFte(BigDecimal v, int newHeadcount) {
        return new Post(key, title, divisionId, managerKey, gradeId, v, newHeadcount, occupancy, holder, fixedTermEnd,
                responsibilities, actualPoint, replaces, mappedFrom, provenance, notes, design, pay);
    }

    public Post withOccupancy(Occupancy v, String newHolder, LocalDate newFixedTermEnd) {
        return new Post(key, title, divisionId, managerKey, gradeId, fte, headcount, v, newHolder, newFixedTermEnd,
                responsibilities, actualPoint, replaces, mappedFrom, provenance, notes, design, pay);
    }

    public Post withResponsibilities(String v) {
        return new Post(key, title, divisionId, managerKey, gradeId, fte, headcount, occupancy, holder, fixedTermEnd,
                v, actualPoint, replaces, mappedFrom, provenance, notes, design, pay);
    }

    public Post withReplaces(List<String> v) {
        return new Post(key, title, divisionId, managerKey, gradeId, fte, headcount, occupancy, holder, fixedTermEnd,
                responsibilities, actualPoint, v, mappedFrom, provenance, notes, design, pay);
    }

    public Post withProvenance(Provenance v) {
        return new Post(key, title, divisionId, managerKey, gradeId, fte, headcount, occupancy, holder, fixedTermEnd,
                responsibilities, actualPoint, replaces, mappedFrom, v, notes, design, pay);
    }

    public Post withNotes(String v) {
        return new Post(key, title, divisionId, managerKey, gradeId, fte, headcount, occupancy, holder, fixedTermEnd,
                responsibilities, actualPoint, replaces, mappedFrom, provenance, v, design, pay);
    }

    public Post withDesign(PostDesign v) {
        return new Post(key, title, divisionId, managerKey, gradeId, fte, headcount, occupancy, holder, fixedTermEnd,
                responsibilities, actualPoint, replaces, mappedFrom, provenance, notes, v, pay);
    }

    /// Drawn beside its manager, not as a layer, and left out of spans of control.
    public boolean isAssistant() {
        return design.assistant();
    }

    public Post withPay(PostPay v) {
        return new Post(key, title, divisionId, managerKey, gradeId, fte, headcount, occupancy, holder, fixedTermEnd,
                responsibilities, actualPoint, replaces, mappedFrom, provenance, notes, design, v);
    }
}
