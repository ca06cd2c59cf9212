package org.reshape.csv;

import java.util.List;

/// The columns of the organogram files UK public bodies publish on data.gov.uk
/// (the de-facto standard for organisation chart data), as Reshape writes them:
/// its organogram export and its Transparency Code organisation chart.
public final class OrganogramColumns {
    /// The senior file: one row per senior post.
    public static final List<String> SENIOR = List.of("Post Unique Reference", "Name", "Grade (or equivalent)", "Job Title",
            "Job/Team Function", "Parent Department", "Organisation", "Unit", "Contact Phone", "Contact E-mail",
            "Reports to Senior Post", "Salary Cost of Reports (£)", "FTE", "Actual Pay Floor (£)", "Actual Pay Ceiling (£)",
            "Professional/Occupational Group", "Notes", "Valid?");
    /// The junior file: groups of junior posts under a senior post.
    public static final List<String> JUNIOR = List.of("Parent Department", "Organisation", "Unit", "Reporting Senior Post",
            "Grade", "Payscale Minimum (£)", "Payscale Maximum (£)", "Generic Job Title", "Number of Posts in FTE",
            "Professional/Occupational Group");

    private OrganogramColumns() {
    }
}
