package org.reshape.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/// The layers of DESIGN.md, kept by a test: dependencies point one way, the
/// pure packages use no JavaFX, jOOQ or Jackson, logging is SLF4J, and only the
/// command line prints.
@AnalyzeClasses(packages = "org.reshape", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("csv").definedBy("org.reshape.csv..")
            .layer("domain").definedBy("org.reshape.domain..")
            .layer("change").definedBy("org.reshape.change..")
            .layer("costing").definedBy("org.reshape.costing..")
            .layer("layout").definedBy("org.reshape.layout..")
            .layer("store").definedBy("org.reshape.store..")
            .layer("io").definedBy("org.reshape.io..")
            .layer("report").definedBy("org.reshape.report..")
            .layer("ui").definedBy("org.reshape.ui..")
            .layer("cli").definedBy("org.reshape.cli..")
            .whereLayer("ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayOnlyBeAccessedByLayers("ui")
            .whereLayer("report").mayOnlyBeAccessedByLayers("ui", "cli")
            .whereLayer("io").mayOnlyBeAccessedByLayers("ui", "cli")
            .whereLayer("store").mayOnlyBeAccessedByLayers("ui", "cli")
            .whereLayer("costing").mayOnlyBeAccessedByLayers("report", "ui", "cli")
            .whereLayer("change").mayOnlyBeAccessedByLayers("costing", "report", "ui", "cli")
            .whereLayer("layout").mayOnlyBeAccessedByLayers("report", "ui", "cli")
            .whereLayer("csv").mayOnlyBeAccessedByLayers("io", "report", "ui", "cli")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule pureCoreUsesNoFrameworks = noClasses()
            .that().resideInAnyPackage("org.reshape.csv..", "org.reshape.domain..", "org.reshape.change..", "org.reshape.costing..",
                    "org.reshape.layout..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "com.fasterxml.jackson..",
                    "org.apache.pdfbox..", "org.apache.poi..", "org.h2..", "org.flywaydb..", "picocli..");

    @ArchTest
    static final ArchRule noJavaFxOutsideUi = noClasses().that().resideOutsideOfPackage("org.reshape.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule jooqStaysInStore = noClasses().that().resideOutsideOfPackage("org.reshape.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "org.h2..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.reshape.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule slf4jOnly = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.util.logging..", "org.apache.log4j..", "org.apache.logging..", "org.apache.commons.logging..")
            .because("Reshape logs through SLF4J only");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses().that().resideOutsideOfPackage("org.reshape.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("only the command line prints to standard output");
}
