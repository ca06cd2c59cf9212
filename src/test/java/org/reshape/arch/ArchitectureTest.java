package org.reshape.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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
            .layer("files").definedBy("org.reshape.files..")
            .layer("domain").definedBy("org.reshape.domain..")
            .layer("change").definedBy("org.reshape.change..")
            .layer("costing").definedBy("org.reshape.costing..")
            .layer("metrics").definedBy("org.reshape.metrics..")
            .layer("layout").definedBy("org.reshape.layout..")
            .layer("card").definedBy("org.reshape.card..")
            .layer("store").definedBy("org.reshape.store..")
            .layer("edit").definedBy("org.reshape.edit..")
            .layer("io").definedBy("org.reshape.io..")
            .layer("report").definedBy("org.reshape.report..")
            .layer("ui").definedBy("org.reshape.ui..")
            .layer("cli").definedBy("org.reshape.cli..")
            .whereLayer("ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("report").mayOnlyBeAccessedByLayers("ui", "cli")
            .whereLayer("io").mayOnlyBeAccessedByLayers("ui", "cli")
            .whereLayer("edit").mayOnlyBeAccessedByLayers("ui", "cli")
            .whereLayer("store").mayOnlyBeAccessedByLayers("edit", "ui", "cli")
            .whereLayer("metrics").mayOnlyBeAccessedByLayers("report", "ui", "cli")
            .whereLayer("costing").mayOnlyBeAccessedByLayers("metrics", "report", "ui", "cli")
            .whereLayer("change").mayOnlyBeAccessedByLayers("costing", "metrics", "edit", "card", "report", "ui", "cli")
            .whereLayer("layout").mayOnlyBeAccessedByLayers("report", "ui", "cli")
            .whereLayer("card").mayOnlyBeAccessedByLayers("report", "ui")
            .whereLayer("csv").mayOnlyBeAccessedByLayers("io", "report", "ui", "cli")
            .whereLayer("files").mayOnlyBeAccessedByLayers("store", "io", "report", "ui", "cli")
            .allowEmptyShould(true);

    /// The edit layer serves the window and the command line alike, so it knows no toolkit.
    @ArchTest
    static final ArchRule editUsesNoToolkit = noClasses().that().resideInAPackage("org.reshape.edit..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.reshape.ui..", "org.reshape.cli..", "org.reshape.io..", "org.reshape.report..");

    /// What a card says and its size are decided once, without a toolkit or a font library: the window
    /// and the appendix hand it their one measurer.
    @ArchTest
    static final ArchRule cardModelIsToolkitFree = classes().that().resideInAPackage("org.reshape.card..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.reshape.card..", "org.reshape.domain..",
                    "org.reshape.change..", "java..");

    /// Commands are written once, below the window, where the command line can run them too.
    @ArchTest
    static final ArchRule commandsLiveInEdit = classes().that().implement("org.reshape.edit.Command")
            .should().resideInAPackage("org.reshape.edit..");

    /// View models and the workspace are tested without a toolkit, so they hold no scene-graph type.
    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .or().resideInAPackage("org.reshape.ui.workspace..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    /// No cycles between any two packages, sub-packages included (ui.app and ui.chart, report and report.page);
    /// jOOQ's generated code, which is one unit, is left out.
    @ArchTest
    static final ArchRule noSubPackageCycles = slices().matching("org.reshape.(**)").should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("org.reshape.store.jooq.."), resideInAPackage("org.reshape.store.jooq.."));

    @ArchTest
    static final ArchRule pureCoreUsesNoFrameworks = noClasses()
            .that().resideInAnyPackage("org.reshape.csv..", "org.reshape.files..", "org.reshape.domain..", "org.reshape.change..",
                    "org.reshape.costing..", "org.reshape.layout..",
                    "org.reshape.metrics..")
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
