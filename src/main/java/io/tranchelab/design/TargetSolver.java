package io.tranchelab.design;

import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.SimulationCancelledException;
import io.tranchelab.sim.SimulationResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Solves a {@link SolveQuestion} on every seed of a {@link DesignRun} (docs/model.md §14.8):
 * on each seed the metric is a deterministic function of the parameter (every value is run on that
 * seed: common random numbers), so {@link CrossingFinder} locates its crossing; the first seed's
 * is the answer, the others give its {@link MonteCarloInterval}. Stateless; each run uses
 * {@code threads} worker threads.
 */
public final class TargetSolver {

    private TargetSolver() {
    }

    /**
     * @throws SimulationCancelledException when cancelled
     * @throws IllegalArgumentException     when a value of the parameter makes no valid structure
     *                                      ({@link InvalidOverrideException}, naming the pointer)
     */
    public static SolveAnswer solve(SolveQuestion question, DesignRun run, int threads, ProgressListener progress,
                                    CancellationToken cancel) {
        SolvedParameter p = question.parameter();
        List<Long> seeds = run.seeds();
        Progress tracker = new Progress(seeds.size(), p, progress);
        List<Crossing> crossings = new ArrayList<>();
        List<Double> answers = new ArrayList<>();
        int without = 0;
        for (long seed : seeds) {
            Crossing crossing = CrossingFinder.find(x -> {
                if (cancel.isCancelled()) {
                    throw new SimulationCancelledException();
                }
                double value = metricAt(question, x, seed, run.paths(), threads, cancel);
                tracker.evaluated();
                return value;
            }, question.target(), question.comparison(), p.low(), p.high(), p.tolerance(), p.current());
            crossings.add(crossing);
            if (crossing.outcome() == SolveOutcome.FOUND) {
                answers.add(crossing.holding());
            } else {
                without++;
            }
            tracker.seedDone();
        }
        Crossing first = crossings.get(0);
        boolean found = first.outcome() == SolveOutcome.FOUND;
        return new SolveAnswer(question, first.outcome(), first.holding(), first.holdingValue(), first.failing(),
                first.failingValue(), seeds, crossings, MonteCarloInterval.of(answers, without, p.tolerance()),
                found ? p.overridesAt(first.holding()) : List.of());
    }

    /** The metric at one value of the parameter on one seed: one run. */
    public static double metricAt(SolveQuestion question, double value, long seed, int paths, int threads,
                                  CancellationToken cancel) {
        SolveQuestion.Trial trial = question.trialAt().apply(value);
        SimulationResult result = SweepEngine.simulate(trial.structure(), trial.scenario(), seed, paths, threads,
                ProgressListener.NONE, cancel);
        return question.metric().applyAsDouble(result);
    }

    /** Seeds done plus the share of a bisection's evaluations done on the current one (a search stops sooner). */
    private static final class Progress {

        private final int seeds;
        private final double expected;
        private final ProgressListener listener;
        private int seedsDone;
        private int evaluations;

        Progress(int seeds, SolvedParameter p, ProgressListener listener) {
            this.seeds = seeds;
            this.expected = 2 + Math.ceil(Math.log((p.high() - p.low()) / p.tolerance()) / Math.log(2));
            this.listener = listener;
        }

        void evaluated() {
            evaluations++;
            listener.progress((seedsDone + Math.min(0.95, evaluations / expected)) / seeds);
        }

        void seedDone() {
            seedsDone++;
            evaluations = 0;
            listener.progress((double) seedsDone / seeds);
        }
    }
}
