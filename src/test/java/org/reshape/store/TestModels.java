package org.reshape.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reshape.domain.CostSettings;
import org.reshape.domain.Division;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.NiRule;
import org.reshape.domain.Occupancy;
import org.reshape.domain.PayScale;
import org.reshape.domain.JobEvaluation;
import org.reshape.domain.Post;
import org.reshape.domain.PostDesign;
import org.reshape.domain.PostField;
import org.reshape.domain.Provenance;
import org.reshape.domain.SalaryBasis;
import org.reshape.domain.Scenario;

/// Models for store tests and benchmarks. [#rich()] sets every field the domain
/// has to something other than its default, so a save and load that dropped or
/// mangled any column would not come back equal.
public final class TestModels {
    public static final String MODEL_ID = "bury-cyp";
    public static final String BASELINE = "current";
    public static final String PROPOSAL = "proposed";

    private static final Provenance REPORT = Provenance.of("Cabinet report 10 January 2024 §5.3.4");
    private static final Provenance ASSUMED = new Provenance("Cabinet report Appendix 1",
            "grade and FTE not stated in the report; taken from the 2023 establishment list",
            EnumSet.of(PostField.GRADE, PostField.FTE));

    private TestModels() {
    }

    public static Model rich() {
        return new Model(MODEL_ID, "Bury CYP senior structure 2024", "Bury Council",
                "Children and Young People", divisions(), payScales(), grades(),
                List.of(baseline(), proposal()), costSettings(), glossary());
    }

    static List<Division> divisions() {
        return List.of(
                new Division("exec", "Executive Director", "#37474F"),
                new Division("social-care", "Social Care & Safeguarding", "#1565C0"),
                new Division("sceh", "Social Care & Early Help", "#26A69A", "social-care", Money.parse("1250000.50")),
                new Division("education", "Education & Skills", "#2E7D32"),
                new Division("early-help", "Early Help", null), // gets the domain's default grey
                new Division("hac", "Health & Adult Care", "#AD1457"));
    }

    static List<PayScale> payScales() {
        Map<Integer, Money> soulbury2023 = new LinkedHashMap<>();
        Map<Integer, Money> soulbury2024 = new LinkedHashMap<>();
        for (int point = 1; point <= 30; point++) {
            soulbury2023.put(point, new Money(3_900_000L + point * 123_457L));
            soulbury2024.put(point, new Money(4_100_000L + point * 127_501L));
        }
        return List.of(
                new PayScale("soulbury-2023", "Soulbury", LocalDate.of(2023, 9, 1), soulbury2023,
                        Map.of("EP", new PayScale.Band(Money.parse("46,317.00"), Money.parse("66,345.50"))),
                        Provenance.of("Soulbury Committee award 2023")),
                new PayScale("soulbury-2024", "Soulbury", LocalDate.of(2024, 9, 1), soulbury2024,
                        Map.of("EP", new PayScale.Band(Money.parse("48,480.00"), Money.parse("69,444.99"))),
                        new Provenance("Soulbury Committee award 2024", "amounts for points above 26 estimated",
                                Set.of())),
                new PayScale("co-2024", "Chief Officer", LocalDate.of(2024, 4, 1), Map.of(),
                        Map.of("E", new PayScale.Band(Money.ofPounds(93_102), Money.ofPounds(101_596)),
                                "F", new PayScale.Band(Money.ofPounds(103_887), Money.ofPounds(112_395))),
                        Provenance.NONE),
                new PayScale("njc-2024", "NJC", LocalDate.of(2024, 4, 1),
                        Map.of(1, Money.parse("23500.00"), 43, Money.parse("56,582.00")), Map.of(),
                        new Provenance("", "", EnumSet.of(PostField.GRADE))));
    }

    static List<Grade> grades() {
        return List.of(
                Grade.spinal("eip-23-26", "Soulbury EIP 23–26", "Soulbury", 23, 26, REPORT),
                Grade.spinal("eip-20-23", "Soulbury EIP 20–23", "Soulbury", 20, 23, Provenance.NONE),
                Grade.banded("co-e", "Chief Officer Band E", "Chief Officer", "E", REPORT),
                Grade.banded("co-f", "Chief Officer Band F", "Chief Officer", "F", ASSUMED),
                Grade.spinal("njc-bs", "NJC Grade 1–43", "NJC", 1, 43, Provenance.NONE));
    }

    static Scenario baseline() {
        List<Post> posts = new ArrayList<>();
        posts.add(new Post("P1", "Executive Director", "exec", "", "co-f", BigDecimal.ONE, 1,
                Occupancy.SUBSTANTIVE, "Jeanette Richards", null, "Statutory DCS", null, List.of(), List.of(),
                REPORT, "named in the report", PostDesign.NONE.withRoles(List.of("Director of Children's Services"))));
        posts.add(new Post("P2", "Director of Social Care", "social-care", "P1", "co-e", BigDecimal.ONE, 1,
                Occupancy.INTERIM, "Agency: day rate £950", null, "", null, List.of(), List.of(), ASSUMED, ""));
        posts.add(new Post("P3", "Principal Social Worker", "social-care", "P2", "eip-20-23", new BigDecimal("0.81"), 1,
                Occupancy.ACTING, "A. Person", null, "Practice standards", 22, List.of(), List.of(), REPORT,
                "acting up since May"));
        posts.add(new Post("P4", "Service Manager (Quality & Assurance)", "social-care", "P2", "eip-20-23",
                new BigDecimal("0.5"), 1, Occupancy.VACANT, "", null, "", null, List.of(), List.of(),
                Provenance.NONE, "", PostDesign.NONE.withDottedManagers(List.of("P1"))));
        posts.add(new Post("P5", "Head of Early Help", "early-help", "P1", "eip-23-26", BigDecimal.ONE, 1,
                Occupancy.SECONDMENT, "On secondment from Health & Adult Care", LocalDate.of(2024, 8, 31),
                "Early help; family hubs", 25, List.of(), List.of(), REPORT, ""));
        posts.add(new Post("P6", "Business Support", "exec", "P1", "njc-bs", new BigDecimal("30"), 32,
                Occupancy.SUBSTANTIVE, "", null, "Team block", null, List.of(), List.of(),
                new Provenance("Establishment list 2023", "headcount from payroll, not the report",
                        EnumSet.of(PostField.HEADCOUNT)), "team of 32 people"));
        return new Scenario(BASELINE, "Current structure", "", null, true, posts);
    }

    static Scenario proposal() {
        Scenario base = baseline();
        List<Post> posts = new ArrayList<>();
        posts.add(base.post("P1"));
        posts.add(base.post("P2").withGrade("co-f").withOccupancy(Occupancy.SUBSTANTIVE, "To be recruited", null));
        posts.add(new Post("N1", "Head of Service (Social Work Development & Quality Assurance)", "social-care", "P2",
                "eip-23-26", BigDecimal.ONE, 1, Occupancy.VACANT, "", LocalDate.of(2026, 3, 31),
                "Principal social worker role; quality assurance", null, List.of("P3", "P4"), List.of("P3"),
                new Provenance("Cabinet report §5.3.4", "fixed-term end assumed as end of 2025/26",
                        EnumSet.of(PostField.OCCUPANCY, PostField.RESPONSIBILITIES, PostField.DIVISION,
                                PostField.MANAGER, PostField.TITLE, PostField.HOLDER)),
"new fixed-term post", PostDesign.NONE.withEvaluation(new JobEvaluation("Hay", "812 points", LocalDate.of(2023, 11, 20)))));
        posts.add(base.post("P6").withManager("P2").withFte(new BigDecimal("28.5"), 30));
        posts.add(new Post("N2", "Head of Education & Skills", "education", "P1", "eip-23-26", BigDecimal.ONE, 1,
                Occupancy.SUBSTANTIVE, "", null, "", 24, List.of("P5"), List.of("P5", "P3"), REPORT, ""));
        return new Scenario(PROPOSAL, "Proposed structure", BASELINE, LocalDate.of(2024, 4, 1), false, posts);
    }

    static CostSettings costSettings() {
        return new CostSettings(SalaryBasis.MIDPOINT, new FinancialYear(2024), Map.of(
                new FinancialYear(2023), new NiRule(new BigDecimal("0.138"), Money.ofPounds(9_100)),
                new FinancialYear(2025), new NiRule(new BigDecimal("0.15"), Money.parse("5000.01"))),
                new BigDecimal("0.2345"), new BigDecimal("0.005"), false);
    }

    static Map<String, String> glossary() {
        return Map.of("SEND", "Special Educational Needs and Disabilities",
                "DCS", "Director of Children's Services",
                "EIP", "Educational Improvement Professionals");
    }

    /// A baseline of `n` posts in a wide, deep tree (ten reports each), as an import of a large council gives.
    public static Scenario large(String id, int n) {
        List<Post> posts = new ArrayList<>(n);
        String[] divisions = {"exec", "social-care", "education", "early-help", "hac"};
        for (int i = 0; i < n; i++) {
            String manager = i == 0 ? "" : "K" + (i - 1) / 10;
            posts.add(new Post("K" + i, "Post " + i + " (Service Manager)", divisions[i % divisions.length], manager,
                    i % 3 == 0 ? "eip-23-26" : "njc-bs", i % 7 == 0 ? new BigDecimal("0.6") : BigDecimal.ONE, 1,
                    Occupancy.values()[i % Occupancy.values().length], i % 2 == 0 ? "Holder " + i : "",
                    i % 11 == 0 ? LocalDate.of(2026, 3, 31) : null, "Responsibilities of post " + i,
                    i % 3 == 0 ? 24 : null, i % 13 == 0 ? List.of("K" + (i / 2)) : List.of(), List.of(),
                    i % 5 == 0 ? REPORT : Provenance.NONE, ""));
        }
        return new Scenario(id, "Large structure " + n, "", null, false, posts);
    }
}
