package org.reshape.io.organogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.reshape.domain.Model;
import org.reshape.domain.ModelValidator;
import org.reshape.domain.Occupancy;
import org.reshape.domain.Scenario;
import org.reshape.io.imports.ImportOptions;
import org.reshape.io.imports.ImportProblem;
import org.reshape.io.imports.ImportResult;
import org.reshape.io.imports.Progress;

/// Every real organogram in shared/data/organograms imports, whole and valid,
/// and says what it assumed at the file and line where it assumed it.
class RealOrganogramsTest {

    @TestFactory
    Stream<DynamicTest> everySnapshotImports() throws IOException {
        RealOrganograms.assumePresent();
        List<String> names = RealOrganograms.snapshots();
        assertThat(names).hasSizeGreaterThanOrEqualTo(4);
        return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            ImportResult<Model> r = OrganogramImport.importModel(RealOrganograms.files(name), null, ImportOptions.defaults(), Progress.NONE);
            assertThat(r.report().errors()).as(name).isEmpty();
            assertThat(r.imported()).isTrue();
            Model m = r.value().orElseThrow();
            assertThat(ModelValidator.validate(m)).isEmpty();
            Scenario s = m.baseline();
            assertThat(s.size()).isEqualTo(r.report().postsImported()).isGreaterThan(20);
            assertThat(s.roots()).isNotEmpty();
            for (ImportProblem p : r.report().problems()) {
                assertThat(p.file()).startsWith(name);
                assertThat(p.toString()).startsWith(p.file());
            }
        }));
    }

    @Test
    void homeOffice_undisclosedNamesAndPayAreAssumedNotLost() {
        RealOrganograms.assumePresent();
        ImportResult<Model> r = OrganogramImport.importModel(RealOrganograms.files("home_office-2011-03-31"), null,
                ImportOptions.defaults(), Progress.NONE);
        Model m = r.value().orElseThrow();
        Scenario s = m.baseline();
        assertThat(s.roots()).extracting(p -> p.key()).contains("4PO01");
        assertThat(s.post("2OSCT02#2")).isNotNull();
        assertThat(s.posts().stream().filter(p -> p.occupancy() == Occupancy.VACANT)).hasSize(4);
        assertThat(m.grades()).anyMatch(g -> g.name().equals("SCS1 (pay not disclosed)") && g.isAssumed());
        assertThat(r.report().warnings()).anyMatch(p -> p.line() > 1 && p.message().contains("pay not disclosed"));
    }
}
