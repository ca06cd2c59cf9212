package org.reshape.bench;

/// Reproducible generated org trees, exactly those of
/// `/work/shared/bench/d3-layout-bench.mjs` (`makeOrg`), so Java and d3 figures
/// are measured on the same trees.
///
/// - PRNG: mulberry32, seed 20250101 by default, same seed for every n.
/// - Shape: breadth-first growth; node 0 is the root, nodes are numbered in
///   creation (= BFS) order. Each dequeued node draws `u` (always); it gets
///   `3 + floor(next() * 8)` reports if it is the root, if `u < 0.45`, or if the
///   queue would otherwise run empty.
/// - Per node, in this order: width `120 + floor(next() * 101)`, salary
///   `20000 + floor(next() * 80001)`. Height is always 80.
///
/// Checksums (sum of widths, sum of salaries, leaves, max depth) are pinned by
/// `org.reshape.layout.OrgGeneratorTest`.
public final class OrgGenerator {
    public static final int SEED = 20250101;
    public static final double P_MANAGER = 0.45;
    public static final double NODE_H = 80;

    private final int[] parent;
    private final int[] depth;
    private final int[] width;
    private final int[] salary;

    private OrgGenerator(int n) {
        parent = new int[n];
        depth = new int[n];
        width = new int[n];
        salary = new int[n];
    }

    /// The org of `n` posts with the default seed.
    public static OrgGenerator generate(int n) {
        return generate(n, SEED);
    }

    /// The org of `n` posts for a given seed.
    public static OrgGenerator generate(int n, int seed) {
        OrgGenerator g = new OrgGenerator(n);
        if (n == 0) {
            return g;
        }
        Mulberry32 rnd = new Mulberry32(seed);
        int count = 0;
        int head = 0;
        g.make(count++, -1, rnd);
        while (count < n) {
            int v = head++;
            double u = rnd.next();
            boolean isManager = g.depth[v] == 0 || u < P_MANAGER || head == count;
            if (isManager) {
                int k = 3 + (int) Math.floor(rnd.next() * 8);
                for (int j = 0; j < k && count < n; j++) {
                    g.make(count++, v, rnd);
                }
            }
        }
        return g;
    }

    private void make(int id, int p, Mulberry32 rnd) {
        width[id] = 120 + (int) Math.floor(rnd.next() * 101);
        salary[id] = 20000 + (int) Math.floor(rnd.next() * 80001);
        parent[id] = p;
        depth[id] = p < 0 ? 0 : depth[p] + 1;
    }

    public int size() {
        return parent.length;
    }

    /// Parent links, -1 for the root (a fresh copy).
    public int[] parents() {
        return parent.clone();
    }

    /// Depth of each node, root 0 (a fresh copy).
    public int[] depths() {
        return depth.clone();
    }

    /// Card widths 120..220 (a fresh copy).
    public int[] widthsInt() {
        return width.clone();
    }

    /// Card widths as doubles, for the layout.
    public double[] widths() {
        double[] w = new double[width.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = width[i];
        }
        return w;
    }

    /// Card heights, all [#NODE_H].
    public double[] heights() {
        double[] h = new double[width.length];
        java.util.Arrays.fill(h, NODE_H);
        return h;
    }

    /// Salaries 20,000..100,000 (a fresh copy).
    public int[] salaries() {
        return salary.clone();
    }

    public long sumWidths() {
        long s = 0;
        for (int w : width) {
            s += w;
        }
        return s;
    }

    public long sumSalaries() {
        long s = 0;
        for (int v : salary) {
            s += v;
        }
        return s;
    }

    public int leaves() {
        boolean[] hasKids = new boolean[parent.length];
        for (int p : parent) {
            if (p >= 0) {
                hasKids[p] = true;
            }
        }
        int leaves = 0;
        for (boolean k : hasKids) {
            if (!k) {
                leaves++;
            }
        }
        return leaves;
    }

    public int maxDepth() {
        int m = 0;
        for (int d : depth) {
            m = Math.max(m, d);
        }
        return m;
    }

    /// The d3 script's PRNG, public so other benchmarks can draw reproducible numbers:
    /// mulberry32 with JavaScript's 32-bit semantics: int overflow for `| 0` and
    /// `Math.imul`, `>>>` for unsigned shifts, and an unsigned read at the end.
    public static final class Mulberry32 {
        private int a;

        public Mulberry32(int seed) {
            a = seed;
        }

        /// Next value in [0, 1).
        public double next() {
            a += 0x6D2B79F5;
            int t = (a ^ (a >>> 15)) * (1 | a);
            t = (t + (t ^ (t >>> 7)) * (61 | t)) ^ t;
            return ((t ^ (t >>> 14)) & 0xFFFFFFFFL) / 4294967296.0;
        }
    }
}
