package io.tranchelab.sim;

import io.tranchelab.model.CreditLine;
import io.tranchelab.model.Limits;
import io.tranchelab.model.LoanBook;
import io.tranchelab.model.Position;
import io.tranchelab.model.Structure;

import java.util.Locale;

/**
 * Estimates the heap a run needs before anything sized by it is allocated (the plan's per-step
 * tables included), so that a run too big for the machine is refused with the figures rather
 * than ending in an OutOfMemoryError half-way. A comparison of several scenarios (compare,
 * report) keeps each finished run's per-path losses while the next runs: that is counted too.
 */
public final class RunMemory {

    /** Share of the free heap a run may plan to use; the rest is for the application and for garbage. */
    static final double USABLE_SHARE = 0.8;
    /** Objects, thread stacks' heap side, queues: a floor per worker besides the arrays counted. */
    private static final long PER_WORKER_OVERHEAD = 64L * 1024;

    private RunMemory() {
    }

    /** What sizes a run's arrays. */
    record Shape(int steps, int assets, int tranches, int loanBooks, long borrowers, int creditLines,
                 int oracleDelay, long crossChainBytesPerPath, long scoreStates) {

        /** A run without borrowers that miss payments (§5.4.1): no score states. */
        Shape(int steps, int assets, int tranches, int loanBooks, long borrowers, int creditLines, int oracleDelay,
              long crossChainBytesPerPath) {
            this(steps, assets, tranches, loanBooks, borrowers, creditLines, oracleDelay, crossChainBytesPerPath, 0);
        }

        Shape(int steps, int assets, int tranches, int loanBooks, long borrowers, int creditLines, int oracleDelay) {
            this(steps, assets, tranches, loanBooks, borrowers, creditLines, oracleDelay, 0);
        }

        /** Cross-chain pools (§8.14): each path's loss per bridge (8 bytes) and halted steps per chain (4). */
        static long crossChainBytesPerPath(int bridges, int chains) {
            return 8L * bridges + 4L * chains;
        }

        static Shape of(Structure structure) {
            int books = 0;
            long borrowers = 0;
            int credit = 0;
            int delay = 0;
            long states = 0;
            for (Position position : structure.positions()) {
                if (position instanceof LoanBook book) {
                    books++;
                    borrowers += book.borrowers();
                    delay = Math.max(delay, book.oracleDelaySteps());
                } else if (position instanceof CreditLine line) {
                    credit++;
                    states += scoreStates(line, structure.simulation().horizonYears());
                }
            }
            return new Shape(structure.simulation().steps(), structure.assets().size(),
                    structure.tranches().size(), books, borrowers, credit, delay, structure.crossChain().isEmpty() ? 0
                    : crossChainBytesPerPath(structure.crossChain().bridges().size(),
                            structure.crossChain().chains().size()), states);
        }

        /** A line whose borrowers miss payments: a state per payment that can be missed, plus none (§5.4.1). */
        static long scoreStates(CreditLine line, double horizonYears) {
            if (line.annualDefaultProbability().isPresent() || line.history().isEmpty()
                    || !line.history().get().missesPayments()) {
                return 0;
            }
            return ScoreMigration.dueBy(line.history().get(), horizonYears) + 1L;
        }

        /** The counters each path accumulates per step, per tranche included. */
        long buckets() {
            return RunAggregation.FIRST_COUPON + (long) tranches;
        }
    }

    static long estimateBytes(SimulationPlan plan, RunSettings settings, int workers) {
        long borrowers = plan.loanBooks.stream().mapToLong(LoanBook::borrowers).sum();
        int delay = plan.loanBooks.stream().mapToInt(LoanBook::oracleDelaySteps).max().orElse(0);
        return estimateBytes(new Shape(plan.steps, plan.assetCount, plan.trancheCount, plan.loanBooks.size(),
                borrowers, plan.creditLines.size(), delay, plan.crossChain == null ? 0
                : Shape.crossChainBytesPerPath(plan.crossChain.bridgeCount, plan.crossChain.chainCount),
                java.util.Arrays.stream(plan.creditLineScoreStates).filter(java.util.Objects::nonNull)
                        .mapToLong(ScoreStates::stateCount).sum()), settings, workers, 1);
    }

    /**
     * @param runs how many runs of this size are made one after another with all their results
     *             kept (1 for a single run, the number of scenarios for a comparison)
     */
    static long estimateBytes(Shape shape, RunSettings settings, int workers, int runs) {
        long paths = settings.paths();
        long steps = shape.steps();
        long tranches = shape.tranches();
        // the plan: per-step shock tables [step][asset] x 3, and the keeper-outage table [book][step]
        long plan = 8L * steps * (3L * shape.assets() + shape.loanBooks()) + 16L * (steps + 1) * 3;
        // per path: loss, return, IRR, drawdown and WAL per tranche and four pool figures, plus the
        // sorted copies made while the metrics are computed
        long perPath = 8L * (5L * tranches + 4) + 8L * 4 + shape.crossChainBytesPerPath();
        long chartPaths = Math.min(paths, settings.chartSamplePaths());
        long chartPoints = Math.min(steps + 1L, Math.max(2, settings.chartPoints()));
        // NAV; per tranche total value, drawdown and principal outstanding; loan health; a peg ratio
        // (counted whether or not the pool holds a pegged asset: a few MB at most)
        long series = 1 + 3L * tranches + (shape.loanBooks() > 0 ? 1 : 0) + 1;
        long chart = 4L * series * chartPoints * chartPaths + 4L * (steps + 1);
        // the run's step sums, each worker's block in progress and the finished blocks waiting to be merged in order
        long blockSums = 8L * shape.buckets() * steps * (2L * workers + 1);
        // each worker's state of the paths it simulates together (BlockSimulator.LANES of them): the
        // prices as far back as the oracles read, a dozen arrays per asset and per tranche, every
        // borrower's loan (debt and collateral) and a lane's sort scratch, the credit lines
        long lanes = BlockSimulator.LANES;
        long priceRows = Math.min(steps, shape.oracleDelay()) + 1L;
        long perWorker = 8L * lanes * ((priceRows + 6) * shape.assets() + 12L * tranches + 30)
                + (16L * lanes + 20) * shape.borrowers() + 40L * lanes * shape.creditLines() + PER_WORKER_OVERHEAD
                // score states (§5.4.1): per state and lane a count, a probability, its threshold,
                // (1 - p)^n and the count it is for (ScoreStatePath)
                + 40L * lanes * shape.scoreStates()
                // each lane's dated cash per tranche, for the IRR (PathStatistics), and the solver's
                // copies in date order (Irr), at most one of each
                + 8L * lanes * 2 * tranches * datesPerPath(steps, tranches);
        long oneRun = plan + perPath * paths + chart + blockSums + perWorker * workers;
        return oneRun + (runs - 1L) * keptBytes(shape, settings);
    }

    private static long datesPerPath(long steps, long tranches) {
        long group = PathStatistics.stepsPerDate((int) Math.min(Integer.MAX_VALUE, steps), (int) tranches);
        return (steps + group - 1) / group;
    }

    /** What a finished run's result keeps: each tranche's loss per path, the mean series per step, the fans. */
    static long keptBytes(Shape shape, RunSettings settings) {
        long series = 1 + 3L * shape.tranches() + 2;
        return 8L * shape.tranches() * settings.paths() + 8L * (shape.buckets() + 1) * shape.steps()
                + 8L * 5 * series * Math.max(2, settings.chartPoints());
    }

    /** Throws with the figures when the run would take too long, or not fit in the heap this JVM may use. */
    static void check(Structure structure, RunSettings settings, int workers) {
        check(structure, settings, workers, 1);
    }

    /**
     * Refuses, before anything is allocated, {@code runs} runs of the structure kept together
     * (a comparison of that many scenarios) that would be over the work limit or not fit in memory.
     *
     * @throws IllegalArgumentException with the figures and what would fit
     */
    public static void check(Structure structure, RunSettings settings, int workers, int runs) {
        long work = Limits.workUnits(structure, settings.paths());
        if (work > Limits.MAX_WORK_UNITS) {
            long perPath = Math.max(1, work / settings.paths());
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%,d paths x %,d steps x %,d %s is %.2g units of work; at most %.2g"
                            + " are allowed (about ten minutes): use at most %,d paths", settings.paths(),
                    structure.simulation().steps(), perPath / Math.max(1, structure.simulation().steps()),
                    io.tranchelab.model.Limits.workItems(structure),
                    (double) work, (double) Limits.MAX_WORK_UNITS, Limits.MAX_WORK_UNITS / perPath));
        }
        Shape shape = Shape.of(structure);
        long need = estimateBytes(shape, settings, workers, runs);
        long available = available();
        if (need > available) {
            // what looked in use may be garbage (the previous run's arrays): count only what is live;
            // the arrays kept for reuse by the next run (up to 13 MB of chart sample) are dropped
            // first, else a run that fits only without them (a million paths in 256 MiB) is refused
            ChartValuesSpare.clear();
            PathArraysSpare.clear();
            PathStatistics.clearSpare();
            FanSelector.clearSpare();
            System.gc();
            available = available();
        }
        if (need > available) {
            long perPath = Math.max(1, need / settings.paths());
            long fit = available / perPath;
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s%,d paths x %,d steps need about %s of memory; %s is available: use at most about %,d paths"
                            + " (or start with a larger -Xmx)",
                    runs > 1 ? runs + " scenarios of " : "", settings.paths(), shape.steps(), size(need),
                    size(available), fit));
        }
    }

    /** The heap a run may still take: a share of what is not in use. */
    private static long available() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        return (long) (USABLE_SHARE * Math.max(0, runtime.maxMemory() - used));
    }

    private static String size(long bytes) {
        return bytes >= 1L << 30
                ? String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%.0f MiB", bytes / (double) (1L << 20));
    }
}
