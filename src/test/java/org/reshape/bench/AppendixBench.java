package org.reshape.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.report.Appendix;
import org.reshape.report.AppendixOptions;
import org.reshape.report.GeneratedModel;
import org.reshape.report.Paper;
import org.reshape.report.page.Page;
import org.reshape.report.page.PagedDocument;
import org.reshape.report.pdf.PdfWriter;

/// Time to make the appendix of a generated directorate (the [OrgGenerator]
/// tree, with a proposal that regrades, moves, adds and removes posts), against
/// the DESIGN.md budget: a 500-post appendix PDF, fonts embedded, in ≤ 1 s.
///
/// - `layout`: classification, costing, schedule, chart planning and layout into pages.
/// - `pdf`: all of that and the PDF written with its fonts embedded as subsets.
///
/// The setup prints the number of pages. Run:
/// `./mvnw -q -o -Pbench test-compile exec:exec -Dbench.args="AppendixBench -f 1 -wi 2 -i 3"`
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AppendixBench {
    @Param({"500"})
    public int posts;

    @Param({"A4", "A3"})
    public String paper;

    private Model model;
    private Scenario proposal;
    private AppendixOptions options;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        model = GeneratedModel.of(posts);
        proposal = model.scenario("Proposed structure").orElseThrow();
        options = AppendixOptions.defaults(model, proposal).withPaper(Paper.valueOf(paper)).withDate(LocalDate.of(2024, 1, 10));
        PagedDocument doc = Appendix.layout(model, proposal, options);
        byte[] pdf = pdf();
        System.out.printf("%n[appendix] %d posts, %s: %d pages (%d of chart), %,d bytes%n", posts, paper, doc.pages().size(),
                doc.pages().stream().filter(Page::landscape).count(), pdf.length);
    }

    @Benchmark
    public PagedDocument layout() {
        return Appendix.layout(model, proposal, options);
    }

    @Benchmark
    public byte[] pdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        PdfWriter.write(Appendix.layout(model, proposal, options), out);
        return out.toByteArray();
    }
}
