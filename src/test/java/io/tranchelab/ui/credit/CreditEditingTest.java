package io.tranchelab.ui.credit;

import io.tranchelab.io.ScoreTableCsv;
import io.tranchelab.model.BorrowerHistory;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.CreditScoreTable;
import io.tranchelab.model.ScoreBand;
import io.tranchelab.model.Scorecard;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.WorkbenchViewModel;
import io.tranchelab.ui.document.StructureDocument;
import io.tranchelab.ui.edit.ScoringEdits;
import io.tranchelab.ui.edit.Selection;
import io.tranchelab.ui.params.NumberParameterViewModel;
import io.tranchelab.ui.params.ParameterPanelViewModel;
import io.tranchelab.ui.run.PreviewSizing;
import io.tranchelab.ui.run.SimulationService;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbench's credit editing: score table, scored lines, scorecard; every change one named undo step. */
class CreditEditingTest {

    private final Structure original = io.tranchelab.ui.TestStructures.quick().withPositions(List.of(
            new CreditLine("Borrowers", 1e6, 20, 0.1, 700, OptionalDouble.empty(), 0.6, 0.1)));
    private final StructureDocument document = new StructureDocument(original, null);
    private final WorkbenchViewModel workbench = new WorkbenchViewModel(document, new SimulationService(
            (s, settings, p, c) -> io.tranchelab.ui.ResultFixtures.withLosses(s, settings.paths()),
            new io.tranchelab.ui.run.DirectTaskExecutor(), 0, 0, new PreviewSizing(40)));
    private final ScoreTableViewModel table = new ScoreTableViewModel(workbench::current, workbench::edit);

    private CreditLine line() {
        return (CreditLine) document.structure().positions().get(0);
    }

    @Test
    void theBuiltInTableIsShownLowestScoreFirstAndAnEditMakesItTheStructuresOwn() {
        assertTrue(table.isBuiltIn());
        assertEquals(new ScoreBand(0, 0.2612), table.bands().get(0));
        assertTrue(table.setProbability(5, 0.001)); // the 800 band (AA): 0.02 % -> 0.1 %
        assertFalse(table.isBuiltIn());
        assertEquals(0.001, CreditScoreTable.annualDefaultProbability(850, document.structure().creditScoreTable()));
        assertEquals("Change PD of score band 800", document.undoName());
        workbench.undo();
        assertTrue(table.isBuiltIn());
    }

    @Test
    void aBadEditIsRefusedWithTheValidatorsWords() {
        assertFalse(table.setProbability(0, 1.5));
        assertSame(original, document.structure());
        assertTrue(table.messageProperty().get().contains("annualDefaultProbability"), table.messageProperty().get());
        assertFalse(table.remove(0), "the band from 0 stays");
    }

    @Test
    void splittingAndRemovingBandsAreUndoableSteps() {
        assertTrue(table.split(0)); // [0, 400) -> a band from 200
        assertEquals(200, table.bands().get(1).minScore());
        assertEquals("Add score band 200", document.undoName());
        assertTrue(table.remove(1));
        assertEquals(CreditScoreTable.DEFAULT.size(), table.bands().size());
    }

    @Test
    void aCsvImportReplacesTheTableAndABadFileChangesNothing() {
        assertTrue(table.importCsv("minScore,annualDefaultProbability\n0,30%\n500,5%\n800,0.5%\n", "desk.csv"));
        assertEquals(List.of(new ScoreBand(0, 0.30), new ScoreBand(500, 0.05), new ScoreBand(800, 0.005)),
                document.structure().creditScoreTable());
        assertEquals("Import score table desk.csv", document.undoName());
        Structure before = document.structure();
        assertFalse(table.importCsv("minScore,annualDefaultProbability\n10,0.3\n", "bad.csv"));
        assertSame(before, document.structure());
        assertTrue(table.messageProperty().get().startsWith("bad.csv: line 2"), table.messageProperty().get());
        // and what is exported imports as the same table
        String csv = table.exportCsv();
        assertTrue(table.useBuiltIn());
        assertTrue(table.importCsv(csv, "round-trip.csv"));
        assertEquals(before.creditScoreTable(), document.structure().creditScoreTable());
        assertEquals(ScoreTableCsv.write(before.creditScoreTable()), csv);
    }

    @Test
    void aLineScoredFromItsHistoryShowsTheHistoryAndTheScorecardAndKeepsItsStatedScoreInStep() {
        workbench.edit(ScoringEdits.toggleHistory(document.structure(), 0), "Score from history");
        assertEquals(Optional.of(ScoringEdits.STARTING_HISTORY), line().history());
        // 12 repayments, 365 days, ratio 1.5: z = 4 + 0.96 + 0.5 + 1.5 = 6.96, 600 + 86.5617 x 0.40892 = 635.4
        assertEquals(635, line().creditScore());

        ParameterPanelViewModel panel = new ParameterPanelViewModel(workbench, workbench.selectionProperty(),
                document.structureProperty());
        workbench.selectionProperty().set(new Selection.Position(0));
        assertEquals(List.of("Credit lines", "Borrower history (score 635)", "Scorecard"),
                panel.groups().stream().map(ParameterPanelViewModel.Group::title).toList());
        assertEquals(null, panel.row("creditScore"), "a scored line's score is not typed");

        NumberParameterViewModel liquidations = (NumberParameterViewModel) panel.row("liquidations");
        liquidations.textProperty().set("1");
        liquidations.submitText();
        // one liquidation: -1.2 log-odds, -103.87 points: 531.52 -> 532
        assertEquals(new BorrowerHistory(12, 1, 365, 1.5, 12), line().history().orElseThrow());
        assertEquals(532, line().creditScore());

        NumberParameterViewModel pdo = (NumberParameterViewModel) panel.row("scorecard-pointsToDoubleOdds");
        pdo.textProperty().set("30");
        pdo.submitText();
        // half the points per doubling: 600 + 43.28 x (5.76 - 6.55108) = 565.76 -> 566
        assertEquals(new Scorecard(4.0, 0.08, -1.2, 0.5, 1.0, 600, 700, 30), document.structure().scorecard());
        assertEquals(566, line().creditScore());

        workbench.edit(ScoringEdits.toggleHistory(document.structure(), 0), "Use stated score");
        assertTrue(line().history().isEmpty());
        assertEquals(566, line().creditScore(), "the last computed score stays as the stated one");
    }

    /**
     * The history's new rows (docs/model.md §5.4.1): the chance of missing a payment and the
     * misses so far are edited as any row, one named undo step each, and editing another row of
     * the history keeps them (the rows used to rebuild the history from five of its fields).
     */
    @Test
    void theChanceOfMissingAPaymentIsEditedInThePanelAndOtherRowsKeepIt() {
        workbench.edit(ScoringEdits.toggleHistory(document.structure(), 0), "Score from history");
        ParameterPanelViewModel panel = new ParameterPanelViewModel(workbench, workbench.selectionProperty(),
                document.structureProperty());
        workbench.selectionProperty().set(new Selection.Position(0));
        NumberParameterViewModel chance = (NumberParameterViewModel) panel.row("missedPaymentProbability");
        chance.textProperty().set("10");
        chance.submitText();
        assertEquals(0.1, line().history().orElseThrow().missedPaymentProbability(), 1e-15);
        assertEquals("Change history", document.undoName()); // EditNames stops at the Optional, as for every history row

        NumberParameterViewModel missed = (NumberParameterViewModel) panel.row("missedPayments");
        missed.textProperty().set("2");
        missed.submitText();
        NumberParameterViewModel repayments = (NumberParameterViewModel) panel.row("repayments");
        repayments.textProperty().set("20");
        repayments.submitText();
        assertEquals(new BorrowerHistory(20, 0, 365, 1.5, 12, 2, 0.1), line().history().orElseThrow());

        // the card's weight per miss: -0.5 x 2 misses = -1 log-odds, -86.56 points. z = 4 + 1.6 + 0.5 + 1.5 - 1
        // = 6.6; 600 + 86.5617 x (6.6 - 6.55108) = 604.23 -> 604
        NumberParameterViewModel perMiss = (NumberParameterViewModel) panel.row("scorecard-perMissedPayment");
        perMiss.textProperty().set("-0.5");
        perMiss.submitText();
        assertEquals(-0.5, document.structure().scorecard().perMissedPayment());
        assertEquals(604, line().creditScore());
        workbench.undo();
        assertEquals(0.0, document.structure().scorecard().perMissedPayment());
    }

    /**
     * Beside the table, where the scored lines' borrowers end up: the two-step case of
     * ScoreStatesTest worked by hand (700: 53.44 %, 550: 34.16 %, 400: 5.45 %, defaulted 6.96 %,
     * mean 627.4), bands lowest score first as the table lists them.
     */
    @Test
    void theWindowShowsWhereTheBorrowersAreExpectedAtTheHorizon() {
        assertEquals(List.of(), table.horizon().rows(), "no scored line, nothing to show");
        CreditLine spread = new CreditLine("Spread", 1e6, 1000, 0, 0, OptionalDouble.empty(), 1.0, 0,
                Optional.empty(), Optional.of(new BorrowerHistory(0, 0, 0, 0, 2, 0, 0.25)));
        Structure s = original.withSimulation(original.simulation().withHorizonYears(1).withStepsPerYear(2))
                .withPositions(List.of(spread))
                .withCreditScoreTable(List.of(new ScoreBand(0, 0.50), new ScoreBand(500, 0.20),
                        new ScoreBand(600, 0.05), new ScoreBand(700, 0.01)))
                .withScorecard(new Scorecard(6, 0.5, 0, 0, 0, 0, 1, 100 * Math.log(2), -1));
        HorizonScoresViewModel horizon = new HorizonScoresViewModel(() -> s);
        assertEquals(List.of("Spread"), horizon.lineNames());
        assertEquals(List.of(
                new HorizonScoresViewModel.Row("0-499", "50.00 %", List.of("5.45 %")),
                new HorizonScoresViewModel.Row("500-599", "20.00 %", List.of("34.16 %")),
                new HorizonScoresViewModel.Row("600-699", "5.00 %", List.of("0.00 %")),
                new HorizonScoresViewModel.Row("700-1000", "1.00 %", List.of("53.44 %")),
                new HorizonScoresViewModel.Row("Defaulted", "", List.of("6.96 %")),
                new HorizonScoresViewModel.Row("Mean score", "", List.of("627.4"))), horizon.rows());
    }
}
