package org.reshape.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.io.Samples;

/// Writes the sample appendices as a user gets them — Bury current and proposed,
/// on A4, A3 and public, and a generated 320-post proposal on A4 and A3 — into a
/// fresh folder, and reads each back: a PDF with the appendix's title and the
/// paper it was asked for. With `-Dappendix.samples=target/appendix-samples` it
/// also leaves them there for a person to look at
/// (`pdftoppm -png -r 60 target/appendix-samples/appendix-2.pdf /tmp/page`).
class AppendixSamplesTest {
    @TempDir
    Path dir;

    private record Sample(String file, String title, Paper paper) {
    }

    @Test
    void writesEverySample_asAPdfWithItsTitleAndPaper() throws Exception {
        List<Sample> expected = new ArrayList<>();
        Model m = Samples.load("bury-cyp-2024");
        for (String name : new String[] {"Current structure", "Proposed structure"}) {
            Scenario s = m.scenario(name).orElseThrow();
            AppendixOptions o = AppendixOptions.defaults(m, s).withDate(LocalDate.of(2024, 1, 10));
            String stem = s.isProposal() ? "appendix-2" : "appendix-1";
            write(m, s, o, stem + ".pdf", expected);
            write(m, s, o.withPaper(Paper.A3), stem + "-a3.pdf", expected);
            write(m, s, o.withPublicVersion(true), stem + "-public.pdf", expected);
        }
        Model big = GeneratedModel.of(Integer.getInteger("appendix.posts", 320));
        Scenario proposed = big.scenario("Proposed structure").orElseThrow();
        for (Paper paper : Paper.values()) {
            write(big, proposed, AppendixOptions.defaults(big, proposed).withPaper(paper).withDate(LocalDate.of(2024, 1, 10)),
                    "generated-" + paper.name().toLowerCase(Locale.ROOT) + ".pdf", expected);
        }

        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
                    expected.stream().map(Sample::file).toList());
        }
        for (Sample e : expected) {
            try (PDDocument doc = Loader.loadPDF(dir.resolve(e.file()).toFile())) {
                assertThat(doc.getDocumentInformation().getTitle()).as(e.file()).isEqualTo(e.title());
                // the first page is the chart, landscape: A4 is 842 points wide, A3 1191
                float width = doc.getPage(0).getMediaBox().getWidth();
                assertThat(width).as(e.file()).isCloseTo(e.paper() == Paper.A3 ? 1190.55f : 841.89f, org.assertj.core.data.Offset.offset(1f));
            }
        }
        String keep = System.getProperty("appendix.samples");
        if (keep != null) {
            Path out = Files.createDirectories(Path.of(keep));
            for (Sample e : expected) {
                Files.copy(dir.resolve(e.file()), out.resolve(e.file()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private void write(Model m, Scenario s, AppendixOptions o, String file, List<Sample> expected) throws Exception {
        Appendix.writePdf(m, s, o, dir.resolve(file));
        expected.add(new Sample(file, o.title(), o.paper()));
    }
}
