package org.reshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.cli.CliTest.Result;

/// `reshape transparency` as a user runs it.
class TransparencyCliTest {
    @TempDir
    Path dir;

    @Test
    void writesTheChartTheSeniorSalariesAndThePdf_inTheFolder() throws Exception {
        Result r = CliTest.run("transparency", "--sample", "bury-cyp-2024", "-o", dir.toString(), "--date", "2024-01-10",
                "--contact", "cyp@bury.gov.uk");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Wrote " + dir.resolve("organisation-chart.csv") + ", " + dir.resolve("senior-salaries.csv") + ", "
                + dir.resolve("transparency.pdf") + ": Current structure, 16 posts in the top 3 tiers, 17 paid £50,000 or more.");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("organisation-chart.csv",
                    "senior-salaries.csv", "transparency.pdf");
        }
        assertThat(Files.readString(dir.resolve("organisation-chart.csv"))).startsWith("Post Unique Reference,Name,")
                .contains(",cyp@bury.gov.uk,");
        assertThat(AppendixCliTest.text(dir.resolve("transparency.pdf"))).contains("as at 10 January 2024", "Senior salaries");
    }

    @Test
    void withoutAContact_warnsThatTheCodeAsksForOne() {
        Result r = CliTest.run("transparency", "--sample", "bury-cyp-2024", "--scenario", "Proposed structure", "-o", dir.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains(": Proposed structure, ");
        assertThat(r.err()).contains("warning: no contact given; the Transparency Code asks for one");
    }

    @Test
    void aMissingFolderOrAFile_isRefusedBeforeAnythingIsWritten() throws Exception {
        Result none = CliTest.run("transparency", "--sample", "bury-cyp-2024", "-o", dir.resolve("nowhere").toString());
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("-o: there is no folder " + dir.resolve("nowhere"));
        Path file = Files.writeString(dir.resolve("x.csv"), "");
        Result onFile = CliTest.run("transparency", "--sample", "bury-cyp-2024", "-o", file.toString());
        assertThat(onFile.status()).isEqualTo(2);
        assertThat(onFile.err()).contains("-o: " + file + " is a file");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("x.csv");
        }
    }
}
