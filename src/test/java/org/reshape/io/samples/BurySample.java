package org.reshape.io.samples;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.reshape.domain.CostSettings;
import org.reshape.domain.Division;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Model;
import org.reshape.domain.PostField;
import org.reshape.domain.Provenance;
import org.reshape.domain.SalaryBasis;
import org.reshape.domain.Scenario;

/// Builds the `bury-cyp-2024` sample model from shared/reference/bury-cyp-2024.md
/// and pay-and-oncosts.md. The shipped file
/// `src/main/resources/org/reshape/samples/bury-cyp-2024.reshape.json` is this
/// model written by `ModelFiles`; [BurySampleFileTest] keeps the two the same
/// and rewrites the file when asked (see there). Computed figures (Soulbury
/// 2023 points 31–50, Chief Officer Bands G and H) are worked out here rather
/// than typed, so their method is on record.
public final class BurySample {
    static final String REPORT = "Cabinet report 10 Jan 2024";

    private BurySample() {
    }

    public static Model build() {
        Scenario current = BuryCurrent.scenario();
        Scenario proposed = BuryProposal.scenario(current);
        CostSettings cost = new CostSettings(SalaryBasis.TOP, new FinancialYear(2024), CostSettings.defaultNi(),
                new BigDecimal("0.211"), new BigDecimal("0.005"), true, BuryPay.awards());
        return new Model("bury-cyp-2024", "Bury CYP senior management restructure 2024", "Bury Council",
                "Children and Young People's Directorate", divisions(), BuryPay.scales(), BuryPay.grades(),
                List.of(current, proposed), cost, glossary(), BuryPeople.workforce());
    }

    /// Divisions are model-wide, so the renamed division is a second one: the proposal's
    /// social care posts move from `scs` to `sceh`, in a lighter shade of the same teal.
    private static List<Division> divisions() {
        return List.of(
                new Division("dir", "Directorate", "#3F51B5"),
                new Division("scs", "Social Care & Safeguarding", "#00897B"),
                new Division("sceh", "Social Care & Early Help", "#26A69A", "scs"),
                new Division("es", "Education & Skills", "#F9A825"),
                new Division("ehsr", "Early Help & School Readiness", "#8E24AA"),
                new Division("sar", "Strategy, Assurance & Reform", "#1E88E5"),
                new Division("hac", "Health & Adult Care", "#8D6E63"));
    }

    private static Map<String, String> glossary() {
        return Map.ofEntries(
                Map.entry("AD", "Assistant Director"),
                Map.entry("CASS", "as used in the report, for a children's social care service named with Leaving Care; "
                        + "the public text does not expand it"),
                Map.entry("CO", "Chief Officer: the pay bands (A–H) for a council's senior managers under the JNC for Chief Officers"),
                Map.entry("CP", "Child Protection"),
                Map.entry("CYP", "Children and Young People"),
                Map.entry("EH", "Early Help: support for children and families before statutory social care is needed"),
                Map.entry("EIP", "Educational Improvement Professional: the Soulbury pay scale's name for advisers and inspectors"),
                Map.entry("FTE", "Full-Time Equivalent"),
                Map.entry("HoS", "Head of Service"),
                Map.entry("IRO", "Independent Reviewing Officer: reviews the care plans of children in care"),
                Map.entry("JNC", "Joint Negotiating Committee (for Chief Officers of Local Authorities)"),
                Map.entry("LADO", "Local Authority Designated Officer: manages allegations against adults who work with children"),
                Map.entry("LGPS", "Local Government Pension Scheme. This sample costs the employer's contribution at the "
                        + "21.1% national average (2022 valuation); enter the authority's own rate"),
                Map.entry("MASH", "Multi-Agency Safeguarding Hub"),
                Map.entry("NI", "National Insurance (the employer's contributions)"),
                Map.entry("NJC", "National Joint Council for Local Government Services: the national pay spine"),
                Map.entry("PSW", "Principal Social Worker"),
                Map.entry("QA", "Quality Assurance"),
                Map.entry("SEND", "Special Educational Needs and Disabilities"),
                Map.entry("SM", "Senior Manager: Bury's local senior-manager grades, such as SM1"),
                Map.entry("Soulbury", "the Soulbury Committee's pay scale for educational improvement professionals"));
    }

    /// Read in the report: "Cabinet report 10 Jan 2024 §5.3.4".
    static Provenance cited(String sections) {
        return Provenance.of(REPORT + " " + sections);
    }

    /// Partly reconstructed: the sections it rests on, which fields are assumed, and why.
    static Provenance assumed(String sections, String why, PostField... fields) {
        return new Provenance(REPORT + " " + sections, why, java.util.Set.of(fields));
    }
}
