package io.tranchelab.sim;

import io.tranchelab.model.CreditLine;
import io.tranchelab.model.CreditScoreTable;
import io.tranchelab.model.ScoreBand;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a scored line's borrowers are expected to be at the horizon (docs/model.md §5.4.1): the
 * expected share of the line's borrowers at each score, and the share that defaulted, averaged
 * over the paths. Computed, not simulated: given the path's factor Y, the expected count of
 * every state follows a linear recursion (a default removes a state's borrowers with its step
 * probability, a payment moves a share {@code pi} of them one miss up), so the expectation given
 * Y is exact and the factor is integrated out by Simpson's rule over [-8, 8]. What {@code scores}
 * and the Score Table window show; the simulation draws the same states path by path.
 */
public final class ScoreDistribution {

    /** Simpson intervals over the factor: 0.1 wide, far below the integrand's curvature. */
    private static final int INTERVALS = 160;
    private static final double FACTOR_BOUND = 8;

    /** The expected share of the line's borrowers that survive with this score. */
    public record Share(int score, double share) {
    }

    /** The expected share of the line's borrowers that survive with a score in {@code minScore..maxScore}, whose PD is this. */
    public record BandShare(int minScore, int maxScore, double annualDefaultProbability, double share) {
    }

    /**
     * The line at the horizon: survivors by score (best first) and the defaulted share; the
     * shares and the defaulted share add up to 1.
     */
    public record HorizonScores(List<Share> survivors, double defaulted) {

        /** The survivors' mean score (NaN when none is expected to survive). */
        public double meanScore() {
            double sum = 0;
            double weight = 0;
            for (Share s : survivors) {
                sum += s.score() * s.share();
                weight += s.share();
            }
            return weight > 0 ? sum / weight : Double.NaN;
        }

        /** The survivors by band of the score table (empty: the built-in one), best band first, every band listed. */
        public List<BandShare> byBand(List<ScoreBand> table) {
            List<ScoreBand> bands = new ArrayList<>(table == null || table.isEmpty() ? CreditScoreTable.DEFAULT : table);
            bands.sort(Comparator.comparingInt(ScoreBand::minScore).reversed());
            List<BandShare> out = new ArrayList<>();
            int max = CreditScoreTable.MAX_SCORE;
            for (ScoreBand band : bands) {
                int lo = band.minScore();
                int hi = max;
                double share = survivors.stream().filter(s -> s.score() >= lo && s.score() <= hi)
                        .mapToDouble(Share::share).sum();
                out.add(new BandShare(lo, hi, band.annualDefaultProbability(), share));
                max = lo - 1;
            }
            return List.copyOf(out);
        }
    }

    private ScoreDistribution() {
    }

    /** Whether {@link #atHorizon} has figures for the line: its PD comes from its history's score. */
    public static boolean hasHorizonScores(CreditLine line) {
        return ScoreStates.isScoredFromHistory(line);
    }

    /** The line's expected scores at the horizon, empty for a line not scored from a history. */
    public static Optional<HorizonScores> atHorizon(CreditLine line, Structure structure, Scenario scenario) {
        return atHorizon(line, structure, scenario, ProgressListener.NONE, CancellationToken.none());
    }

    /**
     * {@link #atHorizon(CreditLine, Structure, Scenario)}, telling {@code progress} the fraction of
     * the line's steps done and stopping with {@link SimulationCancelledException} within a step of
     * {@code cancel} being set: a line at the payment limit takes seconds (the workbench's Score
     * Table works it out in the background, and Cancel must free the core for the run).
     */
    public static Optional<HorizonScores> atHorizon(CreditLine line, Structure structure, Scenario scenario,
                                                    ProgressListener progress, CancellationToken cancel) {
        ScoreStates states = ScoreStates.ofHistory(line, structure, scenario);
        if (states == null) {
            return Optional.empty();
        }
        int n = states.stateCount();
        double[] expected = new double[n];
        if (states.sqrtRho == 0) {
            expected = givenFactors(states, new double[] {0}, progress, cancel)[0];
        } else {
            double h = 2 * FACTOR_BOUND / INTERVALS;
            double[] ys = new double[INTERVALS + 1];
            for (int i = 0; i <= INTERVALS; i++) {
                ys[i] = -FACTOR_BOUND + i * h;
            }
            double[][] givenEach = givenFactors(states, ys, progress, cancel);
            double total = 0;
            for (int i = 0; i <= INTERVALS; i++) {
                double y = ys[i];
                double weight = (i == 0 || i == INTERVALS ? 1 : i % 2 == 1 ? 4 : 2) * h / 3 * density(y);
                total += weight;
                double[] given = givenEach[i];
                for (int m = 0; m < n; m++) {
                    expected[m] += weight * given[m];
                }
            }
            // divided by the rule's own integral of the density, so that a line nobody defaults on
            // comes out at a defaulted share of 0, not the rule's error
            for (int m = 0; m < n; m++) {
                expected[m] /= total;
            }
        }
        TreeMap<Integer, Double> byScore = new TreeMap<>();
        double survived = 0;
        for (int m = 0; m < n; m++) {
            if (expected[m] > 0) {
                byScore.merge(states.score(states.steps, m), expected[m], Double::sum);
                survived += expected[m];
            }
        }
        List<Share> shares = new ArrayList<>();
        byScore.descendingMap().forEach((score, share) -> shares.add(new Share(score, share)));
        return Optional.of(new HorizonScores(List.copyOf(shares), Math.max(0, 1 - survived)));
    }

    /** The expected share of the borrowers in each state at the horizon, given the path's factor y. */
    static double[] givenFactor(ScoreStates states, double y) {
        return givenFactors(states, new double[] {y})[0];
    }

    /**
     * {@link #givenFactor} for each of the factors {@code ys} at once, each computed exactly as alone.
     * All factors step together because a state's score does not depend on the factor: it is worked
     * out once per state and step (a scorecard evaluation), and a step's survival once per factor and
     * score (a normal CDF, a log and an exponential). Factor by factor, with both inside the loop,
     * one line at the payment limit took minutes.
     */
    static double[][] givenFactors(ScoreStates states, double[] ys) {
        return givenFactors(states, ys, ProgressListener.NONE, CancellationToken.none());
    }

    private static double[][] givenFactors(ScoreStates states, double[] ys, ProgressListener progress,
                                           CancellationToken cancel) {
        double[][] share = new double[ys.length][states.stateCount()];
        double[][] survivalByScore = new double[ys.length][];
        for (int i = 0; i < ys.length; i++) {
            share[i][0] = 1;
            survivalByScore[i] = new double[CreditScoreTable.MAX_SCORE + 1];
            Arrays.fill(survivalByScore[i], Double.NaN);
        }
        for (int step = 1; step <= states.steps; step++) {
            if (cancel.isCancelled()) {
                throw new SimulationCancelledException();
            }
            progress.progress((double) (step - 1) / states.steps);
            int k = step - 1;
            for (int m = 0; m <= states.due[k]; m++) {
                int score = -1;
                for (int i = 0; i < ys.length; i++) {
                    if (share[i][m] > 0) {
                        if (score < 0) {
                            score = states.score(k, m);
                        }
                        double survival = survivalByScore[i][score];
                        if (Double.isNaN(survival)) {
                            survival = 1 - CreditPoolPath.stepProbability(states.thresholdOfScore(score),
                                    states.sqrtRho, states.sqrtOneMinusRho, ys[i], states.steps);
                            survivalByScore[i][score] = survival;
                        }
                        share[i][m] *= survival;
                    }
                }
            }
            for (int i = 0; i < ys.length; i++) {
                double[] s = share[i];
                for (int payment = states.due[k]; payment < states.due[step]; payment++) {
                    for (int m = payment; m >= 0; m--) {
                        double missed = s[m] * states.missProbability;
                        s[m] -= missed;
                        s[m + 1] += missed;
                    }
                }
            }
        }
        progress.progress(1);
        return share;
    }

    private static double density(double y) {
        return Math.exp(-0.5 * y * y) / Math.sqrt(2 * Math.PI);
    }
}
