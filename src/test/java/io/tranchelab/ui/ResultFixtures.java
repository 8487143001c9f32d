package io.tranchelab.ui;

import io.tranchelab.model.Structure;
import io.tranchelab.sim.Fan;
import io.tranchelab.sim.FanSeries;
import io.tranchelab.sim.PoolMetrics;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.TrancheMetrics;
import io.tranchelab.sim.WaterfallSeries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Hand-made results for view-model tests, so they need neither the core nor time. */
public final class ResultFixtures {

    private ResultFixtures() {
    }

    /** A result for {@code s} where tranche i has expected loss {@code expectedLoss[i]} and {@code paths} paths. */
    public static SimulationResult withLosses(Structure s, int paths, double... expectedLoss) {
        int n = s.tranches().size();
        List<TrancheMetrics> metrics = new ArrayList<>();
        List<Fan> values = new ArrayList<>();
        List<double[]> losses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double el = i < expectedLoss.length ? expectedLoss[i] : 0;
            metrics.add(new TrancheMetrics(s.tranches().get(i).name(), 1_000_000, el, 0.001, el > 0 ? 0.1 : 0, 0.5,
                    0.05, 0.0, 0.05, 0.07, el, el, el, el, 0.01, 0.02, 1.0, "AA"));
            values.add(flatFan(3, 1_000_000));
            double[] perPath = new double[paths];
            Arrays.fill(perPath, el);
            losses.add(perPath);
        }
        double[] times = {1.0 / 3, 2.0 / 3, 1.0};
        double[][] coupons = new double[n][3];
        WaterfallSeries waterfall = new WaterfallSeries(times, new double[3], new double[3], coupons, new double[3],
                new double[3], new double[3], new double[3], new double[3], new double[3], new double[3],
                new double[n], new double[n]);
        FanSeries fans = new FanSeries(new double[] {0, 0.5, 1}, paths, flatFan(3, 1), values, values, values,
                flatFan(3, 1.5));
        PoolMetrics pool = new PoolMetrics(80_000_000, 0, 0, 0, 0, 80_000_000, 1, 2, 3);
        return new SimulationResult(s.name(), "base", paths, 3, 1.0, 42, metrics, pool, waterfall, fans, losses, 1);
    }

    private static Fan flatFan(int points, double value) {
        double[] v = new double[points];
        Arrays.fill(v, value);
        return new Fan(v, v, v, v, v);
    }
}
