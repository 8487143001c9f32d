package io.tranchelab.sim;

import io.tranchelab.model.CorrelationMatrix;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.Jumps;
import io.tranchelab.model.MarketTie;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.VolatileAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;
import java.util.OptionalDouble;

import static io.tranchelab.sim.TestStructures.runSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A credit line tied to the market (docs/model.md §5.3): its systemic factor is
 * {@code Y = rho_m W + sqrt(1 - rho_m^2) E}, W the asset's standardized diffusive shock over
 * the horizon. A line defaults when {@code X = sqrt(rho) Y + sqrt(1 - rho) e < Phi^-1(PD_T)},
 * X standard normal with corr(X, W) = sqrt(rho) rho_m. So, D being a path's default fraction,
 * <ul>
 * <li>E[D | W = w] = Phi((Phi^-1(PD_T) - a w) / sqrt(1 - a^2)), a = sqrt(rho) rho_m;</li>
 * <li>E[D W] = E[d/dW E[D | W]] (Stein) = -a phi(Phi^-1(PD_T)).</li>
 * </ul>
 * Two correlated assets, the line tied to the second (BTC), so the test also sees the
 * correlated shock rather than the first independent normal. W is read back from BTC's
 * horizon price: without jumps, depth or shocks, ln P_T = ln P_0 + (mu - sigma^2 / 2) T +
 * sigma sqrt(T) W.
 */
class CreditMarketTieTest {

    private static final int LINES = 200;
    private static final double PD = 0.05;
    private static final double RHO = 0.3;
    private static final double SIGMA = 0.7;
    private static final double MU = 0.1;
    private static final int PATHS = 4_000;
    private static final double CRASH = -1.0; // W below -1: BTC down about 50 % or more in the year

    private static Structure tied(Optional<MarketTie> tie) {
        return TestStructures.builder()
                .horizon(1, 52)
                .seed(2022)
                .asset(new VolatileAsset("ETH", 3000, 0.0, 0.9, Jumps.NONE, OptionalDouble.empty()))
                .asset(new VolatileAsset("BTC", 50_000, MU, SIGMA, Jumps.NONE, OptionalDouble.empty()))
                .correlations(CorrelationMatrix.identity(2).with(0, 1, 0.6))
                .position(new CreditLine("lines", 1_000_000, LINES, 0, 700, OptionalDouble.of(PD), 1.0, RHO, tie))
                .tranche("senior", 0.9, 0)
                .tranche("equity", 0.1, 0)
                .build();
    }

    /** Per path: {W, default fraction}. */
    private static double[][] shocksAndDefaults(Structure structure) {
        double[][] out = new double[PATHS][2];
        double lineSize = 1_000_000.0 / LINES;
        for (int path = 0; path < PATHS; path++) {
            double[] row = out[path];
            // the path of the run, every step traced: its credit losses and the tied asset's last price
            PathTrace trace = Simulator.tracePath(structure, Scenario.BASE_NAME, structure.simulation().seed(), path);
            for (double loss : trace.losses()) {
                row[1] += loss / lineSize / LINES; // LGD 1: the loss is the defaulted principal
            }
            double[] prices = trace.prices()[1];
            row[0] = (Math.log(prices[prices.length - 1] / 50_000) - (MU - SIGMA * SIGMA / 2)) / SIGMA;
        }
        return out;
    }

    @ParameterizedTest(name = "rho_m {0}")
    @ValueSource(doubles = {0.7, -0.5, 0.0})
    void defaultsCoVaryWithTheAssetsHorizonShockAsTheCopulaSays(double marketCorrelation, TestReporter report) {
        double[][] paths = shocksAndDefaults(tied(Optional.of(new MarketTie("BTC", marketCorrelation))));
        double[] products = new double[PATHS];
        double[] shocks = new double[PATHS];
        double[] defaults = new double[PATHS];
        for (int i = 0; i < PATHS; i++) {
            shocks[i] = paths[i][0];
            defaults[i] = paths[i][1];
            products[i] = paths[i][0] * paths[i][1];
        }
        double threshold = NormalReference.inverseCdf(PD);
        double expected = -Math.sqrt(RHO) * marketCorrelation * NormalReference.density(threshold);
        Sample product = Sample.of(products);
        report.publishEntry("market tie", String.format(java.util.Locale.ROOT,
                "%.1f: E[D W] MC %.5f SE %.5f exact %.5f; E[D] %.5f; W mean %.3f", marketCorrelation, product.mean(), product.standardError(), expected, Sample.of(defaults).mean(),
                Sample.of(shocks).mean()));
        assertEquals(expected, product.mean(), 4 * product.standardError());
        // the tie moves defaults between paths, not on average: E[D] is still PD
        assertEquals(PD, Sample.of(defaults).mean(), 4 * Sample.of(defaults).standardError());
        // W read back from the price is standard normal: the reading is right
        assertEquals(0, Sample.of(shocks).mean(), 4 * Sample.of(shocks).standardError());
    }

    @Test
    void aCrashComesWithMoreDefaultsWhenTheCorrelationIsPositive(TestReporter report) {
        double marketCorrelation = 0.7;
        double[][] paths = shocksAndDefaults(tied(Optional.of(new MarketTie("BTC", marketCorrelation))));
        double[] crashDefaults = java.util.Arrays.stream(paths).filter(p -> p[0] < CRASH).mapToDouble(p -> p[1])
                .toArray();
        // E[D | W < c] = (1 / Phi(c)) * integral from -9 to c of E[D | W = w] phi(w) dw, by Simpson
        double a = Math.sqrt(RHO) * marketCorrelation;
        double threshold = NormalReference.inverseCdf(PD);
        int intervals = 2_000;
        double h = (CRASH + 9) / intervals;
        double integral = 0;
        for (int i = 0; i <= intervals; i++) {
            double w = -9 + i * h;
            double f = NormalReference.cdf((threshold - a * w) / Math.sqrt(1 - a * a)) * NormalReference.density(w);
            integral += (i == 0 || i == intervals ? 1 : i % 2 == 1 ? 4 : 2) * f;
        }
        double expected = integral * h / 3 / NormalReference.cdf(CRASH);
        Sample crash = Sample.of(crashDefaults);
        report.publishEntry("market tie 0.7", String.format(java.util.Locale.ROOT,
                "E[D | W < -1] MC %.5f SE %.5f exact %.5f over %d paths", crash.mean(), crash.standardError(), expected,
                crashDefaults.length));
        assertTrue(expected > 2 * PD, "the closed form itself says a crash doubles the defaults at least");
        assertEquals(expected, crash.mean(), 4 * crash.standardError());
    }

    @Test
    void aZeroCorrelationTieChangesNothingToTheLastBit() {
        Structure untied = tied(Optional.empty());
        Structure zero = tied(Optional.of(new MarketTie("BTC", 0.0)));
        SimulationResult a = Simulator.run(untied, runSettings(untied, Scenario.BASE_NAME, 512, 2));
        SimulationResult b = Simulator.run(zero, runSettings(zero, Scenario.BASE_NAME, 512, 2));
        assertNull(BitIdentical.firstDifference(a, b));
    }
}
