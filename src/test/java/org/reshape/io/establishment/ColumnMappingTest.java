package org.reshape.io.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void guess_findsCommonHeaderNames() {
        ColumnMapping m = ColumnMapping.guess(List.of("", "Post No", "Job Title", "Service Area", "Reports To Post No", "Grade",
                "FTE", "Employee Name", "Status", "Salary Min (£)", "Salary Max (£)", "Cost Centre"));
        assertThat(m.columns()).containsExactlyInAnyOrderEntriesOf(Map.of(
                EstablishmentField.POST_NUMBER, "Post No", EstablishmentField.TITLE, "Job Title",
                EstablishmentField.DIVISION, "Service Area", EstablishmentField.REPORTS_TO, "Reports To Post No",
                EstablishmentField.GRADE, "Grade", EstablishmentField.FTE, "FTE", EstablishmentField.HOLDER, "Employee Name",
                EstablishmentField.OCCUPANCY, "Status", EstablishmentField.PAY_MIN, "Salary Min (£)",
                EstablishmentField.PAY_MAX, "Salary Max (£)"));
        assertThat(m.problems()).isEmpty();
    }

    @Test
    void guess_ofTheExportHeader_mapsEveryField() {
        ColumnMapping m = ColumnMapping.guess(EstablishmentExport.header());
        assertThat(m.columns()).hasSize((int) java.util.Arrays.stream(EstablishmentField.values()).filter(f -> !f.isPerson()).count());
        m.columns().forEach((f, h) -> assertThat(h).isEqualTo(f.label()));
        // The person columns (imported, never exported) are found by their labels too.
        ColumnMapping all = ColumnMapping.guess(java.util.Arrays.stream(EstablishmentField.values()).map(EstablishmentField::label).toList());
        assertThat(all.columns()).hasSize(EstablishmentField.values().length);
        all.columns().forEach((f, h) -> assertThat(h).isEqualTo(f.label()));
    }

    @Test
    void text_roundTrips_andIsStable() {
        ColumnMapping m = ColumnMapping.of(Map.of(EstablishmentField.POST_NUMBER, "Post = No: #1", EstablishmentField.TITLE, " Title"))
                .withCreateGrades(true, "Local grades").withSheet("Establishment 2025");
        String text = m.toText();
        assertThat(ColumnMapping.parse(text)).isEqualTo(m.with(EstablishmentField.TITLE, "Title"));
        assertThat(ColumnMapping.parse(text).toText()).isEqualTo(ColumnMapping.parse(text).toText());
        assertThat(ColumnMapping.fromProperties(m.toProperties())).isEqualTo(m.with(EstablishmentField.TITLE, "Title"));
        assertThat(text).contains("column.post_number=Post \\= No\\: \\#1", "createGrades=true", "sheet=Establishment 2025");
    }

    @Test
    void parse_refusesWhatItDoesNotKnow() {
        assertThatThrownBy(() -> ColumnMapping.parse("column.wage=Pay")).hasMessageStartingWith("'wage' is not a field of a post");
        assertThatThrownBy(() -> ColumnMapping.parse("createGrades=maybe")).hasMessage("createGrades must be true or false, not 'maybe'");
        assertThatThrownBy(() -> ColumnMapping.parse("colour=red")).hasMessageStartingWith("'colour' is not a mapping setting");
    }

    @Test
    void problems_sayWhatTheMappingLacks() {
        assertThat(ColumnMapping.of(Map.of()).withCreateGrades(true, "").problems()).containsExactly(
                "no column is mapped to Post number, which every post needs",
                "creating grades needs the Pay min and Pay max columns mapped");
    }
}
