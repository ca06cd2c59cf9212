package org.reshape.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reshape.bench.OrgGenerator;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Division;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.Occupancy;
import org.reshape.domain.PayScale;
import org.reshape.domain.Post;
import org.reshape.domain.Provenance;
import org.reshape.domain.Scenario;

/// A big reproducible directorate for appendix tests and benchmarks: the tree
/// of [OrgGenerator] with council-like titles, six divisions, grades by level,
/// a holder in every third post, and a proposal that regrades, retitles,
/// moves, disestablishes and adds posts.
public final class GeneratedModel {
    private static final String[] DIVISIONS = {"Social Care", "Education & Skills", "Early Help", "Commissioning",
        "Strategy & Performance", "Inclusion"};
    private static final String[] COLOURS = {"#00897B", "#F9A825", "#8E24AA", "#1E88E5", "#6D4C41", "#E53935"};
    private static final String[] GRADES = {"co-f", "co-d", "co-a", "sm1", "njc-9", "njc-6"};

    private GeneratedModel() {
    }

    public static Model of(int n) {
        OrgGenerator g = OrgGenerator.generate(n);
        int[] parent = g.parents();
        int[] depth = g.depths();
        String[] division = new String[n];
        List<Post> posts = new ArrayList<>(n);
        int headIndex = 0;
        for (int i = 0; i < n; i++) {
            division[i] = depth[i] == 0 ? "dir" : depth[i] == 1 ? "d" + (headIndex++ % DIVISIONS.length) : division[parent[i]];
            Post p = Post.of("P" + i, title(i, depth[i], division[i]), division[i], parent[i] < 0 ? "" : "P" + parent[i],
                    GRADES[Math.min(depth[i], GRADES.length - 1)]);
            if (i % 3 == 0) {
                p = p.withOccupancy(Occupancy.SUBSTANTIVE, "Holder Name" + i, null);
            } else if (i % 11 == 0) {
                p = p.withOccupancy(Occupancy.VACANT, "", null);
            } else if (i % 17 == 0) {
                p = p.withOccupancy(Occupancy.INTERIM, "", null);
            }
            if (depth[i] >= 5 && i % 7 == 0) {
                p = p.withFte(new BigDecimal("6.5"), 7);
            }
            posts.add(p);
        }
        Scenario current = new Scenario("current", "Current structure", "", null, true, posts);
        Scenario proposed = propose(current, depth, parent);
        List<Division> divisions = new ArrayList<>(List.of(new Division("dir", "Directorate", "#3F51B5")));
        for (int d = 0; d < DIVISIONS.length; d++) {
            divisions.add(new Division("d" + d, DIVISIONS[d], COLOURS[d]));
        }
        Map<String, String> glossary = new LinkedHashMap<>();
        glossary.put("NJC", "National Joint Council for Local Government Services");
        glossary.put("FTE", "Full-Time Equivalent");
        glossary.put("LGPS", "Local Government Pension Scheme");
        return new Model("generated-" + n, "Generated " + n, "Example Council", "Example Directorate", divisions, scales(), grades(),
                List.of(current, proposed), CostSettings.defaults(new FinancialYear(2024)), glossary);
    }

    private static String title(int i, int depth, String division) {
        String area = division.matches("d\\d+") ? DIVISIONS[Integer.parseInt(division.substring(1))] : "";
        return switch (depth) {
            case 0 -> "Executive Director of Children's Services";
            case 1 -> "Director of " + area;
            case 2 -> "Head of Service (" + area + " Locality " + i + ")";
            case 3 -> "Service Manager (Team " + i + ")";
            case 4 -> "Team Manager " + i;
            default -> (i % 7 == 0 ? "Support Officers " : "Senior Practitioner ") + i;
        };
    }

    /// Regrades every 13th post, retitles every 31st, moves every 37th to a manager in another division,
    /// disestablishes every 29th leaf and adds a few posts.
    private static Scenario propose(Scenario current, int[] depth, int[] parent) {
        int n = depth.length;
        boolean[] leaf = new boolean[n];
        java.util.Arrays.fill(leaf, true);
        for (int p : parent) {
            if (p >= 0) {
                leaf[p] = false;
            }
        }
        Scenario s = current.deriveProposal("proposed", "Proposed structure").withImplementationDate(LocalDate.of(2024, 4, 1));
        for (int i = 1; i < n; i++) {
            Post p = s.post("P" + i);
            if (i % 29 == 0 && leaf[i]) {
                s = s.without(p.key());
                continue;
            }
            if (i % 13 == 0) {
                p = p.withGrade(GRADES[Math.max(0, Math.min(depth[i], GRADES.length - 1) - 1)]);
            }
            if (i % 31 == 0) {
                p = p.withTitle(p.title() + " and Quality Assurance");
            }
            if (i % 37 == 0 && depth[i] >= 2) {
                for (int m = 0; m < n; m++) {
                    if (depth[m] == depth[i] - 1 && s.contains("P" + m) && !s.post("P" + m).divisionId().equals(p.divisionId())) {
                        p = p.withManager("P" + m).withDivision(s.post("P" + m).divisionId());
                        break;
                    }
                }
            }
            s = s.with(p);
        }
        for (int k = 0; k < 5; k++) {
            int m = (k * 97 + 5) % n;
            if (s.contains("P" + m)) {
                Post manager = s.post("P" + m);
                s = s.with(Post.of("NEW" + k, "Practice Lead (New Model " + k + ")", manager.divisionId(), manager.key(), "sm1"));
            }
        }
        return s;
    }

    private static List<PayScale> scales() {
        Map<String, PayScale.Band> co = Map.of("A", band(62_185, 67_527), "D", band(83_865, 90_992), "F", band(103_767, 112_636));
        Map<String, PayScale.Band> local = Map.of("SM1", band(55_000, 60_000));
        Map<Integer, Money> njc = new LinkedHashMap<>();
        for (int point = 3; point <= 43; point++) {
            njc.put(point, Money.ofPounds(23_500 + (point - 3) * 1_150L));
        }
        LocalDate april = LocalDate.of(2024, 4, 1);
        return List.of(new PayScale("co-2024", "Chief Officer", april, Map.of(), co, Provenance.of("generated")),
                new PayScale("sm-2024", "Local", april, Map.of(), local, Provenance.of("generated")),
                new PayScale("njc-2024", "NJC", april, njc, Map.of(), Provenance.of("generated")));
    }

    private static List<Grade> grades() {
        return List.of(Grade.banded("co-a", "Chief Officer Band A", "Chief Officer", "A", Provenance.of("generated")),
                Grade.banded("co-d", "Chief Officer Band D", "Chief Officer", "D", Provenance.of("generated")),
                Grade.banded("co-f", "Chief Officer Band F", "Chief Officer", "F", Provenance.of("generated")),
                Grade.banded("sm1", "SM1", "Local", "SM1", new Provenance("", "generated", Set.of())),
                Grade.spinal("njc-9", "NJC Grade 9", "NJC", 30, 34, Provenance.of("generated")),
                Grade.spinal("njc-6", "NJC Grade 6", "NJC", 18, 22, Provenance.of("generated")));
    }

    private static PayScale.Band band(long min, long max) {
        return new PayScale.Band(Money.ofPounds(min), Money.ofPounds(max));
    }
}
