package org.reshape.report;

import java.time.LocalDate;
import org.reshape.domain.CostSettings;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;

/// What an appendix says about itself and how it is printed.
///
/// @param title          "Appendix 2 – Proposed Structure"
/// @param publicVersion  leave out holders' names and print each post's pay in £5,000 bands
/// @param classification the report's classification, printed on every page: "Open"
/// @param date           the date printed on the title block
/// @param costSettings   how the cost summary is costed
public record AppendixOptions(String title, Paper paper, boolean publicVersion, String classification, LocalDate date,
                              CostSettings costSettings) {

    public AppendixOptions {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an appendix needs a title");
        }
        paper = paper == null ? Paper.A4 : paper;
        classification = classification == null || classification.isBlank() ? "Open" : classification.strip();
        date = date == null ? LocalDate.now() : date;
        if (costSettings == null) {
            throw new IllegalArgumentException("an appendix needs cost settings");
        }
    }

    /// The usual options: A4, full version, "Open", today, the model's cost settings.
    public static AppendixOptions defaults(Model model, Scenario scenario) {
        CostSettings settings = model.costSettings() != null ? model.costSettings()
                : CostSettings.defaults(FinancialYear.containing(LocalDate.now()));
        return new AppendixOptions(defaultTitle(scenario, null), Paper.A4, false, "Open", LocalDate.now(), settings);
    }

    /// "Appendix 1 – Current Structure" for a baseline, "Appendix 2 – Proposed Structure" for a proposal.
    ///
    /// @param number the appendix number, or null for 1 (baseline) or 2 (proposal)
    public static String defaultTitle(Scenario scenario, Integer number) {
        int n = number != null ? number : scenario.isProposal() ? 2 : 1;
        return "Appendix " + n + " – " + (scenario.isProposal() ? "Proposed Structure" : "Current Structure");
    }

    /// The words printed on every page about which version this is.
    public String versionText() {
        return publicVersion ? "Public version – names withheld, pay in £5,000 bands" : "Full version – names and exact pay";
    }

    public AppendixOptions withTitle(String t) {
        return new AppendixOptions(t, paper, publicVersion, classification, date, costSettings);
    }

    public AppendixOptions withPaper(Paper p) {
        return new AppendixOptions(title, p, publicVersion, classification, date, costSettings);
    }

    public AppendixOptions withPublicVersion(boolean v) {
        return new AppendixOptions(title, paper, v, classification, date, costSettings);
    }

    public AppendixOptions withClassification(String c) {
        return new AppendixOptions(title, paper, publicVersion, c, date, costSettings);
    }

    public AppendixOptions withDate(LocalDate d) {
        return new AppendixOptions(title, paper, publicVersion, classification, d, costSettings);
    }

    public AppendixOptions withCostSettings(CostSettings s) {
        return new AppendixOptions(title, paper, publicVersion, classification, date, s);
    }
}
