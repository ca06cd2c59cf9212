package org.reshape.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.cli.Main;
import org.reshape.domain.Model;
import org.reshape.io.Samples;
import org.reshape.io.json.ModelFiles;

/// Runs the packaged app (`target/jpackage/Reshape`) as it is installed: its
/// command-line launcher prints what the command line in the build prints, and its
/// desktop launcher starts, opens a model file, and logs to the data directory.
///
/// An integration test: `./mvnw -Ppackage verify` runs it (failsafe) after jpackage.
/// Without an app image it is skipped.
class PackagedAppIT {
    private static final Path IMAGE = Path.of(System.getProperty("reshape.image", "target/jpackage/Reshape"));
    private static final String OS = System.getProperty("os.name").toLowerCase(Locale.ROOT);

    @TempDir
    Path home;

    @BeforeAll
    static void anImageWasBuilt() {
        assumeTrue(Files.isDirectory(IMAGE), "no app image at " + IMAGE + ": build it with ./mvnw -Ppackage package");
    }

    static Path launcher(String name) {
        if (OS.startsWith("windows")) {
            return IMAGE.resolve(name + ".exe");
        }
        if (OS.startsWith("mac")) {
            return IMAGE.resolve("Contents").resolve("MacOS").resolve(name);
        }
        return IMAGE.resolve("bin").resolve(name);
    }

    record Run(int status, String out, String err) {
    }

    private Run run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(dataHome());
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished within a minute", command).isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /// Points the app's data directory into the test's folder, the way each system names it.
    private Map<String, String> dataHome() {
        return Map.of("XDG_DATA_HOME", home.toString(), "APPDATA", home.toString());
    }

    private static String cli() {
        return launcher("reshape-cli").toString();
    }

    @Test
    void cliLauncher_printsTheSampleCosts_exactlyAsTheCommandLineInTheBuild() throws Exception {
        String[] args = {"cost", "--sample", "bury-cyp-2024", "--format", "json"};
        Run run = run(Stream.concat(Stream.of(cli()), Stream.of(args)).toList());

        StringWriter expected = new StringWriter();
        assertThat(Main.run(args, new PrintWriter(expected, true), new PrintWriter(new StringWriter(), true))).isZero();
        assertThat(run.status()).isZero();
        assertThat(run.err()).as("nothing but the output: no log lines, no JavaFX warnings").isEmpty();
        assertThat(run.out()).contains("\"model\" : \"bury-cyp-2024\"").contains("\"bridge\"");
        assertThat(run.out().strip()).isEqualTo(expected.toString().strip());
    }

    @Test
    void cliLauncher_saysItsVersion_fromTheJarManifest() throws Exception {
        Run run = run(List.of(cli(), "--version"));
        assertThat(run.status()).isZero();
        assertThat(run.out().strip()).isEqualTo("Reshape " + System.getProperty("reshape.version"));
    }

    @Test
    void cliLauncher_badFile_endsWithOneLineOnStandardError() throws Exception {
        Path bad = home.resolve("bad.reshape.json");
        Files.writeString(bad, "{");
        Run run = run(List.of(cli(), "cost", "--model", bad.toString()));
        assertThat(run.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).startsWith("reshape: bad.reshape.json: line 1").doesNotContain("\n\tat ");
    }

    @Test
    void desktopLauncher_opensAModelFile_andLogsToTheDataDirectory() throws Exception {
        assumeTrue(OS.startsWith("linux"), "the data directory is redirected with XDG_DATA_HOME, on Linux");
        boolean display = System.getenv("DISPLAY") != null;
        assumeTrue(display || onPath("xvfb-run"), "needs a display, or xvfb-run to make one");
        Model sample = Samples.load("bury-cyp-2024");
        Model other = new Model("packaged-check", "Packaged check", sample.organisation(), sample.directorate(),
                sample.divisions(), sample.payScales(), sample.grades(), sample.scenarios(), sample.costSettings(), sample.glossary());
        Path file = home.resolve("check.reshape");
        ModelFiles.write(other, file);

        List<String> command = new ArrayList<>(display ? List.of() : List.of("xvfb-run", "-a"));
        command.addAll(List.of(launcher("Reshape").toString(), file.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(home.resolve("gui.txt").toFile());
        pb.environment().putAll(dataHome());
        Process p = pb.start();
        Path log = home.resolve("reshape").resolve("logs").resolve("reshape.log");
        try {
            String text = waitFor(log, "opened " + file, Duration.ofSeconds(90));
            assertThat(text).contains("Reshape " + System.getProperty("reshape.version") + " starting")
                    .contains("model packaged-check saved").doesNotContain("ERROR");
            assertThat(p.isAlive()).as("still running after opening the file").isTrue();
        } finally {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
        assertThat(home.resolve("reshape").resolve("reshape.mv.db")).exists();
    }

    @Test
    void debPackage_installsBothLaunchers_andDoubleClickedReshapeFilesOpenInReshape() throws Exception {
        Path deb = deb();
        Path root = home.resolve("deb");
        assertThat(run(List.of("dpkg-deb", "-x", deb.toString(), root.toString())).status()).isZero();
        assertThat(run(List.of("dpkg-deb", "-f", deb.toString(), "Package")).out().strip()).isEqualTo("reshape");

        Path app = root.resolve("opt/reshape");
        assertThat(app.resolve("bin/Reshape")).isExecutable();
        assertThat(app.resolve("bin/reshape-cli")).isExecutable();
        assertThat(Files.readString(app.resolve("lib/reshape-Reshape.desktop")))
                .contains("Exec=/opt/reshape/bin/Reshape %f").contains("MimeType=application/x-reshape-model+json;");
        assertThat(Files.readString(app.resolve("lib/reshape-Reshape-MimeInfo.xml")))
                .contains("<mime-type type=\"application/x-reshape-model+json\">").contains("<glob pattern=\"*.reshape\">");
        assertThat(Files.readString(app.resolve("lib/reshape-reshape-cli.desktop")))
                .as("no menu entry for the command line").contains("NoDisplay=true");
    }

    /// The .deb's maintainer scripts on a system where no menu or file association can be registered
    /// (`xdg-desktop-menu: No writable system menu directory found`): stubs that fail stand in for xdg-utils,
    /// and the scripts must still finish with status 0, saying what they could not do.
    @Test
    void debMaintainerScripts_warnAndGoOn_whenTheDesktopMenuCannotBeRegistered() throws Exception {
        Path deb = deb();
        Path control = home.resolve("control");
        Path root = home.resolve("root");
        assertThat(run(List.of("dpkg-deb", "-e", deb.toString(), control.toString())).status()).isZero();
        assertThat(run(List.of("dpkg-deb", "-x", deb.toString(), root.toString())).status()).isZero();
        Path stubs = Files.createDirectories(home.resolve("stubs"));
        for (String tool : List.of("xdg-desktop-menu", "xdg-mime", "xdg-icon-resource")) {
            stub(stubs.resolve(tool), "echo \"" + tool + ": No writable system menu directory found\" >&2\nexit 3\n");
        }
        // prerm only unregisters files that dpkg says belong to this package alone
        stub(stubs.resolve("dpkg"), "echo \"reshape: $2\"\n");
        assertThat(run(List.of(stubs.resolve("xdg-desktop-menu").toString(), "install", "x")).status()).as("the stub fails").isEqualTo(3);

        Run postinst = runScript(control.resolve("postinst"), root, stubs, "configure");
        assertThat(postinst.status()).as(postinst.err()).isZero();
        assertThat(postinst.err()).contains("reshape: warning: could not register a menu entry or file association "
                + "(xdg-desktop-menu install " + root + "/opt/reshape/lib/reshape-Reshape.desktop failed)")
                .contains("xdg-mime install").contains("No writable system menu directory found");

        Run prerm = runScript(control.resolve("prerm"), root, stubs, "remove");
        assertThat(prerm.status()).as(prerm.err()).isZero();
        assertThat(prerm.err()).contains("reshape: warning: could not remove a menu entry or file association "
                + "(do_if_file_belongs_to_single_package " + root + "/opt/reshape/lib/reshape-Reshape.desktop xdg-desktop-menu uninstall")
                .contains("removing the package goes on");
    }

    private Path deb() throws IOException {
        Path dir = Path.of(System.getProperty("reshape.installer", "target/installer"));
        List<Path> debs;
        try (Stream<Path> files = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
            debs = files.filter(f -> f.toString().endsWith(".deb")).toList();
        }
        assumeTrue(debs.size() == 1 && onPath("dpkg-deb"), "no .deb in " + dir + ", or no dpkg-deb");
        return debs.getFirst();
    }

    private static void stub(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body);
        file.toFile().setExecutable(true);
    }

    /// Runs a maintainer script as dpkg would, with its install folder `/opt/reshape` read as the unpacked package's
    /// and the stubs first on the PATH.
    private Run runScript(Path script, Path root, Path stubs, String argument) throws Exception {
        Path copy = home.resolve(script.getFileName() + ".test");
        Files.writeString(copy, Files.readString(script).replace("/opt/reshape", root + "/opt/reshape"));
        ProcessBuilder pb = new ProcessBuilder("sh", copy.toString(), argument);
        pb.environment().put("PATH", stubs + File.pathSeparator + System.getenv("PATH"));
        Path out = home.resolve("script-out.txt");
        Path err = home.resolve("script-err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String waitFor(Path log, String line, Duration timeout) throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        String text = "";
        while (System.nanoTime() < end) {
            text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (text.contains(line)) {
                return text;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no \"" + line + "\" in " + log + " within " + timeout + "; it has:\n" + text);
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv("PATH").split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
