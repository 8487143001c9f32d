package io.tranchelab.ui.analyze;

import io.tranchelab.design.DesignRun;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.document.StructureDocument;
import io.tranchelab.ui.run.BackgroundTask;
import io.tranchelab.ui.run.DirectTaskExecutor;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Solve for...": the question asked, the answer shown with its interval and check, Apply as one named undo step. */
class SolveViewModelTest {

    private final Structure base = TestStructures.quick();
    private final StructureDocument document = new StructureDocument(base, null);
    private final SimpleStringProperty scenario = new SimpleStringProperty("base");
    private final FakeDesignTools tools = new FakeDesignTools();

    private SolveViewModel vm() {
        return new SolveViewModel(document.structureProperty(), scenario,
                new BackgroundTask<DesignTools.Solved>(new DirectTaskExecutor()), tools, (next, name) -> {
                    document.edit(next, name);
                    return List.of();
                });
    }

    @Test
    void theDefaultQuestionIsTheLargestSeniorShareForAnAaRatingOnFiveSeedsFromTheStructuresOwn() {
        SolveViewModel vm = vm();
        vm.solve();
        assertTrue(tools.lastQuestion.question().startsWith("largest Senior share with Senior EL"),
                tools.lastQuestion.question());
        assertTrue(tools.lastQuestion.question().endsWith("(a AA DR-eq rating)"), tools.lastQuestion.question());
        assertEquals(new DesignRun("base", List.of(42L, 43L, 44L, 45L, 46L), 2000), tools.lastRun);
    }

    @Test
    void theAnswerIsShownWithItsMonteCarloIntervalAndTheDirectRunCheck() {
        SolveViewModel vm = vm();
        vm.questionProperty().set(SolveQuestionKind.SENIOR_SHARE_EL);
        assertEquals("0.05 %", vm.targetProperty().get(), "each question brings its default target");
        vm.solve();
        assertEquals("Senior share: 81.20 % (now 70.00 %)", vm.answerTextProperty().get());
        assertTrue(vm.intervalTextProperty().get().startsWith(
                "95 % Monte Carlo interval over 2 seed(s): 80.00 % to 82.00 % (mean 81.00 %)"),
                vm.intervalTextProperty().get());
        assertTrue(vm.intervalTextProperty().get().contains("ETH lending book \u00b7 scenario base \u00b7 2,000 paths"
                + " \u00b7 seeds 42, 43, 44, 45, 46"), vm.intervalTextProperty().get());
        assertEquals("Checked by direct runs on seed 42: Senior EL 0.049 % at 81.20 % (holds \u2264 0.050 %);"
                + " 0.051 % at 81.21 % (fails).", vm.checkTextProperty().get());
        assertTrue(vm.canApplyProperty().get());
    }

    /** Values a tolerance apart, or a metric next to its target, never read as equal. */
    @Test
    void theCheckWritesEachPairWithTheDigitsThatTellItApart() {
        assertEquals(List.of("97.540 %", "97.545 %"),
                List.of(SolveViewModel.apart(io.tranchelab.design.MetricUnit.FRACTION, 0.97540, 0.97545)));
        assertEquals(List.of("0.0198 %", "0.0200 %"),
                List.of(SolveViewModel.apart(io.tranchelab.design.MetricUnit.FRACTION, 0.000198, 0.0002)));
        assertEquals(List.of("81.20 %", "81.21 %"),
                List.of(SolveViewModel.apart(io.tranchelab.design.MetricUnit.FRACTION, 0.812, 0.8121)));
        assertEquals(List.of("$4,995,000", "$5,000,000"),
                List.of(SolveViewModel.apart(io.tranchelab.design.MetricUnit.USD, 4_995_000, 5e6)));
    }

    @Test
    void applySetsTheAnswerAsOneUndoableEditNamedAfterIt() {
        SolveViewModel vm = vm();
        vm.questionProperty().set(SolveQuestionKind.SENIOR_SHARE_EL);
        vm.solve();
        vm.apply();
        List<Tranche> tranches = document.structure().tranches();
        assertEquals(0.812, tranches.get(0).share(), 1e-12);
        // the others keep their proportions (0.20 : 0.10) and the shares still sum to 1
        assertEquals(0.188 * 2 / 3, tranches.get(1).share(), 1e-12);
        assertEquals(0.188 / 3, tranches.get(2).share(), 1e-12);
        assertEquals("Apply solved Senior share 81.20 %", document.undoName());
        assertEquals("Applied: solved Senior share 81.20 %. Undo takes it back.", vm.messageProperty().get());
        document.undo();
        assertSame(base, document.structure(), "one undo takes the whole edit back");
        assertFalse(document.canUndoProperty().get());
    }

    @Test
    void anAnswerForAStructureSinceEditedCannotBeApplied() {
        SolveViewModel vm = vm();
        vm.solve();
        document.edit(base.withInitialCash(1_000), false);
        assertFalse(vm.canApplyProperty().get());
        assertTrue(vm.staleProperty().get());
        vm.apply();
        assertEquals("The structure changed since this answer; solve again before applying.",
                vm.messageProperty().get());
        assertEquals(base.withInitialCash(1_000), document.structure());
    }

    @Test
    void noCrossingSaysWhichWayTheTargetWentAndOffersNothingToApply() {
        tools.solver = FakeDesignTools::holdsEverywhere;
        SolveViewModel vm = vm();
        vm.questionProperty().set(SolveQuestionKind.LIQUIDATION_CAPACITY);
        vm.solve();
        assertTrue(vm.answerTextProperty().get().startsWith("No answer: the target holds over the whole range of"
                + " ETH-backed loans liquidation capacity"), vm.answerTextProperty().get());
        assertFalse(vm.canApplyProperty().get());
    }

    @Test
    void theCrashIsAStressOfTheChosenTrancheWithNothingToApply() {
        SolveViewModel vm = vm();
        vm.questionProperty().set(SolveQuestionKind.BREAK_EVEN_CRASH);
        vm.trancheProperty().set("Mezzanine");
        vm.dayProperty().set("30");
        vm.solve();
        assertTrue(tools.lastQuestion.question().startsWith("largest ETH crash on day 30"),
                tools.lastQuestion.question());
        assertTrue(tools.lastQuestion.question().contains("Mezzanine EL"), tools.lastQuestion.question());
        assertFalse(vm.canApplyProperty().get(), "a crash is not a field of the structure");
    }

    @Test
    void theFairCouponIsAskedOfATrancheWithACouponAndABadTargetIsNamed() {
        SolveViewModel vm = vm();
        vm.questionProperty().set(SolveQuestionKind.FAIR_COUPON);
        assertEquals(List.of("Senior", "Mezzanine"), vm.tranches(), "the equity has no coupon");
        assertEquals("Mezzanine", vm.trancheProperty().get());
        vm.targetProperty().set("lots");
        vm.solve();
        assertEquals("Target: not a number: \"lots\"", vm.messageProperty().get());
        vm.targetProperty().set("8 %");
        vm.solve();
        assertTrue(tools.lastQuestion.question().startsWith("least Mezzanine coupon"), tools.lastQuestion.question());
        // the hurdle is the mean IRR (docs/model.md §8.5), as in the CLI: one question for both
        assertTrue(tools.lastQuestion.question().contains("Mezzanine mean IRR ≥ 8.00 %"), tools.lastQuestion.question());
        assertEquals("Mean IRR at least", SolveQuestionKind.FAIR_COUPON.targetLabel());
    }
}
