package org.reshape.io.imports;

import java.time.LocalDate;

/// Choices the user makes before an import.
///
/// @param keepValidRows   import what could be used even when some rows have errors
///                        (they are left out, or their posts made top posts, and the
///                        report lists each); false imports nothing when there is any error
/// @param scenarioName    the new scenario's name, or empty for the importer's default
/// @param baseScenario    id or name of a scenario in the target model that the import
///                        is a proposal of (same post keys = same posts), or empty for a baseline
/// @param replaceScenario replace a scenario of the same name instead of refusing
/// @param asOf            the date the data describes, or null to take it from the file
///                        name (organograms are named by date) or else today
public record ImportOptions(boolean keepValidRows, String scenarioName, String baseScenario, boolean replaceScenario,
                            LocalDate asOf) {

    public ImportOptions {
        scenarioName = scenarioName == null ? "" : scenarioName.strip();
        baseScenario = baseScenario == null ? "" : baseScenario.strip();
    }

    /// All-or-nothing, default names, a baseline, dated by the file.
    public static ImportOptions defaults() {
        return new ImportOptions(false, "", "", false, null);
    }

    public ImportOptions withKeepValidRows(boolean keep) {
        return new ImportOptions(keep, scenarioName, baseScenario, replaceScenario, asOf);
    }

    public ImportOptions withScenarioName(String name) {
        return new ImportOptions(keepValidRows, name, baseScenario, replaceScenario, asOf);
    }

    public ImportOptions withBaseScenario(String base) {
        return new ImportOptions(keepValidRows, scenarioName, base, replaceScenario, asOf);
    }

    public ImportOptions withReplaceScenario(boolean replace) {
        return new ImportOptions(keepValidRows, scenarioName, baseScenario, replace, asOf);
    }

    public ImportOptions withAsOf(LocalDate date) {
        return new ImportOptions(keepValidRows, scenarioName, baseScenario, replaceScenario, date);
    }
}
