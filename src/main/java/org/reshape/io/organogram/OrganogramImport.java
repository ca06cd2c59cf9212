package org.reshape.io.organogram;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reshape.domain.CostSettings;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Model;
import org.reshape.domain.ModelValidator;
import org.reshape.domain.Problem;
import org.reshape.domain.Scenario;
import org.reshape.io.imports.DivisionNames;
import org.reshape.io.imports.Ids;
import org.reshape.io.imports.ImportOptions;
import org.reshape.io.imports.ImportResult;
import org.reshape.io.imports.ProblemLog;
import org.reshape.io.imports.ScenarioNames;
import org.reshape.io.imports.Progress;
import org.reshape.io.imports.Table;
import org.reshape.io.imports.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Imports UK government organograms (data.gov.uk "Organogram data – Staff Roles
/// and Salaries": a senior and a junior CSV per snapshot) as scenarios.
///
/// Senior posts keep their Post Unique Reference as key, their reporting lines,
/// grade, pay band, FTE, unit (as division) and holder (`N/D` → no name, `Vacant` →
/// vacant). Junior rows become team blocks under their senior post, graded by
/// their payscale. Grades and bands are made as [PayBands] describes;
/// docs/imports.md gives the full rules.
///
/// All or nothing: when any row has an error the result is empty unless
/// [ImportOptions#keepValidRows()]; warnings (what the publisher's conventions
/// made us assume) never stop an import. Every result that has a model has a
/// valid one ([ModelValidator]).
public final class OrganogramImport {
    private static final Logger LOG = LoggerFactory.getLogger(OrganogramImport.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private OrganogramImport() {
    }

    /// A new model with the snapshot as its baseline.
    ///
    /// @param modelId the new model's id, or null for one made from the organisation and date
    public static ImportResult<Model> importModel(OrganogramFiles files, String modelId, ImportOptions options, Progress progress) {
        return run(null, List.of(files), modelId, options, progress);
    }

    /// A new model with two snapshots of one body: the older as the baseline and
    /// the newer as a proposal derived from it, posts matched by Post Unique
    /// Reference, so the change list and the cost bridge show what changed between them.
    /// The options' scenario name, if any, names the baseline.
    public static ImportResult<Model> importPair(OrganogramFiles older, OrganogramFiles newer, String modelId,
                                                 ImportOptions options, Progress progress) {
        return run(null, List.of(older, newer), modelId, options, progress);
    }

    /// `model` with the snapshot added as a scenario (a proposal of
    /// [ImportOptions#baseScenario()] when given), its divisions, bands and grades
    /// merged in: what the model has already is kept as it is.
    public static ImportResult<Model> importInto(Model model, OrganogramFiles files, ImportOptions options, Progress progress) {
        return run(model, List.of(files), model.id(), options, progress);
    }

    private static ImportResult<Model> run(Model existing, List<OrganogramFiles> files, String modelId, ImportOptions options,
                                           Progress progress) {
        long started = System.nanoTime();
        ProblemLog log = new ProblemLog();
        List<Snapshot> snapshots = read(files, options, log, progress);
        int rows = snapshots == null ? 0 : snapshots.stream().mapToInt(Snapshot::rows).sum();
        if (snapshots == null) {
            return new ImportResult<>(Optional.empty(), log.failed(rows));
        }
        if (snapshots.size() == 2 && snapshots.get(0).date().isAfter(snapshots.get(1).date())) {
            snapshots = List.of(snapshots.get(1), snapshots.get(0));
        }
        Snapshot first = snapshots.getFirst();
        PayBands bands = new PayBands(existing, first.date());
        DivisionNames units = new DivisionNames(existing);
        List<Scenario> made = scenarios(existing, snapshots, options, bands, units, log);
        if (made == null || (log.hasErrors() && !options.keepValidRows())) {
            return new ImportResult<>(Optional.empty(), log.failed(rows));
        }
        progress.checkCancelled();
        Model model = assemble(existing, modelId, first, made, bands, units);
        List<Problem> invalid = ModelValidator.validate(model);
        if (!invalid.isEmpty()) {
            // Should not happen: the importer builds only what the rules allow. Say so rather than return a bad model.
            invalid.forEach(p -> log.error("", 0, "", "the imported model breaks a rule: " + p));
            return new ImportResult<>(Optional.empty(), log.failed(rows));
        }
        int posts = made.stream().mapToInt(Scenario::size).sum();
        LOG.info("Imported {} organogram rows as {} posts in {} ms", rows, posts, (System.nanoTime() - started) / 1_000_000);
        return new ImportResult<>(Optional.of(model), log.succeeded(rows, posts));
    }

    /// Reads and cleans every file; null when a file could not be read at all.
    private static List<Snapshot> read(List<OrganogramFiles> files, ImportOptions options, ProblemLog log, Progress progress) {
        List<String[]> texts = new ArrayList<>();
        long total = 0;
        for (OrganogramFiles f : files) {
            String senior = Tables.text(f.senior(), log);
            String junior = f.hasJunior() ? Tables.text(f.junior(), log) : "";
            if (!f.hasJunior()) {
                log.warning(f.senior().name(), 0, "", "no junior file: only the senior posts are imported");
            }
            texts.add(new String[] {senior, junior});
            total += (senior == null ? 0 : senior.length()) + (junior == null ? 0 : junior.length());
        }
        if (log.hasErrors()) {
            return null;
        }
        List<Snapshot> out = new ArrayList<>();
        long done = 0;
        boolean ok = true;
        for (int i = 0; i < files.size(); i++) {
            OrganogramFiles f = files.get(i);
            String[] t = texts.get(i);
            Table seniorTable = Tables.csv(f.senior().name(), t[0], log, progress, done, total);
            done += t[0].length();
            Table juniorTable = f.hasJunior() ? Tables.csv(f.junior().name(), t[1], log, progress, done, total) : null;
            done += t[1].length();
            Map<String, Long> dropped = new HashMap<>();
            List<SeniorRow> seniors = seniorTable == null ? null : OrganogramRows.seniors(seniorTable, log, dropped);
            List<JuniorRow> juniors = !f.hasJunior() ? List.of() : juniorTable == null ? null : OrganogramRows.juniors(juniorTable, log);
            if (seniors == null || juniors == null) {
                ok = false;
                continue;
            }
            LocalDate date = options.asOf() != null && files.size() == 1 ? options.asOf()
                    : f.date().orElse(options.asOf() != null ? options.asOf() : LocalDate.now());
            out.add(new Snapshot(f.senior().name(), f.hasJunior() ? f.junior().name() : "", organisation(seniors, juniors, f), date, seniors, juniors, dropped));
        }
        return ok ? out : null;
    }

    private static String organisation(List<SeniorRow> seniors, List<JuniorRow> juniors, OrganogramFiles f) {
        for (SeniorRow r : seniors) {
            if (!r.organisation().isEmpty()) {
                return r.organisation();
            }
        }
        for (JuniorRow r : juniors) {
            if (!r.organisation().isEmpty()) {
                return r.organisation();
            }
        }
        String name = f.senior().name().replaceAll("(?i)(-senior)?\\.csv$", "").replaceAll("-?\\d{4}-\\d{2}-\\d{2}", "");
        return name.isBlank() ? "Organisation" : name;
    }

    /// The new scenarios, or null (reported) when a name or base does not fit the target model.
    private static List<Scenario> scenarios(Model existing, List<Snapshot> snapshots, ImportOptions options, PayBands bands,
                                            DivisionNames units, ProblemLog log) {
        List<Scenario> made = new ArrayList<>();
        ScenarioNames names = new ScenarioNames(existing, options);
        for (int i = 0; i < snapshots.size(); i++) {
            Snapshot s = snapshots.get(i);
            String name = i == 0 && !options.scenarioName().isEmpty() ? options.scenarioName() : "Organogram " + DAY.format(s.date());
            if (i > 0 && name.equals(made.getFirst().name())) {
                name += " (later)";
            }
            String id = names.id(name, s.seniorFile(), log);
            String base = i == 0 ? names.baseId(s.seniorFile(), log) : made.getFirst().id();
            if (id == null || base == null) {
                return null;
            }
            var posts = SnapshotPosts.build(s, bands, units, log);
            made.add(new Scenario(id, name, base, null, base.isEmpty(), posts));
        }
        return made;
    }

    private static Model assemble(Model existing, String modelId, Snapshot first, List<Scenario> made, PayBands bands,
                                  DivisionNames units) {
        Model model;
        if (existing == null) {
            String id = modelId == null || modelId.isBlank() ? Ids.slug(first.organisation(), 60) + "-" + first.date() : modelId.strip();
            Map<String, String> glossary = new HashMap<>();
            if (first.seniors().stream().anyMatch(r -> r.grade().startsWith("SCS"))) {
                glossary.put("SCS", "Senior Civil Service");
            }
            glossary.put("FTE", "full-time equivalent");
            model = new Model(id, first.organisation() + " organogram", first.organisation(), "", units.divisions(),
                    bands.payScales(), bands.grades(), List.of(), CostSettings.defaults(FinancialYear.containing(first.date())), glossary);
        } else {
            model = new Model(existing.id(), existing.name(), existing.organisation(), existing.directorate(), units.divisions(),
                    bands.payScales(), bands.grades(), existing.scenarios(), existing.costSettings(), existing.glossary(),
                    existing.workforce());
        }
        for (Scenario s : made) {
            model = model.withScenario(s);
        }
        return model;
    }
}
