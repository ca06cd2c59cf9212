package org.reshape.io.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.reshape.domain.Grade;
import org.reshape.domain.Money;
import org.reshape.domain.PayAward;
import org.reshape.domain.PayScale;
import org.reshape.domain.Provenance;

/// The pay scales and grades of the Bury sample, from
/// shared/reference/pay-and-oncosts.md (V = read, D = derived, A = assumed there).
final class BuryPay {
    static final String NJC = "NJC";
    static final String SOULBURY = "Soulbury";
    static final String CHIEF_OFFICER = "Chief Officer";
    static final String BURY_SM = "Bury SM";

    private BuryPay() {
    }

    // point, 1 April 2023, 1 April 2024 (D: the 2021/22 spine + £1,925 + £1,925, then + £1,290)
    private static final int[][] NJC_SPINE = {
            {2, 22_366, 23_656}, {3, 22_737, 24_027}, {4, 23_114, 24_404}, {5, 23_500, 24_790}, {6, 23_893, 25_183},
            {7, 24_294, 25_584}, {8, 24_702, 25_992}, {9, 25_119, 26_409}, {10, 25_545, 26_835}, {11, 25_979, 27_269},
            {12, 26_421, 27_711}, {13, 26_873, 28_163}, {14, 27_334, 28_624}, {15, 27_803, 29_093}, {16, 28_282, 29_572},
            {17, 28_770, 30_060}, {18, 29_269, 30_559}, {19, 29_777, 31_067}, {20, 30_296, 31_586}, {21, 30_825, 32_115},
            {22, 31_364, 32_654}, {23, 32_076, 33_366}, {24, 33_024, 34_314}, {25, 33_945, 35_235}, {26, 34_834, 36_124},
            {27, 35_745, 37_035}, {28, 36_648, 37_938}, {29, 37_336, 38_626}, {30, 38_223, 39_513}, {31, 39_186, 40_476},
            {32, 40_221, 41_511}, {33, 41_418, 42_708}, {34, 42_403, 43_693}, {35, 43_421, 44_711}, {36, 44_428, 45_718},
            {37, 45_441, 46_731}, {38, 46_464, 47_754}, {39, 47_420, 48_710}, {40, 48_474, 49_764}, {41, 49_498, 50_788},
            {42, 50_512, 51_802}, {43, 51_515, 52_805}};

    // point, 1 September 2023 (D), 1 September 2024 (V); 0 = not in the reference table (points 31-50 for 2023)
    private static final int[][] SOULBURY_SPINE = {
            {1, 40_540, 41_554}, {2, 41_920, 42_968}, {3, 43_224, 44_305}, {4, 44_545, 45_659}, {5, 45_857, 47_003},
            {6, 47_170, 48_349}, {7, 48_550, 49_764}, {8, 49_878, 51_125}, {9, 51_425, 52_711}, {10, 52_805, 54_125},
            {11, 54_166, 55_520}, {12, 55_484, 56_871}, {13, 56_976, 58_400}, {14, 58_308, 59_766}, {15, 59_777, 61_271},
            {16, 61_106, 62_634}, {17, 62_440, 64_001}, {18, 63_748, 65_342}, {19, 65_097, 66_724}, {20, 65_794, 67_439},
            {21, 67_133, 68_811}, {22, 68_301, 70_009}, {23, 69_586, 71_326}, {24, 70_739, 72_507}, {25, 71_971, 73_770},
            {26, 73_173, 75_002}, {27, 74_403, 76_263}, {28, 75_650, 77_541}, {29, 76_899, 78_821}, {30, 78_146, 80_100},
            {31, 0, 81_367}, {32, 0, 82_653}, {33, 0, 83_941}, {34, 0, 85_260}, {35, 0, 86_577}, {36, 0, 87_929},
            {37, 0, 89_260}, {38, 0, 90_606}, {39, 0, 91_933}, {40, 0, 93_260}, {41, 0, 94_592}, {42, 0, 95_925},
            {43, 0, 97_255}, {44, 0, 98_594}, {45, 0, 99_927}, {46, 0, 101_264}, {47, 0, 102_605}, {48, 0, 103_934},
            {49, 0, 105_268}, {50, 0, 106_604}};

    // Chief Officer bands 2023/24, min and max. G and H are F times the E→F step, then again.
    private static final int[] BAND_E = {93_102, 101_596};
    private static final int[] BAND_F = {103_767, 112_636};

    /// The published awards the model holds no table for, and the stated
    /// assumptions for years with none published (pay-and-oncosts.md).
    static List<PayAward> awards() {
        String mtfs = "no award published; assumed at 3%, as a medium-term financial strategy would";
        List<PayAward> out = new java.util.ArrayList<>(List.of(
                PayAward.percent(CHIEF_OFFICER, LocalDate.of(2024, 4, 1), "0.025", Provenance.of("national JNC for Chief Officers agreement 2024")),
                PayAward.percent(NJC, LocalDate.of(2025, 4, 1), "0.032",
                        Provenance.of("NJC pay agreement 2025, +3.2% on all points (as a schools' HR bulletin reports it)")),
                PayAward.percent(SOULBURY, LocalDate.of(2025, 9, 1), "0.032", Provenance.of("NEU \"Soulbury pay offer 2025-26\", +3.2% on all points")),
                PayAward.percent(CHIEF_OFFICER, LocalDate.of(2025, 4, 1), "0.03", new Provenance("", mtfs, null)),
                PayAward.percent(BURY_SM, LocalDate.of(2024, 4, 1), "0.025",
                        new Provenance("", "Bury's SM award is not published; assumed to follow the Chief Officer award of 2.5%", null)),
                PayAward.percent(BURY_SM, LocalDate.of(2025, 4, 1), "0.03", new Provenance("", mtfs, null))));
        for (int year : new int[] {2026, 2027}) {
            out.add(PayAward.percent(NJC, LocalDate.of(year, 4, 1), "0.03", new Provenance("", mtfs, null)));
            out.add(PayAward.percent(SOULBURY, LocalDate.of(year, 9, 1), "0.03", new Provenance("", mtfs, null)));
            out.add(PayAward.percent(CHIEF_OFFICER, LocalDate.of(year, 4, 1), "0.03", new Provenance("", mtfs, null)));
            out.add(PayAward.percent(BURY_SM, LocalDate.of(year, 4, 1), "0.03", new Provenance("", mtfs, null)));
        }
        return out;
    }

    static List<PayScale> scales() {
        return List.of(
                new PayScale("njc-2023", NJC, LocalDate.of(2023, 4, 1), column(NJC_SPINE, 1), Map.of(), new Provenance(
                        "Derived: a council's published 2021/22 NJC pay spine plus the NJC awards of £1,925 (2022) and £1,925 (2023) on points 2–43",
                        "points 10, 13, 16, 19, 21 and 32–37 reconstructed from neighbouring years, so less certain", null)),
                new PayScale("njc-2024", NJC, LocalDate.of(2024, 4, 1), column(NJC_SPINE, 2), Map.of(), new Provenance(
                        "Derived: the 2023/24 spine plus the NJC award of £1,290 (2024) on points 2–43",
                        "points 10, 13, 16, 19, 21 and 32–37 reconstructed from neighbouring years, so less certain", null)),
                new PayScale("soulbury-2023", SOULBURY, LocalDate.of(2023, 9, 1), soulbury2023(), Map.of(), new Provenance(
                        "Derived: the 1 September 2024 values ÷ 1.025, the unique whole pound that rounds to each; every Bury figure in the Cabinet report matches",
                        "points 31–50 are the 2024 values ÷ 1.025 rounded to the pound; points 34 and 49 may be £1 out", null)),
                new PayScale("soulbury-2024", SOULBURY, LocalDate.of(2024, 9, 1), column(SOULBURY_SPINE, 2), Map.of(), Provenance.of(
                        "Soulbury Committee agreement: pay from 1 September 2024, +2.5% on all points")),
                new PayScale("co-2023", CHIEF_OFFICER, LocalDate.of(2023, 4, 1), Map.of(), chiefOfficerBands(), new Provenance(
                        "Bury Chief Officer bands 2023/24: B, E and F from the Cabinet report 10 Jan 2024 §2.0, §5.1.3, §5.2.1, §5.3.7; D from a Bury decision",
                        "bands A, C, G and H are not published: A and C assumed by geometric steps between the known bands; "
                                + "G and H extrapolated from F by the E→F step (×1.1146 on the minimum, ×1.1087 on the maximum)", null)),
                new PayScale("bury-sm-2023", BURY_SM, LocalDate.of(2023, 4, 1), Map.of(),
                        Map.of("SM1", band(55_000, 60_000)), new Provenance(
                        "Bury local senior-manager grades, named in the Cabinet report 10 Jan 2024 §5.2.5",
                        "the amounts are not published: SM1 assumed £55,000–£60,000", null)));
    }

    static List<Grade> grades() {
        String report = BurySample.REPORT;
        return List.of(
                Grade.banded("co-a", "Chief Officer Band A", CHIEF_OFFICER, "A", new Provenance(report + " §5.2.5, §5.3.7 (band named, amounts not quoted)",
                        "amounts not published: assumed £62,185–£67,527, one geometric step below Band B", null)),
                Grade.banded("co-b", "Chief Officer Band B", CHIEF_OFFICER, "B", Provenance.of(report + " §5.1.3, §5.3.7")),
                Grade.banded("co-c", "Chief Officer Band C", CHIEF_OFFICER, "C", new Provenance("",
                        "not published: assumed £75,933–£82,457, a geometric step between Bands B and D", null)),
                Grade.banded("co-d", "Chief Officer Band D", CHIEF_OFFICER, "D", Provenance.of("Bury decision (an Assistant Director grade, 2023/24)")),
                Grade.banded("co-e", "Chief Officer Band E", CHIEF_OFFICER, "E", Provenance.of(report + " §2.0, §5.2.1")),
                Grade.banded("co-f", "Chief Officer Band F", CHIEF_OFFICER, "F", Provenance.of(report + " §2.0, §5.2.1")),
                Grade.banded("co-g", "Chief Officer Band G", CHIEF_OFFICER, "G", new Provenance("",
                        "not published: extrapolated from Band F by the E→F geometric step", null)),
                Grade.banded("co-h", "Chief Officer Band H", CHIEF_OFFICER, "H", new Provenance("",
                        "not published: extrapolated from Band G by the E→F geometric step", null)),
                Grade.banded("sm1", "SM1", BURY_SM, "SM1", new Provenance(report + " §5.2.5 (grade named, amounts not quoted)",
                        "amounts not published: assumed £55,000–£60,000", null)),
                Grade.spinal("soulbury-13-16", "Soulbury EIP 13–16", SOULBURY, 13, 16, Provenance.of(report + " §5.3.5")),
                Grade.spinal("soulbury-17-20", "Soulbury 17–20", SOULBURY, 17, 20, Provenance.of(report + " §5.3.4")),
                Grade.spinal("soulbury-20-23", "Soulbury EIP 20–23", SOULBURY, 20, 23, Provenance.of(report + " §5.3.3")),
                Grade.spinal("soulbury-23-26", "Soulbury EIP 23–26", SOULBURY, 23, 26, Provenance.of(report + " §5.3.4")),
                Grade.spinal("njc-7-11", "NJC 7–11", NJC, 7, 11, new Provenance("",
                        "a range chosen for the sample (business support); not from the report", null)),
                Grade.spinal("njc-20-25", "NJC 20–25", NJC, 20, 25, new Provenance("",
                        "a range chosen for the sample (children's rights officers); not from the report", null)),
                Grade.spinal("njc-37-40", "NJC 37–40", NJC, 37, 40, new Provenance("",
                        "a range chosen for the sample (team and service managers); not from the report", null)));
    }

    /// One column of a spine table as point → amount.
    private static Map<Integer, Money> column(int[][] table, int column) {
        Map<Integer, Money> m = new TreeMap<>();
        for (int[] row : table) {
            m.put(row[0], Money.ofPounds(row[column]));
        }
        return m;
    }

    private static Map<Integer, Money> soulbury2023() {
        Map<Integer, Money> m = new TreeMap<>();
        for (int[] row : SOULBURY_SPINE) {
            long pounds = row[1] != 0 ? row[1]
                    : BigDecimal.valueOf(row[2]).divide(new BigDecimal("1.025"), 0, RoundingMode.HALF_UP).longValueExact();
            m.put(row[0], Money.ofPounds(pounds));
        }
        return m;
    }

    private static Map<String, PayScale.Band> chiefOfficerBands() {
        long[] g = {step(BAND_E[0], BAND_F[0], 1), step(BAND_E[1], BAND_F[1], 1)};
        long[] h = {step(BAND_E[0], BAND_F[0], 2), step(BAND_E[1], BAND_F[1], 2)};
        return Map.of(
                "A", band(62_185, 67_527),
                "B", band(68_714, 74_619),
                "C", band(75_933, 82_457),
                "D", band(83_865, 90_992),
                "E", band(BAND_E[0], BAND_E[1]),
                "F", band(BAND_F[0], BAND_F[1]),
                "G", band(g[0], g[1]),
                "H", band(h[0], h[1]));
    }

    /// F times (F/E)^n, to the pound: the band n steps above F.
    private static long step(int e, int f, int n) {
        BigDecimal ratio = BigDecimal.valueOf(f).divide(BigDecimal.valueOf(e), 20, RoundingMode.HALF_UP);
        return BigDecimal.valueOf(f).multiply(ratio.pow(n)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static PayScale.Band band(long min, long max) {
        return new PayScale.Band(Money.ofPounds(min), Money.ofPounds(max));
    }
}
