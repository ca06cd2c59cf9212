package org.reshape.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.reshape.domain.CostSettings;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Model;
import org.reshape.domain.SalaryBasis;
import org.reshape.domain.Scenario;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// The options shared by `cost` and `changes`: which model, which two scenarios, how costed.
final class Selection {

    @Mixin
    ModelSource source;

    @Option(names = "--against", paramLabel = "PROPOSAL", description = "the proposal to compare with its base (name or id; default: the first proposal)")
    String against;

    @Option(names = "--base", paramLabel = "SCENARIO", description = "compare against this scenario instead of the proposal's own base")
    String base;

    @Option(names = "--basis", paramLabel = "BASIS", description = "salary basis: bottom, midpoint, top or actual (default: the model's setting)")
    String basis;

    @Option(names = "--year", paramLabel = "YYYY/YY", description = "financial year, e.g. 2024/25 (default: the model's setting)")
    String year;

    @Option(names = "--no-oncosts", description = "cost salary alone, without employer NI, pension and levy")
    boolean noOnCosts;

    @Option(names = "--part-year", description = "the in-year effect from the proposal's implementation date, instead of the full year")
    boolean partYear;

    /// The model, the two scenarios and the settings, each checked with a clear message.
    record Chosen(Model model, Scenario base, Scenario proposal, CostSettings settings) {
    }

    Chosen choose() {
        Model model = source.load();
        Scenario proposal;
        if (against == null) {
            proposal = model.scenarios().stream().filter(Scenario::isProposal).findFirst()
                    .orElseThrow(() -> new CliException("model '" + model.name() + "' has no proposal to compare"));
        } else {
            proposal = find(model, against, "--against");
        }
        Scenario baseScenario = base != null ? find(model, base, "--base") : model.baseOf(proposal).orElseThrow(
                () -> new CliException("scenario '" + proposal.name() + "' is not a proposal; say what to compare it with: --base SCENARIO"));
        return new Chosen(model, baseScenario, proposal, settings(model));
    }

    /// The model's cost settings with --basis, --year and --no-oncosts applied.
    CostSettings settings(Model model) {
        CostSettings settings = model.costSettings() != null ? model.costSettings()
                : CostSettings.defaults(FinancialYear.containing(java.time.LocalDate.now()));
        try {
            if (basis != null) {
                settings = settings.withBasis(SalaryBasis.parse(basis));
            }
            if (year != null) {
                settings = settings.withYear(FinancialYear.parse(year));
            }
        } catch (IllegalArgumentException e) {
            throw new CliException((basis != null && e.getMessage().contains("basis") ? "--basis: " : "--year: ") + e.getMessage());
        }
        if (noOnCosts) {
            settings = settings.withOnCosts(false);
        }
        return settings;
    }

    static Scenario find(Model model, String name, String option) {
        return model.scenario(name).orElseThrow(() -> new CliException(option + ": no scenario '" + name + "' in model '"
                + model.name() + "'; it has " + String.join(", ", model.scenarios().stream().map(s -> "'" + s.name() + "'").toList())));
    }

    /// The date an `--date`-like option gives, or today when it is not given; refused in the option's name when it is
    /// not a date.
    static LocalDate dateOrToday(String value, String option) {
        if (value == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CliException(option + ": '" + value + "' is not a date; write it like 2024-01-10");
        }
    }
}
