package org.reshape.io.organogram;

import org.reshape.domain.Model;
import org.reshape.io.imports.ImportOptions;
import org.reshape.io.imports.ImportResult;
import org.reshape.io.imports.ImportSource;
import org.reshape.io.imports.Progress;

/// Small inline organograms for tests: the header of a real senior and junior file, and rows.
final class Csv {
    static final String SENIOR_HEADER = "\"Post Unique Reference\",\"Name\",\"Grade (or equivalent)\",\"Job Title\",\"Job/Team Function\","
            + "\"Parent Department\",\"Organisation\",\"Unit\",\"Contact Phone\",\"Contact E-mail\",\"Reports to Senior Post\","
            + "\"Salary Cost of Reports (£)\",\"FTE\",\"Actual Pay Floor (£)\",\"Actual Pay Ceiling (£)\",\"\","
            + "\"Professional/Occupational Group\",\"Notes\",\"Valid?\",\"URI\"\n";
    static final String JUNIOR_HEADER = "\"Parent Department\",\"Organisation\",\"Unit\",\"Reporting Senior Post\",\"Grade\","
            + "\"Payscale Minimum (£)\",\"Payscale Maximum (£)\",\"Generic Job Title\",\"Number of Posts in FTE\","
            + "\"Professional/Occupational Group\"\n";

    private Csv() {
    }

    /// A senior row in the DfID column order.
    static String senior(String key, String name, String grade, String title, String unit, String reportsTo, String fte,
                         String floor, String ceiling) {
        return String.join(",", q(key), q(name), q(grade), q(title), q(title), q("Dept"), q("Test Agency"), q(unit), q(""), q(""),
                q(reportsTo), q(""), q(fte), q(floor), q(ceiling), q(""), q(""), q(""), q(""), q("")) + "\n";
    }

    static String junior(String unit, String parent, String grade, String min, String max, String title, String fte) {
        return String.join(",", q("Dept"), q("Test Agency"), q(unit), q(parent), q(grade), q(min), q(max), q(title), q(fte), q("Policy"))
                + "\n";
    }

    static String q(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    static OrganogramFiles files(String senior, String junior) {
        return new OrganogramFiles(ImportSource.of("test-2020-03-31-senior.csv", senior),
                ImportSource.of("test-2020-03-31-junior.csv", junior));
    }

    static ImportResult<Model> load(String senior, String junior) {
        return OrganogramImport.importModel(files(senior, junior), null, ImportOptions.defaults(), Progress.NONE);
    }

    static ImportResult<Model> loadKeepingValid(String senior, String junior) {
        return OrganogramImport.importModel(files(senior, junior), null, ImportOptions.defaults().withKeepValidRows(true), Progress.NONE);
    }

    /// A small, tidy pair: a top post, two directors, and junior blocks.
    static final String SENIOR = SENIOR_HEADER
            + senior("T1", "Ann Top", "SCS3", "Director General", "Top Office", "XX", "1", "120000", "124999")
            + senior("D1", "Bob Dee", "SCS2", "Director of Policy", "Policy", "T1", "1", "95000", "99999")
            + senior("D2", "N/D", "SCS2", "Director of Delivery", "Delivery", "T1", "0.8", "0", "0");
    static final String JUNIOR = JUNIOR_HEADER
            + junior("Policy", "D1", "G7", "49410", "58160", "Policy Adviser", "4.5")
            + junior("Policy", "D1", "G7", "49410", "58160", "Policy Adviser", "2")
            + junior("Delivery", "D2", "EO", "23930", "28210", "Case Officer", "12");
}
