package org.reshape.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.io.Samples;

/// Writes sample appendices to target/appendix-samples, for a person to look at.
class RenderSamples {
    @Test
    @Tag("samples")
    void render() throws Exception {
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
    }
}
