package org.reshape.costing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.reshape.domain.CostSettings;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Model;
import org.reshape.domain.NiRule;
import org.reshape.domain.PayScale;
import org.reshape.domain.PaySchedule;

/// What costs a financial year, in words: its employer NI rule (and whether the
/// model stores one for that year or carries an earlier year's forward) and the
/// pay versions in force in it, the assumed ones marked. The window shows it
/// beside the year switch and the command line prints it under the settings.
public final class YearRules {
    private YearRules() {
    }

    /// "employer NI 15% above £5,000 (the 2025/26 rule)".
    public static String ni(CostSettings s, FinancialYear year) {
        NiRule rule = s.niFor(year);
        String whose = s.storedNi(year).isPresent() ? "the " + year + " rule"
                : "no rule stored for " + year + ": the latest earlier one, assumed";
        return "employer NI " + Percent.of(rule.rate()) + " above " + rule.threshold().formatPounds() + " (" + whose + ")";
    }

    /// "NJC from 1 April 2024 and from 1 April 2025; Soulbury from 1 September 2024 and from 1 September 2025 (assumed); …":
    /// every family's versions in force during the year, in the model's family order.
    public static String pay(Model model, CostSettings s, FinancialYear year) {
        PaySchedule schedule = PaySchedule.of(model, s);
        Set<String> families = new LinkedHashSet<>();
        model.payScales().forEach(p -> families.add(p.family()));
        List<String> out = new ArrayList<>();
        for (String family : families) {
            List<PaySchedule.Span> spans = schedule.spans(family, year.start(), year.end());
            Set<String> versions = new TreeSet<>();
            List<String> parts = new ArrayList<>();
            for (PaySchedule.Span span : spans) {
                PayScale v = span.version();
                if (versions.add(v.id())) {
                    parts.add(v.label().substring(family.length() + 1) + (span.assumed() ? " (assumed)" : ""));
                }
            }
            if (!parts.isEmpty()) {
                out.add(family + " " + String.join(" and ", parts));
            }
        }
        return String.join("; ", out);
    }

    /// Both, for the settings' own year.
    public static String describe(Model model, CostSettings s) {
        return s.year() + " is costed with " + ni(s, s.year()) + "; pay: " + pay(model, s, s.year());
    }
}
