package io.tranchelab;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layers of STYLE.md: model <- sim <- io <- ui and cli; JavaFX only in ui. */
@AnalyzeClasses(packages = "io.tranchelab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule javaFxOnlyInTheUi = noClasses().that().resideOutsideOfPackage("io.tranchelab.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the core, the format and the CLI must run without a display");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOursButModel = noClasses().that()
            .resideInAPackage("io.tranchelab.model..")
            .should().dependOnClassesThat().resideInAnyPackage("io.tranchelab.sim..", "io.tranchelab.io..",
                    "io.tranchelab.cli..", "io.tranchelab.ui..")
            .because("the model is plain records that every layer builds on");

    @ArchTest
    static final ArchRule simDoesNotDependOnTheOuterLayers = noClasses().that().resideInAPackage("io.tranchelab.sim..")
            .should().dependOnClassesThat().resideInAnyPackage("io.tranchelab.io..", "io.tranchelab.cli..",
                    "io.tranchelab.ui..")
            .because("the engine is pure Java, used by the CLI and the workbench alike");
}
