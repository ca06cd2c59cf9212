package org.reshape.layout;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/// A random tree or forest for property tests, with integer card sizes (so most
/// sums are exact) and a choice of shapes: bushy, chain-like, or a forest.
record TreeCase(int[] parent, double[] w, double[] h) {

    static Arbitrary<TreeCase> trees(int maxN) {
        Arbitrary<Integer> size = Arbitraries.integers().between(1, maxN);
        return size.flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(0, 9_999).list().ofSize(n),
                Arbitraries.integers().between(0, 220).list().ofSize(n),
                Arbitraries.integers().between(1, 150).list().ofSize(n),
                Arbitraries.integers().between(0, 2))
                .as(TreeCase::build));
    }

    private static TreeCase build(List<Integer> picks, List<Integer> ws, List<Integer> hs, int style) {
        int n = picks.size();
        int[] parent = new int[n];
        double[] w = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            int pick = picks.get(i);
            if (i == 0 || style == 2 && pick < 800) {
                parent[i] = -1;
            } else if (style == 1) {
                // chain-like: deep trees with long thin branches
                parent[i] = i - 1 - pick % Math.min(i, 3);
            } else {
                parent[i] = pick % i;
            }
            // a few zero-width cards, which must still keep the gaps
            w[i] = ws.get(i) < 5 ? 0 : ws.get(i);
            h[i] = hs.get(i);
        }
        return new TreeCase(parent, w, h);
    }

    LayoutTree tree() {
        return LayoutTree.of(parent, w, h);
    }

    int size() {
        return parent.length;
    }

    /// The subtree under `r` on its own, nodes renumbered in index order; `map[k]`
    /// is the original index of subtree node `k` (`map[0] == r`).
    TreeCase subtree(int r, int[] map) {
        int n = parent.length;
        int[] newIndex = new int[n];
        Arrays.fill(newIndex, -1);
        int k = 0;
        // parents precede children only in generated trees, so walk up to decide membership
        for (int i = 0; i < n; i++) {
            if (isUnder(i, r)) {
                map[k] = i;
                newIndex[i] = k++;
            }
        }
        int[] p = new int[k];
        double[] sw = new double[k];
        double[] sh = new double[k];
        for (int j = 0; j < k; j++) {
            int i = map[j];
            p[j] = i == r ? -1 : newIndex[parent[i]];
            sw[j] = w[i];
            sh[j] = h[i];
        }
        return new TreeCase(p, sw, sh);
    }

    boolean isUnder(int i, int r) {
        for (int a = i; a >= 0; a = parent[a]) {
            if (a == r) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "TreeCase{parent=" + Arrays.toString(parent) + ", w=" + Arrays.toString(w)
                + ", h=" + Arrays.toString(h) + "}";
    }
}
