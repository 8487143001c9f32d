package io.tranchelab.sim;

import io.tranchelab.model.CreditLine;
import io.tranchelab.model.Jumps;
import io.tranchelab.model.MarketTie;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.VolatileAsset;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A credit line tied to the first volatile asset (row 0 of the loadings; {@link CreditMarketTieTest}
 * ties to the second) follows that asset's horizon shock W (docs/model.md §5.3). With market
 * correlation 1 the path's credit factor is W itself, and with asset correlation 0.99 and a
 * horizon PD of 1/2 each line's conditional PD is Phi(-sqrt(0.99) W / 0.1): about 1 when W < -0.5
 * and about 0 when W > 0.5 (Phi(-5) = 3e-7). So on every path where ETH ended well below its
 * median the lines default almost all, and almost none where it ended well above.
 */
class CreditTieFirstAssetTest {

    private static final int LINES = 200;
    private static final double SIGMA = 0.7;
    private static final double MU = 0.1;
    private static final int PATHS = 40;

    @Test
    void linesTiedToTheFirstAssetDefaultWhenItFallsAndSurviveWhenItRises() {
        Structure structure = TestStructures.builder()
                .horizon(1, 12)
                .seed(7)
                .asset(new VolatileAsset("ETH", 3000, MU, SIGMA, Jumps.NONE, OptionalDouble.empty()))
                .position(new CreditLine("lines", 1_000_000, LINES, 0, 700, OptionalDouble.of(0.5), 1.0, 0.99,
                        Optional.of(new MarketTie("ETH", 1.0))))
                .tranche("senior", 0.9, 0)
                .tranche("equity", 0.1, 0)
                .build();
        double lineSize = 1_000_000.0 / LINES;
        int fell = 0;
        int rose = 0;
        for (int path = 0; path < PATHS; path++) {
            double[] shockAndDefaults = new double[2];
            // the path of the run, every step traced: its credit losses and the tied asset's last price
            PathTrace trace = Simulator.tracePath(structure, Scenario.BASE_NAME, structure.simulation().seed(), path);
            for (double loss : trace.losses()) {
                shockAndDefaults[1] += loss / lineSize / LINES; // LGD 1: the loss is the defaulted principal
            }
            double[] prices = trace.prices()[0];
            shockAndDefaults[0] = (Math.log(prices[prices.length - 1] / 3000) - (MU - SIGMA * SIGMA / 2)) / SIGMA;
            double w = shockAndDefaults[0];
            double defaulted = shockAndDefaults[1];
            if (w < -0.5) {
                fell++;
                assertTrue(defaulted > 0.95, "path " + path + ": W " + w + ", defaulted " + defaulted);
            } else if (w > 0.5) {
                rose++;
                assertTrue(defaulted < 0.05, "path " + path + ": W " + w + ", defaulted " + defaulted);
            }
        }
        assertTrue(fell >= 5 && rose >= 5, "paths that fell " + fell + ", rose " + rose);
    }
}
