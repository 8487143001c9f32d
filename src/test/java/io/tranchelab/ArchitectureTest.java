package io.tranchelab;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers of STYLE.md: model <- sim <- io, scenario, chart, report, format <- cli and ui
 * <- the launcher (io.tranchelab.Main); no cycles between packages; JavaFX only in ui; the
 * standard streams only where a terminal is the user interface.
 */
@AnalyzeClasses(packages = "io.tranchelab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MODEL = "model";
    private static final String ENGINE = "engine";
    private static final String SERVICES = "services";
    private static final String FRONT_ENDS = "front ends";
    private static final String LAUNCHER = "launcher";

    @ArchTest
    static final ArchRule layersOnlyDependInward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer(MODEL).definedBy("io.tranchelab.model..")
            .layer(ENGINE).definedBy("io.tranchelab.sim..")
            .layer(SERVICES).definedBy("io.tranchelab.io..", "io.tranchelab.scenario..", "io.tranchelab.chart..",
                    "io.tranchelab.report..", "io.tranchelab.format..", "io.tranchelab.design..",
                    "io.tranchelab.batch..")
            .layer(FRONT_ENDS).definedBy("io.tranchelab.cli..", "io.tranchelab.ui..")
            .layer(LAUNCHER).definedBy("io.tranchelab")
            .whereLayer(LAUNCHER).mayNotBeAccessedByAnyLayer()
            .whereLayer(FRONT_ENDS).mayOnlyBeAccessedByLayers(LAUNCHER)
            .whereLayer(SERVICES).mayOnlyBeAccessedByLayers(FRONT_ENDS, LAUNCHER)
            .whereLayer(ENGINE).mayOnlyBeAccessedByLayers(SERVICES, FRONT_ENDS, LAUNCHER)
            .whereLayer(MODEL).mayOnlyBeAccessedByLayers(ENGINE, SERVICES, FRONT_ENDS, LAUNCHER)
            .because("each layer builds on the ones inside it (STYLE.md 1), never on those outside");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("io.tranchelab.(*)..").should().beFreeOfCycles()
            .because("a cycle makes two packages one in all but name");

    @ArchTest
    static final ArchRule theTwoFrontEndsAreIndependent = noClasses().that().resideInAPackage("io.tranchelab.cli..")
            .should().dependOnClassesThat().resideInAPackage("io.tranchelab.ui..")
            .because("the CLI runs where there is no display");

    @ArchTest
    static final ArchRule theWorkbenchDoesNotCallTheCli = noClasses().that().resideInAPackage("io.tranchelab.ui..")
            .should().dependOnClassesThat().resideInAPackage("io.tranchelab.cli..")
            .because("shared behaviour belongs in the layers below both front ends");

    @ArchTest
    static final ArchRule javaFxOnlyInTheUi = noClasses().that().resideOutsideOfPackage("io.tranchelab.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the core, the format and the CLI must run without a display");

    /**
     * The CLI writes to the streams it is given; only the launcher hands it System.out and
     * System.err (so the CLI can be tested with any stream). Two workbench classes report on
     * the terminal because they serve command-line starts: WorkbenchApp names a bad launch
     * option, SnapshotWriter reports where `--snapshot` wrote its image. Everything else reports
     * through its caller (results, exceptions, the status line), never by printing.
     */
    @ArchTest
    static final ArchRule onlyTheTerminalFacingCodePrints = noClasses()
            .that().resideOutsideOfPackage("io.tranchelab.cli..")
            .and(describe("are not the launcher or a command-line start of the workbench",
                    (JavaClass c) -> !c.getName().equals("io.tranchelab.Main")
                            && !c.getName().startsWith("io.tranchelab.ui.WorkbenchApp")
                            && !c.getName().startsWith("io.tranchelab.ui.SnapshotWriter")))
            .should(ACCESS_STANDARD_STREAMS)
            .because("a library that prints corrupts the CLI's output and is lost in the workbench");
}
