package io.tranchelab.ui.analyze;

import io.tranchelab.design.AlignmentGrid;
import io.tranchelab.design.Bump;
import io.tranchelab.design.DesignRun;
import io.tranchelab.design.MapAxis;
import io.tranchelab.design.Crossing;
import io.tranchelab.design.MetricSpec;
import io.tranchelab.design.MonteCarloInterval;
import io.tranchelab.design.SolveAnswer;
import io.tranchelab.design.SolveOutcome;
import io.tranchelab.design.SolveQuestion;
import io.tranchelab.design.Target;
import io.tranchelab.design.Tornado;
import io.tranchelab.design.TornadoBar;
import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Design tools that answer at once with made-up numbers and remember what they were asked; the
 * map publishes a coarse snapshot (the four corners) before the full grid, as the core does.
 */
final class FakeDesignTools implements DesignTools {

    Structure lastBase;
    MetricSpec lastMetric;
    Bump lastBump;
    DesignRun lastRun;
    MapAxis lastX;
    MapAxis lastY;
    Target lastTarget;
    final List<AlignmentGrid> published = new ArrayList<>();
    SolveQuestion lastQuestion;
    /** The solver's answer to a question (by default: found at 81.2 % on the first seed, confirmed). */
    java.util.function.Function<SolveQuestion, Solved> solver = FakeDesignTools::found;
    /** Called after the coarse snapshot, before the rest: a test cancels here. */
    Runnable afterCoarse = () -> { };

    @Override
    public Tornado tornado(Structure base, MetricSpec metric, Bump bump, DesignRun run, ProgressListener progress,
                           CancellationToken cancel) {
        lastBase = base;
        lastMetric = metric;
        lastBump = bump;
        lastRun = run;
        progress.progress(0.5);
        return new Tornado(metric, bump, run, 0.01, List.of(
                new TornadoBar("/assets/0/volatility", "ETH volatility", 0.75, 0.675, 0.825, 0.005, 0.02, false, false)),
                List.of(new Problem("/initialCash", "is 0, which a relative bump leaves unchanged")));
    }

    @Override
    public AlignmentGrid map(Structure base, MapAxis x, MapAxis y, MetricSpec metric, Target target, DesignRun run,
                             ProgressListener progress, CancellationToken cancel, Consumer<AlignmentGrid> onProgress) {
        lastBase = base;
        lastMetric = metric;
        lastRun = run;
        lastX = x;
        lastY = y;
        lastTarget = target;
        double[][] values = new double[y.count()][x.count()];
        for (double[] row : values) {
            Arrays.fill(row, Double.NaN);
        }
        for (int j : new int[] {0, y.count() - 1}) {
            for (int i : new int[] {0, x.count() - 1}) {
                values[j][i] = 0.001 * (i + j);
            }
        }
        AlignmentGrid coarse = new AlignmentGrid(x, y, metric, target, 0, 0, values);
        published.add(coarse);
        onProgress.accept(coarse);
        afterCoarse.run();
        if (cancel.isCancelled()) {
            throw new io.tranchelab.sim.SimulationCancelledException();
        }
        for (int j = 0; j < y.count(); j++) {
            for (int i = 0; i < x.count(); i++) {
                values[j][i] = 0.001 * (i + j);
            }
        }
        AlignmentGrid full = new AlignmentGrid(x, y, metric, target, 0, 0, values);
        published.add(full);
        onProgress.accept(full);
        return full;
    }

    @Override
    public Solved solve(Structure base, SolveQuestion question, DesignRun run, ProgressListener progress,
                        CancellationToken cancel) {
        lastBase = base;
        lastQuestion = question;
        lastRun = run;
        return solver.apply(question);
    }

    /** Found at 0.812 (failing at 0.8121), an interval of 0.80 to 0.82 over the run's seeds, checked. */
    static Solved found(SolveQuestion q) {
        double answer = 0.812;
        double beyond = 0.8121;
        Crossing crossing = new Crossing(SolveOutcome.FOUND, answer, q.target() * 0.98, beyond, q.target() * 1.02,
                0, 0.2, 16);
        SolveAnswer a = new SolveAnswer(q, SolveOutcome.FOUND, answer, q.target() * 0.98, beyond, q.target() * 1.02,
                List.of(42L, 43L), List.of(crossing, crossing), new MonteCarloInterval(List.of(0.812, 0.808), 0, 0.81,
                0.003, 0.80, 0.82), q.parameter().overridesAt(answer));
        return new Solved(a, new DirectCheck(answer, q.target() * 0.98, true, beyond, q.target() * 1.02, true));
    }

    /** The target held over the whole range: no answer, nothing to apply. */
    static Solved holdsEverywhere(SolveQuestion q) {
        Crossing crossing = new Crossing(SolveOutcome.HOLDS_OVER_WHOLE_RANGE, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, 0, 0.0001, 2);
        SolveAnswer a = new SolveAnswer(q, SolveOutcome.HOLDS_OVER_WHOLE_RANGE, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, List.of(42L), List.of(crossing), new MonteCarloInterval(List.of(), 1, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN), List.of());
        return new Solved(a, null);
    }
}
