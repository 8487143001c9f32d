package io.tranchelab.design;

import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The tornado (docs/model.md §14): every numeric parameter moved down and up by the bump
 * with all else as in the base, each variant run on the base's seeds (common random numbers),
 * the bars ranked by |metric at high - metric at low|.
 */
public final class Sensitivity {

    private Sensitivity() {
    }

    /** Over every parameter of {@link StructureOverrides#numericParameters}. */
    public static Tornado tornado(Structure base, MetricSpec metric, Bump bump, DesignRun run, int threads,
                                  ProgressListener progress, CancellationToken cancel) {
        return tornado(base, StructureOverrides.numericParameters(base), metric, bump, run, threads, progress,
                cancel);
    }

    /** Over the given parameters only. */
    public static Tornado tornado(Structure base, List<NumericParameter> parameters, MetricSpec metric, Bump bump,
                                  DesignRun run, int threads, ProgressListener progress, CancellationToken cancel) {
        metric.requireIn(base);
        List<Variant> variants = new ArrayList<>();
        variants.add(Variant.base());
        List<Planned> planned = new ArrayList<>();
        List<Problem> skipped = new ArrayList<>();
        for (NumericParameter p : parameters) {
            double low = bump.bumped(p.value(), -1, p.range(), p.whole());
            double high = bump.bumped(p.value(), +1, p.range(), p.whole());
            if (low == p.value() && high == p.value()) {
                skipped.add(new Problem(p.pointer(), p.value() == 0 && bump.relative() > 0
                        ? "is 0, which a relative bump leaves unchanged; give an absolute step"
                        : "a bump of " + bump + " leaves it unchanged (its range is " + p.range().describe() + ")"));
                continue;
            }
            Variant down = Variant.of(p.label() + " low", new ParameterOverride(p.pointer(), low));
            Variant up = Variant.of(p.label() + " high", new ParameterOverride(p.pointer(), high));
            try {
                StructureOverrides.apply(base, down.overrides());
                StructureOverrides.apply(base, up.overrides());
            } catch (InvalidOverrideException e) {
                skipped.add(new Problem(p.pointer(), "cannot be bumped: " + e.getMessage()));
                continue;
            }
            planned.add(new Planned(p, low, high, variants.size(), bump.clips(p.value(), -1, p.range(), p.whole()),
                    bump.clips(p.value(), +1, p.range(), p.whole())));
            variants.add(down);
            variants.add(up);
        }
        SweepTable table = SweepEngine.run(run.request(base, variants, metric), threads, progress, cancel);
        List<TornadoBar> bars = new ArrayList<>();
        for (Planned p : planned) {
            bars.add(new TornadoBar(p.parameter.pointer(), p.parameter.label(), p.parameter.value(), p.low, p.high,
                    table.mean(p.variant, 0, 0), table.mean(p.variant + 1, 0, 0), p.lowClipped, p.highClipped));
        }
        bars.sort(Comparator.comparingDouble(TornadoBar::swing).reversed()); // stable: ties keep document order
        return new Tornado(metric, bump, run, table.mean(0, 0, 0), bars, skipped);
    }

    private record Planned(NumericParameter parameter, double low, double high, int variant, boolean lowClipped,
                           boolean highClipped) {
    }
}
