package org.reshape.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.reshape.ui.app.FirstFrame;

/// Process start to the first painted chart, for Reshape (the Bury sample, from
/// its database, as a returning user starts it) and for a bare JavaFX window
/// (one Label in a StackPane), started the same way with the same JVM options,
/// alternately, in the same run; prints each start, the medians and their ratio
/// (budget: Reshape ≤ 1.5 × the bare window).
///
/// Run on a display (`Xvfb :42 &`, `DISPLAY=:42`), after `./mvnw -o test-compile`:
/// `java -cp target/test-classes:target/classes:$(cat cp.txt) org.reshape.bench.StartBench 5 [JVM options…]`
/// — e.g. `-XX:AOTCache=reshape.aot` to try the ahead-of-time cache.
public final class StartBench {
    private StartBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> jvm = new ArrayList<>(List.of("--enable-native-access=ALL-UNNAMED"));
        jvm.addAll(Arrays.asList(args).subList(Math.min(1, args.length), args.length));
        Path home = Files.createTempDirectory("startbench");
        String db = home.resolve("reshape").toString();
        time(jvm, home, "org.reshape.ui.app.Launcher", "--db", db); // the first start creates the database
        long[] reshape = new long[runs];
        long[] bare = new long[runs];
        for (int i = 0; i < runs; i++) {
            bare[i] = time(jvm, home, BareWindow.class.getName());
            reshape[i] = time(jvm, home, "org.reshape.ui.app.Launcher", "--db", db);
            System.out.printf("run %d: bare window %,d ms, Reshape %,d ms%n", i + 1, bare[i], reshape[i]);
        }
        long b = median(bare);
        long r = median(reshape);
        System.out.printf("JVM options %s%nmedian: bare window %,d ms, Reshape %,d ms: Reshape is %.2f × the bare window%n",
                jvm, b, r, (double) r / b);
    }

    private static long time(List<String> jvm, Path home, String main, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        Path result = Files.createTempFile(home, "first-frame", ".txt");
        cmd.add("-D" + FirstFrame.BENCH + "=" + result);
        cmd.add("-Duser.home=" + home);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main);
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        long ms = -1;
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(line);
            }
        }
        p.waitFor();
        String written = Files.readString(result).strip();
        ms = written.isEmpty() ? -1 : Long.parseLong(written);
        if (ms < 0) {
            throw new IllegalStateException(main + " printed no first frame:\n" + String.join("\n", out));
        }
        return ms;
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
