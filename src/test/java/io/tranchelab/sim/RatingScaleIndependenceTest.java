package io.tranchelab.sim;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.tranchelab.model.CreditScoreTable;
import io.tranchelab.model.ScoreBand;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The tranches' rating scale (docs/model.md §8.8) is its own table: re-banding the borrowers'
 * score-to-PD table, or a structure bringing its own, must not move the yardstick.
 */
@AnalyzeClasses(packages = "io.tranchelab.sim", importOptions = ImportOption.DoNotIncludeTests.class)
class RatingScaleIndependenceTest {

    @ArchTest
    static final ArchRule ratingScaleDoesNotReadTheBorrowersScoreTable = noClasses()
            .that().belongToAnyOf(ImpliedRating.class, IdealizedLossTable.class)
            .should().dependOnClassesThat().belongToAnyOf(CreditScoreTable.class, ScoreBand.class)
            .because("the tranche rating scale must not move when the borrowers' score table changes");
}
