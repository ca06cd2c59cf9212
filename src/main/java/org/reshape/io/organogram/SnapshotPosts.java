package org.reshape.io.organogram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reshape.domain.Occupancy;
import org.reshape.domain.Post;
import org.reshape.domain.PostField;
import org.reshape.domain.Provenance;
import org.reshape.io.imports.Cells;
import org.reshape.io.imports.DivisionNames;
import org.reshape.io.imports.ImportProblem;
import org.reshape.io.imports.PostKeys;
import org.reshape.io.imports.ProblemLog;
import org.reshape.io.imports.ReportingLines;
import org.reshape.io.imports.ReportingLines.Candidate;

/// Turns a snapshot's rows into posts: senior posts keyed by their Post Unique
/// Reference, then junior blocks under them keyed `<senior>/<grade>/<title>`
/// (with `#2`, `#3`… for repeats), so the same file always gives the same keys
/// and two snapshots of one body match post for post.
final class SnapshotPosts {
    static final String ASSUMED_PAY = "pay not disclosed in the organogram";
    static final String ASSUMED_FTE = "FTE not usable in the organogram (0 or not a number), counted as 1";

    private SnapshotPosts() {
    }

    static List<Post> build(Snapshot s, PayBands bands, DivisionNames units, ProblemLog log) {
        PostKeys keys = new PostKeys();
        List<Candidate> candidates = new ArrayList<>(s.rows());
        Map<String, SeniorRow> seniorByKey = new HashMap<>();
        for (SeniorRow r : s.seniors()) {
            String key = keys.claim(r.key());
            if (!key.equals(r.key())) {
                log.warning(s.seniorFile(), r.line(), OrganogramRows.PUR, "Post Unique Reference " + r.key() + " is used again (first on line "
                        + seniorByKey.get(r.key()).line() + "), so this row is post " + key + " (a job share?)");
            }
            seniorByKey.putIfAbsent(r.key(), r);
            String org = r.organisation().isEmpty() ? s.organisation() : r.organisation();
            String grade = grade(s.seniorFile(), r.line(), org, r.grade(), r.pay(), bands, log);
            Provenance p = provenance(s.seniorFile(), r.pay(), r.fteAssumed());
            Post post = new Post(key, r.title(), units.idFor(r.unit()), r.reportsTo(), grade, r.fte(), Cells.headcountFor(r.fte()),
                    r.vacant() ? Occupancy.VACANT : Occupancy.SUBSTANTIVE, r.holder(), null,
                    r.function().equals(r.title()) ? "" : r.function(), null, List.of(), List.of(), p, r.notes());
            candidates.add(new Candidate(post, s.seniorFile(), r.line(), OrganogramRows.REPORTS_TO));
        }
        for (JuniorRow r : s.juniors()) {
            String key = keys.claim(r.parent() + "/" + r.grade() + "/" + r.title());
            SeniorRow parent = seniorByKey.get(r.parent());
            String unit = !r.unit().isEmpty() ? r.unit() : parent == null ? "" : parent.unit();
            String org = !r.organisation().isEmpty() ? r.organisation() : parent != null && !parent.organisation().isEmpty()
                    ? parent.organisation() : s.organisation();
            String grade = grade(s.juniorFile(), r.line(), org, r.grade(), r.pay(), bands, log);
            Post post = new Post(key, r.title(), units.idFor(unit), r.parent(), grade, r.fte(), Cells.headcountFor(r.fte()),
                    Occupancy.SUBSTANTIVE, "", null, "", null, List.of(), List.of(), provenance(s.juniorFile(), r.pay(), r.fteAssumed()), "");
            if (r.parent().isEmpty()) {
                log.warning(s.juniorFile(), r.line(), OrganogramRows.REPORTING, "no Reporting Senior Post; imported as a top post");
            }
            candidates.add(new Candidate(post, s.juniorFile(), r.line(), OrganogramRows.REPORTING));
        }
        return ReportingLines.resolve(candidates, s.dropped(), ImportProblem.Severity.WARNING, log);
    }

    private static String grade(String file, long line, String org, String label, Pay pay, PayBands bands, ProblemLog log) {
        String name = label.isEmpty() ? "Ungraded" : label;
        if (label.isEmpty()) {
            log.warning(file, line, "Grade", "no grade; graded '" + name + "'");
        }
        if (pay.disclosed()) {
            return bands.disclosed(org, name, pay.min(), pay.max(), file);
        }
        log.warning(file, line, "", "pay not disclosed (" + pay.why() + "); graded '"
                + OrganogramGrades.undisclosedName(name) + "', whose range is assumed");
        return bands.undisclosed(org, name, file);
    }

    private static Provenance provenance(String file, Pay pay, boolean fteAssumed) {
        if (pay.disclosed() && !fteAssumed) {
            return Provenance.of("organogram " + file);
        }
        Set<PostField> assumed = new java.util.HashSet<>();
        List<String> why = new ArrayList<>();
        if (!pay.disclosed()) {
            assumed.add(PostField.GRADE);
            why.add(ASSUMED_PAY);
        }
        if (fteAssumed) {
            assumed.add(PostField.FTE);
            why.add(ASSUMED_FTE);
        }
        return new Provenance("organogram " + file, String.join("; ", why), assumed);
    }
}
