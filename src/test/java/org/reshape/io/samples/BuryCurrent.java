package org.reshape.io.samples;

import static org.reshape.domain.PostField.DIVISION;
import static org.reshape.domain.PostField.FTE;
import static org.reshape.domain.PostField.GRADE;
import static org.reshape.domain.PostField.HEADCOUNT;
import static org.reshape.domain.PostField.MANAGER;
import static org.reshape.io.samples.BurySample.assumed;
import static org.reshape.io.samples.BurySample.cited;

import java.math.BigDecimal;
import java.util.List;

import org.reshape.domain.Occupancy;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;

/// "Appendix 1 – Current Structure", reconstructed from the report's text as
/// shared/reference/bury-cyp-2024.md tabulates it, one post per row there.
final class BuryCurrent {
    static final String BAND_A_LIKE_OTHERS = "not stated in the report; assumed Chief Officer Band A, the band it gives the "
            + "Principal Social Worker and the Strategic Lead (SEND & Inclusion)";
    static final String SM1_LIKE_OTHERS = "not stated in the report; assumed SM1, the grade it gives the Service Manager "
            + "(Quality & Assurance)";
    static final String TEAM_MANAGER_GRADE = "not stated in the report; assumed NJC 37–40, a usual team-manager range";

    private BuryCurrent() {
    }

    static Scenario scenario() {
        return new Scenario("current", "Current structure", "", null, true, posts());
    }

    private static List<Post> posts() {
        return List.of(
                Post.of("EDCYP", "Executive Director of Children & Young People", "dir", "", "co-h")
                        .withProvenance(assumed("(report author)", "grade not stated in the report; assumed Chief Officer "
                                + "Band H, above the Directors' Band F", GRADE)),
                Post.of("DSC", "Director of Social Care Practice", "scs", "EDCYP", "co-e")
                        .withOccupancy(Occupancy.INTERIM, "", null)
                        .withResponsibilities("Children's social care practice and safeguarding")
                        .withProvenance(cited("§2.0, §4.2, §5.2.1"))
                        .withNotes("Vacant; covered by an interim (§4.2)."),
                Post.of("HIR", "Head of Service (Initial Response & Complex Safeguarding)", "scs", "DSC", "co-a")
                        .withResponsibilities("Initial response; complex safeguarding")
                        .withProvenance(assumed("§5.2.2", BAND_A_LIKE_OTHERS, GRADE))
                        .withNotes("The report also calls this post Head of Service (Initial Response & Contextual "
                                + "Safeguarding) (§5.3.6)."),
                Post.of("TMCS", "Team Manager, Complex Safeguarding", "scs", "HIR", "njc-37-40")
                        .withProvenance(assumed("§5.2.7", "line manager not stated: assumed the Head of Service (Initial "
                                + "Response & Complex Safeguarding); grade " + TEAM_MANAGER_GRADE, MANAGER, GRADE)),
                Post.of("HCASS", "Head of Service (CASS & Leaving Care)", "scs", "DSC", "co-a")
                        .withResponsibilities("CASS; leaving care; Children's Rights Service")
                        .withProvenance(assumed("§5.2.3, §5.2.7", BAND_A_LIKE_OTHERS, GRADE))
                        .withNotes("§5.2.7 calls this post Head of Service (CASS & Care Leavers)."),
                Post.of("CRS", "Children's Rights Service team", "scs", "HCASS", "njc-20-25")
                        .withFte(new BigDecimal("4.5"), 5)
                        .withProvenance(assumed("§5.2.3", "the report names the service but not its size or grades: "
                                + "assumed 4.5 FTE in 5 posts on NJC 20–25", GRADE, FTE, HEADCOUNT)),
                Post.of("PSW", "Principal Social Worker", "scs", "DSC", "co-a")
                        .withProvenance(cited("§5.2.5")),
                Post.of("SMQA", "Service Manager (Quality & Assurance)", "scs", "DSC", "sm1")
                        .withProvenance(cited("§5.2.5")),
                Post.of("DES", "Director of Education & Skills", "es", "EDCYP", "co-e")
                        .withOccupancy(Occupancy.INTERIM, "", null)
                        .withProvenance(assumed("§5.3.1", "grade not stated in the report; assumed Band E, as the other "
                                + "Director (Social Care Practice)", GRADE))
                        .withNotes("Filled by an interim (§5.3.1)."),
                Post.of("SLSS", "Strategic Lead (School System)", "es", "DES", "co-a")
                        .withResponsibilities("School system; safeguarding in education oversight")
                        .withProvenance(assumed("§5.3.2", "grade not stated in the report, which says it does not change; "
                                + "assumed Chief Officer Band A, as the Strategic Lead (SEND & Inclusion)", GRADE)),
                Post.of("SSAO", "Senior School Assurance Officer", "es", "SLSS", "soulbury-20-23")
                        .withResponsibilities("School Assurance; Governor Support; Safeguarding in Education")
                        .withProvenance(cited("§5.3.3")),
                Post.of("VHT", "Virtual Head Teacher", "es", "DES", "soulbury-17-20")
                        .withResponsibilities("Virtual School")
                        .withProvenance(cited("§5.3.4")),
                Post.of("AECE", "Manager, Attendance, Exclusions & Community Education Service", "es", "SLSS", "njc-37-40")
                        .withProvenance(assumed("§4.6, §5.3.4", "line manager not stated: assumed the Strategic Lead "
                                + "(School System); grade " + TEAM_MANAGER_GRADE, MANAGER, GRADE)),
                Post.of("SLSEND", "Strategic Lead (SEND & Inclusion)", "es", "DES", "co-a")
                        .withResponsibilities("SEND & Inclusion; Children with Disabilities team")
                        .withProvenance(cited("§5.3.6, §5.3.7")),
                Post.of("CWD", "Children with Disabilities Team Manager", "es", "SLSEND", "njc-37-40")
                        .withProvenance(assumed("§5.3.6", "grade " + TEAM_MANAGER_GRADE, GRADE)),
                Post.of("ADEH", "Assistant Director (Early Help & School Readiness)", "ehsr", "EDCYP", "co-d")
                        .withOccupancy(Occupancy.VACANT, "", null)
                        .withProvenance(assumed("§4.2, §5.1.2", "grade not stated in the report; assumed Chief Officer "
                                + "Band D, the Assistant Director band in Bury's published decisions", GRADE)),
                Post.of("HFH", "Head of Service (Family Help)", "ehsr", "ADEH", "co-a")
                        .withResponsibilities("Family Help; MASH")
                        .withProvenance(assumed("§5.2.2", BAND_A_LIKE_OTHERS, GRADE)),
                Post.of("SMFR", "Service Manager (Family Resource)", "ehsr", "ADEH", "sm1")
                        .withResponsibilities("Family Resource")
                        .withProvenance(assumed("§5.2.3", SM1_LIKE_OTHERS, GRADE)),
                Post.of("SMEY", "Service Manager (Early Years)", "ehsr", "ADEH", "sm1")
                        .withResponsibilities("Early Years")
                        .withProvenance(assumed("§5.2.4", SM1_LIKE_OTHERS, GRADE)),
                Post.of("HSAR", "Head of Strategy, Assurance & Reform", "scs", "DSC", "co-a")
                        .withResponsibilities("Strategy, assurance and reform; Children's Improvement; Business Support")
                        .withProvenance(assumed("§5.4.1, §5.4.2", "the report gives neither its present division nor its "
                                + "line manager: assumed within Social Care & Safeguarding, reporting to the Director of "
                                + "Social Care Practice; grade not stated (the proposal leaves it unchanged): assumed "
                                + "Chief Officer Band A", DIVISION, MANAGER, GRADE)),
                Post.of("CIM", "Children's Improvement Manager", "sar", "HSAR", "njc-37-40")
                        .withProvenance(assumed("§5.4.1", "grade not stated in the report, which leaves it unchanged; "
                                + "assumed NJC 37–40", GRADE)),
                Post.of("BS", "Business Support team", "sar", "HSAR", "njc-7-11")
                        .withFte(new BigDecimal("30"), 32)
                        .withProvenance(assumed("§5.4.1", "the report gives 30 FTE only: assumed 32 people on NJC 7–11, "
                                + "a usual business-support range", GRADE, HEADCOUNT)),
                Post.of("HCC", "Head of Children's Commissioning", "hac", "", "co-a")
                        .withProvenance(assumed("§5.1.4, §5.5", "grade not stated in the report; assumed Chief Officer "
                                + "Band A, as the directorate's other Heads of Service", GRADE))
                        .withNotes("Sits in the Health & Adult Care department and reports to a Health & Adult Care "
                                + "director, who is outside this model, so it is shown with no line manager. A post for "
                                + "that director is left out on purpose: it would not be in the proposal and so would "
                                + "wrongly count as disestablished."));
    }
}
