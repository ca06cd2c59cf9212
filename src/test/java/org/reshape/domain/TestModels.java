package org.reshape.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// Small models for tests, with the real Bury Chief Officer bands and a part of the NJC spine.
public final class TestModels {
    private TestModels() {
    }

    public static final FinancialYear Y2024 = new FinancialYear(2024);

    public static List<PayScale> scales() {
        Map<String, PayScale.Band> co = Map.of(
                "B", band(68_714, 74_619),
                "D", band(83_865, 90_992),
                "E", band(93_102, 101_596),
                "F", band(103_767, 112_636),
                "A", band(62_185, 67_527));
        Map<Integer, Money> njc2024 = Map.of(7, Money.ofPounds(25_584), 8, Money.ofPounds(25_992),
                9, Money.ofPounds(26_409), 10, Money.ofPounds(26_835), 11, Money.ofPounds(27_269));
        Map<Integer, Money> njc2023 = Map.of(7, Money.ofPounds(24_294), 8, Money.ofPounds(24_702),
                9, Money.ofPounds(25_119), 10, Money.ofPounds(25_545), 11, Money.ofPounds(25_979));
        return List.of(
                new PayScale("co-2023", "Chief Officer", LocalDate.of(2023, 4, 1), Map.of(), co, Provenance.of("Cabinet report")),
                new PayScale("njc-2023", "NJC", LocalDate.of(2023, 4, 1), njc2023, Map.of(), Provenance.of("NJC")),
                new PayScale("njc-2024", "NJC", LocalDate.of(2024, 4, 1), njc2024, Map.of(), Provenance.of("NJC")));
    }

    public static List<Grade> grades() {
        return List.of(
                Grade.banded("co-a", "Chief Officer Band A", "Chief Officer", "A",
                        new Provenance("", "not published; geometric step", java.util.Set.of())),
                Grade.banded("co-b", "Chief Officer Band B", "Chief Officer", "B", Provenance.of("§5.1.3")),
                Grade.banded("co-d", "Chief Officer Band D", "Chief Officer", "D", Provenance.of("Bury decision")),
                Grade.banded("co-e", "Chief Officer Band E", "Chief Officer", "E", Provenance.of("§2.0")),
                Grade.banded("co-f", "Chief Officer Band F", "Chief Officer", "F", Provenance.of("§2.0")),
                Grade.spinal("njc-4", "NJC Grade 4", "NJC", 7, 11, Provenance.of("NJC")));
    }

    public static List<Division> divisions() {
        return List.of(new Division("dir", "Directorate", "#455A64"), new Division("sc", "Social Care", "#1E88E5"),
                new Division("ed", "Education", "#43A047"));
    }

    /// A baseline: a director on Band E with a head of service and a 30 FTE team.
    public static Scenario baseline() {
        List<Post> posts = new ArrayList<>();
        posts.add(Post.of("ED", "Executive Director", "dir", "", "co-f"));
        posts.add(Post.of("DSC", "Director of Social Care", "sc", "ED", "co-e"));
        posts.add(Post.of("HOS", "Head of Service", "sc", "DSC", "co-a"));
        posts.add(Post.of("BS", "Business Support", "sc", "HOS", "njc-4").withFte(new java.math.BigDecimal("30"), 30));
        posts.add(Post.of("DED", "Director of Education", "ed", "ED", "co-d"));
        return new Scenario("current", "Current structure", "", null, true, posts);
    }

    static PayScale.Band band(long min, long max) {
        return new PayScale.Band(Money.ofPounds(min), Money.ofPounds(max));
    }

    public static Model model(Scenario... scenarios) {
        return new Model("test", "Test model", "Test Council", "Test Directorate", divisions(), scales(), grades(),
                List.of(scenarios), CostSettings.defaults(Y2024), Map.of("FTE", "full-time equivalent"));
    }
}
