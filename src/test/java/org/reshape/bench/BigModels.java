package org.reshape.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.reshape.domain.Division;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.Occupancy;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.domain.TestModels;

/// Large scenarios for benchmarks: the trees of [OrgGenerator] as posts, with a
/// division per subtree of the root's reports and grades by depth.
public final class BigModels {
    private BigModels() {
    }

    public static Model model(int n) {
        OrgGenerator org = OrgGenerator.generate(n);
        int[] parent = org.parents();
        int[] depth = org.depths();
        List<Grade> grades = TestModels.grades();
        List<Division> divisions = new ArrayList<>();
        String[] colours = {"#1E88E5", "#43A047", "#F9A825", "#8E24AA", "#00897B", "#E53935", "#6D4C41", "#3949AB"};
        for (int d = 0; d < colours.length; d++) {
            divisions.add(new Division("d" + d, "Division " + (d + 1), colours[d]));
        }
        int[] division = new int[n];
        List<Post> posts = new ArrayList<>(n);
        int nextTop = 0;
        for (int i = 0; i < n; i++) {
            if (parent[i] < 0) {
                division[i] = 0;
            } else if (parent[i] == 0) {
                division[i] = nextTop++ % colours.length;
            } else {
                division[i] = division[parent[i]];
            }
            Grade g = grades.get(Math.max(0, grades.size() - 1 - Math.min(depth[i], grades.size() - 1)));
            boolean team = depth[i] >= 6 && i % 7 == 0;
            posts.add(new Post("P" + i, (team ? "Team " : "Post ") + i + " officer", "d" + division[i],
                    parent[i] < 0 ? "" : "P" + parent[i], g.id(), team ? new BigDecimal("6.5") : BigDecimal.ONE, team ? 7 : 1,
                    i % 11 == 0 ? Occupancy.VACANT : Occupancy.SUBSTANTIVE, "", null, "", null, null, null, null, ""));
        }
        Scenario base = new Scenario("base", "Current structure", "", null, true, posts);
        Scenario proposal = base.deriveProposal("proposal", "Proposed structure");
        Model m = TestModels.model(base, proposal);
        return m.withDivisions(divisions);
    }
}
