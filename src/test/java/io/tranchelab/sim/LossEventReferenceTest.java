package io.tranchelab.sim;

import io.tranchelab.model.LossEvents;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.YieldPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.tranchelab.sim.TestStructures.flatAsset;
import static io.tranchelab.sim.TestStructures.runSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Loss events (slashing, exploits; docs/model.md §5.1): a Poisson number N ~ Poisson(lambda T) over
 * the horizon, each destroying a fraction f of the units held, so units_T = units0 (1 - f)^N and
 * from the Poisson generating function E[s^N] = e^{lambda T (s - 1)}:
 * <pre>
 *   E[units_T]   = units0 e^{-lambda f T}
 *   E[units_T^2] = units0^2 e^{-lambda T (1 - (1 - f)^2)}
 * </pre>
 * whatever the number of steps (several events may fall in one step). With the price flat at P,
 * no income and no market depth, the pool's final value is P units_T and its realized loss is
 * P (units0 - units_T), a share 1 - units_T / units0 of the initial value.
 */
class LossEventReferenceTest {

    private static final double UNITS = 100;
    private static final int PATHS = 20_000;

    @ParameterizedTest(name = "lambda {0}, f {1}, T {2}, {3} steps a year, price {4}")
    @CsvSource({
        "3, 0.2, 2, 12, 1",
        "3, 0.2, 2, 1, 1",
        "0.5, 0.6, 3, 4, 2.5",
    })
    void expectedUnitsLeftDecayExponentiallyInIntensityTimesFraction(double lambda, double fraction, double horizon,
                                                                     int stepsPerYear, double price) {
        Structure structure = TestStructures.builder()
                .horizon(horizon, stepsPerYear)
                .seed(2022)
                .asset(flatAsset("SOL", price))
                .position(new YieldPosition("staked", "SOL", UNITS, 0, new LossEvents(lambda, fraction)))
                .tranche("senior", 0.5, 0)
                .tranche("equity", 0.5, 0)
                .build();
        PoolMetrics pool = Simulator.run(structure, runSettings(structure, Scenario.BASE_NAME, PATHS, 2)).pool();

        double mean = UNITS * Math.exp(-lambda * fraction * horizon);
        double second = UNITS * UNITS * Math.exp(-lambda * horizon * (1 - (1 - fraction) * (1 - fraction)));
        double error = Math.sqrt((second - mean * mean) / PATHS);
        assertEquals(price * mean, pool.expectedFinalValue(), 4 * price * error, "E[units_T] = units0 e^{-lambda f T}");
        assertEquals(1 - mean / UNITS, pool.expectedCreditLoss(), 4 * error / UNITS,
                "realized loss = value of the units lost, as a share of the initial value");
    }
}
