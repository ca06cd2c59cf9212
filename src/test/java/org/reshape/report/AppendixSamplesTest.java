package org.reshape.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.io.Samples;

/// Writes the sample appendices to target/appendix-samples for a person to look at
/// (`pdftoppm -png -r 60 target/appendix-samples/appendix-2.pdf /tmp/page`):
/// Bury current and proposed, on A4, A3 and public, and a generated 320-post proposal.
class AppendixSamplesTest {
    @Test
    void writesTheSamplesForReview() throws Exception {
        Path dir = Path.of("target/appendix-samples");
        Files.createDirectories(dir);
        Model m = Samples.load("bury-cyp-2024");
        for (String name : new String[] {"Current structure", "Proposed structure"}) {
            Scenario s = m.scenario(name).orElseThrow();
            AppendixOptions o = AppendixOptions.defaults(m, s).withDate(LocalDate.of(2024, 1, 10));
            String stem = s.isProposal() ? "appendix-2" : "appendix-1";
            Appendix.writePdf(m, s, o, dir.resolve(stem + ".pdf"));
            Appendix.writePdf(m, s, o.withPaper(Paper.A3), dir.resolve(stem + "-a3.pdf"));
            Appendix.writePdf(m, s, o.withPublicVersion(true), dir.resolve(stem + "-public.pdf"));
        }
        Model big = GeneratedModel.of(Integer.getInteger("appendix.posts", 320));
        for (Paper paper : Paper.values()) {
            Scenario s = big.scenario("Proposed structure").orElseThrow();
            Appendix.writePdf(big, s, AppendixOptions.defaults(big, s).withPaper(paper).withDate(LocalDate.of(2024, 1, 10)),
                    dir.resolve("generated-" + paper.name().toLowerCase(java.util.Locale.ROOT) + ".pdf"));
        }
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".pdf"))).hasSizeGreaterThanOrEqualTo(8);
        }
    }
}
