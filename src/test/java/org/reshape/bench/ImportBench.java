package org.reshape.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.reshape.csv.CsvWriter;
import org.reshape.domain.CostSettings;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.PayScale;
import org.reshape.domain.Provenance;
import org.reshape.io.csv.CsvReader;
import org.reshape.io.csv.CsvRecord;
import org.reshape.io.establishment.ColumnMapping;
import org.reshape.io.establishment.EstablishmentImport;
import org.reshape.io.imports.ImportOptions;
import org.reshape.io.imports.ImportResult;
import org.reshape.io.imports.ImportSource;
import org.reshape.io.imports.Progress;

/// Import time of a generated establishment list of 100,000 posts (the tree of
/// [OrgGenerator], so the same shape as the layout benchmarks), as CSV:
///
/// - `importCsv`: the whole import into a model with 10 banded grades: decode,
///   parse, map columns, check each row, settle reporting lines (cycle check),
///   build the scenario and validate the whole model;
/// - `readCsv`: only the RFC 4180 reading of the same text, for the split.
///
/// Each row has a post number, title, division (the post's top-level branch, 10
/// or so), reports-to post number, grade, FTE, holder, occupancy, and one in
/// fifty a quoted multi-line responsibilities cell.
///
/// Run: `./mvnw -q -o -Pbench test-compile exec:exec -Dbench.args="ImportBench -f 1 -wi 2 -i 3"`
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ImportBench {

    @Param("100000")
    int posts;

    private Model model;
    private byte[] csv;
    private String text;
    private ColumnMapping mapping;

    @Setup(Level.Trial)
    public void generate() {
        OrgGenerator org = OrgGenerator.generate(posts);
        int[] parent = org.parents();
        int[] depth = org.depths();
        int[] salary = org.salaries();
        int[] branch = new int[parent.length];
        StringBuilder out = new StringBuilder(posts * 110);
        CsvWriter w = new CsvWriter(out);
        w.row("Post No", "Job Title", "Service Area", "Reports To", "Grade", "FTE", "Employee Name", "Status", "Responsibilities");
        for (int i = 0; i < parent.length; i++) {
            branch[i] = depth[i] <= 1 ? i : branch[parent[i]];
            String grade = "G" + (1 + (salary[i] - 20_000) / 8_001);
            String fte = i % 7 == 0 ? "0.5" : "1";
            String holder = i % 11 == 0 ? "Vacant" : "Holder " + i;
            String responsibilities = i % 50 == 0 ? "Leads the team,\nand deputises for the head \"when needed\"" : "";
            w.row("P" + i, "Post " + i, "Branch " + branch[i], parent[i] < 0 ? "" : "P" + parent[i], grade, fte, holder,
                    i % 13 == 0 ? "Interim" : "Permanent", responsibilities);
        }
        text = out.toString();
        csv = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        model = gradedModel();
        mapping = ColumnMapping.guess(List.of("Post No", "Job Title", "Service Area", "Reports To", "Grade", "FTE", "Employee Name",
                "Status", "Responsibilities"));
        ImportResult<EstablishmentImport.Imported> check = importCsv();
        if (!check.imported() || check.report().hasErrors()) {
            throw new IllegalStateException("the generated file does not import: " + check.report().problems().stream().limit(5).toList());
        }
        System.out.printf("%n%,d rows, %,d bytes; imported %,d posts, %,d problems%n", posts, csv.length,
                check.report().postsImported(), check.report().problems().size());
    }

    private static Model gradedModel() {
        Map<String, PayScale.Band> bands = new TreeMap<>();
        List<Grade> grades = new ArrayList<>();
        for (int g = 1; g <= 10; g++) {
            bands.put("G" + g, new PayScale.Band(Money.ofPounds(20_000 + (g - 1) * 8_001L), Money.ofPounds(20_000 + g * 8_001L)));
            grades.add(Grade.banded("g" + g, "G" + g, "Bench", "G" + g, Provenance.NONE));
        }
        PayScale scale = new PayScale("bench", "Bench", LocalDate.of(2025, 4, 1), Map.of(), bands, Provenance.NONE);
        return new Model("bench", "Bench", "", "", List.of(), List.of(scale), grades, List.of(),
                CostSettings.defaults(new FinancialYear(2025)), Map.of());
    }

    @Benchmark
    public ImportResult<EstablishmentImport.Imported> importCsv() {
        return EstablishmentImport.importInto(model, ImportSource.of("establishment.csv", csv), mapping,
                ImportOptions.defaults().withScenarioName("Establishment"), Progress.NONE);
    }

    @Benchmark
    public long readCsv() {
        CsvReader r = CsvReader.of(text);
        long cells = 0;
        for (CsvRecord rec = r.next(); rec != null; rec = r.next()) {
            cells += rec.size();
        }
        return cells;
    }
}
