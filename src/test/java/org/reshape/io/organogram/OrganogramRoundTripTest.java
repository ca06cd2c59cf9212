package org.reshape.io.organogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.io.imports.ImportOptions;
import org.reshape.io.imports.Progress;

/// Export → import gives the same scenario: keys, titles, grades, divisions,
/// reporting lines, FTE, holders, provenance.
class OrganogramRoundTripTest {
    @TempDir
    Path dir;

    private Model reimport(Model m, Scenario s, String seniorName, String juniorName) throws IOException {
        Path senior = dir.resolve(seniorName);
        Path junior = dir.resolve(juniorName);
        OrganogramExport.write(m, s, senior, junior);
        var r = OrganogramImport.importModel(OrganogramFiles.of(senior, junior), m.id(),
                ImportOptions.defaults().withScenarioName(s.name()), Progress.NONE);
        assertThat(r.report().errors()).isEmpty();
        return r.value().orElseThrow();
    }

    @Test
    void inlinePair_comesBackTheSame() throws IOException {
        Model m = Csv.load(Csv.SENIOR, Csv.JUNIOR).value().orElseThrow();
        Model again = reimport(m, m.baseline(), "test-2020-03-31-senior.csv", "test-2020-03-31-junior.csv");
        assertThat(again.baseline()).isEqualTo(m.baseline());
        assertThat(again.grades()).isEqualTo(m.grades());
        assertThat(again.divisions()).isEqualTo(m.divisions());
        String senior = OrganogramExport.write(m, m.baseline()).senior();
        assertThat(senior.lines().toList()).contains(
                "D2,N/D,SCS2,Director of Delivery,Director of Delivery,Test Agency,Test Agency,Delivery,,,T1,,0.8,0,0,,,");
    }

    @TestFactory
    Stream<DynamicTest> everyRealSnapshot_comesBackTheSame() throws IOException {
        return RealOrganograms.snapshots().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Model m = OrganogramImport.importModel(RealOrganograms.files(name), null, ImportOptions.defaults(), Progress.NONE)
                    .value().orElseThrow();
            Model again = reimport(m, m.baseline(), name + "-senior.csv", name + "-junior.csv");
            assertThat(again.baseline().posts()).containsExactlyElementsOf(m.baseline().posts());
            assertThat(again.baseline()).isEqualTo(m.baseline());
        }));
    }
}
