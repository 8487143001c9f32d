package io.tranchelab.sim;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The horizon scores' working-out (seconds for a line at the payment limit, run in the
 * workbench's background) tells its progress and stops when cancelled, and a working-out that is
 * watched gives the figures an unwatched one gives.
 */
class HorizonScoresCancelTest {

    private static final Structure SCORED = sample("credit-pool-scored");
    private static final CreditLine LINE = SCORED.positions().stream()
            .filter(p -> p instanceof CreditLine line && ScoreDistribution.hasHorizonScores(line))
            .map(CreditLine.class::cast).findFirst().orElseThrow();

    @Test
    void progressRisesStepByStepToOneAndTheFiguresAreTheUnwatchedOnes() {
        List<Double> told = new ArrayList<>();
        ScoreDistribution.HorizonScores watched = ScoreDistribution.atHorizon(LINE, SCORED, Scenario.BASE,
                told::add, CancellationToken.none()).orElseThrow();
        assertEquals(ScoreDistribution.atHorizon(LINE, SCORED, Scenario.BASE).orElseThrow(), watched);
        int steps = SCORED.simulation().steps();
        assertEquals(steps + 1, told.size(), "a report before each step and one at the end");
        assertEquals(0.0, told.get(0));
        assertEquals(1.0, told.get(told.size() - 1));
        for (int i = 1; i < told.size(); i++) {
            assertTrue(told.get(i) > told.get(i - 1), "report " + i + " rises: " + told);
        }
    }

    @Test
    void aCancelledTokenStopsBeforeTheFirstStep() {
        CancellationToken cancel = CancellationToken.none();
        cancel.cancel();
        List<Double> told = new ArrayList<>();
        assertThrows(SimulationCancelledException.class,
                () -> ScoreDistribution.atHorizon(LINE, SCORED, Scenario.BASE, told::add, cancel));
        assertEquals(List.of(), told);
    }

    @Test
    void aCancelHalfWayStopsWithinAStep() {
        CancellationToken cancel = CancellationToken.none();
        List<Double> told = new ArrayList<>();
        ProgressListener cancelAtHalf = fraction -> {
            told.add(fraction);
            if (fraction >= 0.5) {
                cancel.cancel();
            }
        };
        assertThrows(SimulationCancelledException.class,
                () -> ScoreDistribution.atHorizon(LINE, SCORED, Scenario.BASE, cancelAtHalf, cancel));
        double last = told.get(told.size() - 1);
        assertTrue(last >= 0.5 && last < 0.5 + 1.5 / SCORED.simulation().steps(),
                "no step after the one that saw the cancel: last report " + last);
    }

    private static Structure sample(String name) {
        try (InputStream in = HorizonScoresCancelTest.class.getResourceAsStream("/io/tranchelab/samples/" + name + ".json")) {
            return StructureJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
