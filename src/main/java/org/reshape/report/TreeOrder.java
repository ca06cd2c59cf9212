package org.reshape.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;

/// Orders of a scenario's posts that follow its reporting lines.
final class TreeOrder {
    private TreeOrder() {
    }

    /// Roots first, each followed by its reports (in scenario order), depth first.
    static List<Post> depthFirst(Scenario s) {
        List<Post> out = new ArrayList<>(s.size());
        Deque<Post> stack = new ArrayDeque<>();
        List<Post> roots = s.roots();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            Post p = stack.pop();
            out.add(p);
            List<Post> reports = s.reportsTo(p.key());
            for (int i = reports.size() - 1; i >= 0; i--) {
                stack.push(reports.get(i));
            }
        }
        return out;
    }

    /// Roots first, then each level in turn: a manager always before its reports.
    static List<Post> breadthFirst(Scenario s) {
        List<Post> out = new ArrayList<>(s.roots());
        for (int i = 0; i < out.size(); i++) {
            out.addAll(s.reportsTo(out.get(i).key()));
        }
        return out;
    }
}
