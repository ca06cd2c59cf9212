package org.reshape.io.samples;

import static org.reshape.domain.PostField.BACKFILLED;
import static org.reshape.domain.PostField.DIVISION;
import static org.reshape.domain.PostField.GRADE;
import static org.reshape.domain.PostField.OCCUPANCY;
import static org.reshape.io.samples.BurySample.assumed;
import static org.reshape.io.samples.BurySample.cited;

import java.time.LocalDate;
import java.util.List;

import org.reshape.domain.Occupancy;
import org.reshape.domain.Post;
import org.reshape.domain.PostPay;
import org.reshape.domain.Scenario;

/// "Appendix 2 – Proposed Structure": the current structure with the changes
/// shared/reference/bury-cyp-2024.md lists, one edit per row there. Same key,
/// same post; the three new posts have new keys.
final class BuryProposal {
    private static final String NEW_POST_VACANT = "a new post; the report does not say how it will be filled, so it is "
            + "shown as vacant";

    private BuryProposal() {
    }

    static Scenario scenario(Scenario current) {
        Scenario s = current.deriveProposal("proposed", "Proposed structure")
                .withImplementationDate(LocalDate.of(2024, 4, 1))
                // §5.1.1, §5.1.2: the division goes, and its vacant Assistant Director post with it.
                .without("ADEH")
                // §5.2.5: two posts become one.
                .without("PSW")
                .without("SMQA");
        Post dsc = s.post("DSC");
        s = s.with(dsc.withTitle("Director of Social Care & Early Help").withGrade("co-f").withDivision("sceh")
                .withResponsibilities("Children's social care practice, safeguarding and early help"));
        s = s.with(new Post("HEH", "Head of Service (Early Help)", "sceh", "DSC", "co-b", null, 1, Occupancy.ACTING, "",
                LocalDate.of(2025, 3, 31), "Early Help: Family Help, Family Resource, Early Years", null, List.of(),
                List.of(), assumed("§5.1.3", "the report says fixed-term for up to 12 months; the end date 31 March 2025 "
                + "assumes it starts with the structure on 1 April 2024; the Head of Service (Family Help) post is assumed "
                + "not backfilled while its holder acts up: the report does not say it is covered", BACKFILLED),
                "Fixed-term for up to 12 months; filled acting by the Head of Service (Family Help) (§5.1.3).")
                // §5.1.3: costed as an acting-up payment to the Head of Service (Family Help), not a second salary
                .withPay(PostPay.NONE.withActingFor("HFH", false)));
        s = s.with(s.post("HIR").withDivision("sceh")
                .withResponsibilities("Initial response; complex safeguarding; MASH; Children with Disabilities team")
                .withProvenance(assumed("§5.2.2, §5.3.6", BuryCurrent.BAND_A_LIKE_OTHERS, GRADE)));
        s = s.with(s.post("TMCS").withDivision("sceh").withManager("HCASS")
                .withProvenance(assumed("§5.2.7", "grade " + BuryCurrent.TEAM_MANAGER_GRADE, GRADE)));
        s = s.with(s.post("HCASS").withDivision("sceh")
                .withResponsibilities("CASS; leaving care; Team Manager, Complex Safeguarding"));
        s = s.with(s.post("CRS").withDivision("sceh").withManager("SMFR"));
        s = s.with(new Post("HSWQA", "Head of Service (Social Work Development & Quality Assurance)", "sceh", "DSC",
                "co-a", null, 1, Occupancy.VACANT, "", null, "Social work development; quality assurance; IRO/CP Service; LADO",
                null, List.of("PSW", "SMQA"), List.of(), assumed("§5.2.5", NEW_POST_VACANT, OCCUPANCY),
                "Replaces the Principal Social Worker and the Service Manager (Quality & Assurance)."));
        s = s.with(s.post("HFH").withDivision("sceh").withManager("HEH").withResponsibilities("Family Help")
                .withNotes("Its holder also acts up as Head of Service (Early Help) (§5.1.3); MASH moves to the Head of "
                        + "Service (Initial Response & Complex Safeguarding) (§5.2.2)."));
        s = s.with(s.post("SMFR").withDivision("sceh").withManager("HEH")
                .withResponsibilities("Family Resource; Children's Rights Service"));
        s = s.with(s.post("SMEY").withDivision("sceh").withManager("HEH"));
        s = s.with(s.post("CWD").withDivision("sceh").withManager("HIR"));
        s = s.with(s.post("SLSS").withTitle("Head of Service (School System)").withResponsibilities("School system")
                .withNotes("No change to grade; loses the safeguarding oversight (§5.3.2)."));
        s = s.with(s.post("SSAO").withResponsibilities("School Assurance; Governor Support")
                .withNotes("Safeguarding in Education moves out of this post (§5.3.3)."));
        s = s.with(s.post("VHT").withTitle("Head of Service (Virtual School and Vulnerable Children & Young People in Education)")
                .withGrade("soulbury-23-26")
                .withResponsibilities("Virtual School; Attendance, Exclusions & Community Education Service"));
        s = s.with(new Post("DHVS", "Deputy Head of Virtual School", "es", "VHT", "soulbury-13-16", null, 1,
                Occupancy.VACANT, "", null, "", null, List.of(), List.of(), assumed("§5.3.5", NEW_POST_VACANT, OCCUPANCY), ""));
        s = s.with(s.post("AECE").withManager("VHT")
                .withProvenance(assumed("§4.6, §5.3.4", "grade " + BuryCurrent.TEAM_MANAGER_GRADE, GRADE)));
        s = s.with(s.post("SLSEND").withTitle("Head of Service (SEND & Inclusion)").withGrade("co-b")
                .withResponsibilities("SEND & Inclusion"));
        s = s.with(s.post("HSAR").withDivision("sar").withManager("EDCYP")
                .withProvenance(assumed("§5.4.1, §5.4.2", "grade not stated (the proposal leaves it unchanged): assumed "
                        + "Chief Officer Band A", GRADE))
                .withNotes("The service sits outside both divisions and reports to the Executive Director (§5.4.2)."));
        s = s.with(s.post("HCC").withDivision("dir").withManager("EDCYP")
                .withProvenance(assumed("§5.1.4, §5.5.2", "grade not stated in the report; assumed Chief Officer Band A, "
                        + "as the directorate's other Heads of Service. The report says it reports to the Executive "
                        + "Director; it sits in neither division, so it is shown in the Directorate", GRADE, DIVISION))
                .withNotes("Transferred in from Health & Adult Care (§5.1.4)."));
        return s.withPosts(ordered(s));
    }

    /// Posts in chart order (each manager before its reports, new posts beside their peers), so the
    /// file reads top-down like the appendix rather than in the order of the edits above.
    private static List<Post> ordered(Scenario s) {
        List<String> order = List.of("EDCYP", "DSC", "HIR", "CWD", "HCASS", "TMCS", "HEH", "HFH", "SMFR", "CRS", "SMEY",
                "HSWQA", "DES", "SLSS", "SSAO", "VHT", "DHVS", "AECE", "SLSEND", "HSAR", "CIM", "BS", "HCC");
        if (order.size() != s.size() || !order.stream().allMatch(s::contains)) {
            throw new IllegalStateException("the chart order does not list exactly the proposal's posts");
        }
        return order.stream().map(s::post).toList();
    }
}
