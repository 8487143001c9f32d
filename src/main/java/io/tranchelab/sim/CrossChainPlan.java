package io.tranchelab.sim;

import io.tranchelab.model.Bridge;
import io.tranchelab.model.Chain;
import io.tranchelab.model.CrossChain;
import io.tranchelab.model.LoanBook;
import io.tranchelab.model.Structure;
import io.tranchelab.model.YieldPosition;

import java.util.List;

/**
 * The chains and bridges of a structure compiled for the path loop (docs/model.md §5.5): per
 * bridge the thresholds that turn its latent normal into a Poisson count of exploits, per chain
 * the chance a halt starts in a step, and the chain of each yield position and loan book.
 * Immutable, shared by every worker; absent ({@link #of} gives null) for a pool on one chain, so
 * such a pool draws nothing more and its results stay those of before.
 */
final class CrossChainPlan {

    /** A count's upper tail below this is never reached by a normal draw (P(Z > 37) is 6e-300). */
    private static final double NEGLIGIBLE_TAIL = 1e-300;
    private static final int MAX_COUNT = 1_000;

    final int bridgeCount;
    final double[] loading;
    final double[] idiosyncratic;
    /** Per bridge, the share of a bridged holding one exploit leaves. */
    final double[] keptPerExploit;
    /** Per bridge, {@code t_k = Phi^-1(P(N <= k))}: the latent draw above t_k means more than k exploits. */
    final double[][] thresholds;
    final String[] bridgeNames;

    final int chainCount;
    final String[] chainNames;
    /** Per chain, the index of its bridge, -1 for none. */
    final int[] chainBridge;
    /** Per chain, the chance a running chain halts after a step, and the steps a halt lasts (0: never halts). */
    final double[] haltProbability;
    final int[] haltSteps;

    /** Per yield position and per loan book (in the plan's order), its chain; -1 for the home chain. */
    final int[] yieldChain;
    final int[] bookChain;

    private CrossChainPlan(CrossChain cross, List<YieldPosition> yields, List<LoanBook> books, double dt) {
        List<Bridge> bridges = cross.bridges();
        bridgeCount = bridges.size();
        bridgeNames = bridges.stream().map(Bridge::name).toArray(String[]::new);
        loading = new double[bridgeCount];
        idiosyncratic = new double[bridgeCount];
        keptPerExploit = new double[bridgeCount];
        thresholds = new double[bridgeCount][];
        for (int b = 0; b < bridgeCount; b++) {
            Bridge bridge = bridges.get(b);
            loading[b] = bridge.factorLoading();
            idiosyncratic[b] = Math.sqrt(1 - loading[b] * loading[b]);
            keptPerExploit[b] = 1 - bridge.lossFraction();
            thresholds[b] = poissonThresholds(bridge.exploitIntensity() * dt);
        }
        List<Chain> chains = cross.chains();
        chainCount = chains.size();
        chainNames = chains.stream().map(Chain::name).toArray(String[]::new);
        chainBridge = new int[chainCount];
        haltProbability = new double[chainCount];
        haltSteps = new int[chainCount];
        for (int c = 0; c < chainCount; c++) {
            Chain chain = chains.get(c);
            chainBridge[c] = bridgeIndex(bridges, chain.bridge());
            if (chain.halts().any()) {
                haltProbability[c] = -Math.expm1(-chain.halts().intensity() * dt);
                haltSteps[c] = chain.halts().steps();
            }
        }
        yieldChain = yields.stream().mapToInt(y -> chainIndex(chains, cross.chainOf(y.name()).orElse(null))).toArray();
        bookChain = books.stream().mapToInt(b -> chainIndex(chains, cross.chainOf(b.name()).orElse(null))).toArray();
    }

    /** The compiled chains of a structure, or null when its pool is on one chain. */
    static CrossChainPlan of(Structure structure, List<YieldPosition> yields, List<LoanBook> books, double dt) {
        CrossChain cross = structure.crossChain();
        return cross.isEmpty() ? null : new CrossChainPlan(cross, yields, books, dt);
    }

    /**
     * {@code t_k = -Phi^-1(P(N > k))} for N ~ Poisson(mean), k = 0, 1, ...: a standard normal X
     * gives the count {@code #{k : X > t_k}}, which is Poisson(mean) exactly (inversion of the
     * count's distribution through Phi). The upper tail is summed from the terms, not as 1 minus
     * the distribution, so a tail of 1e-12 keeps its digits.
     */
    static double[] poissonThresholds(double mean) {
        if (!(mean > 0)) {
            return new double[0];
        }
        double[] tails = new double[MAX_COUNT];
        int n = 0;
        double pmf = Math.exp(-mean);
        double[] terms = new double[MAX_COUNT + 200];
        for (int j = 0; j < terms.length; j++) {
            terms[j] = pmf;
            pmf *= mean / (j + 1);
        }
        for (int k = 0; k < MAX_COUNT; k++) {
            double tail = 0;
            for (int j = terms.length - 1; j > k; j--) { // smallest terms first
                tail += terms[j];
            }
            if (tail < NEGLIGIBLE_TAIL) {
                break;
            }
            tails[n++] = tail;
        }
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = -Normal.inverseCdf(tails[k]);
        }
        return t;
    }

    /** The exploits a latent draw x means: how many thresholds lie below it. */
    static int exploits(double x, double[] thresholds) {
        int k = 0;
        while (k < thresholds.length && x > thresholds[k]) {
            k++;
        }
        return k;
    }

    boolean halts(int chain) {
        return chain >= 0 && haltSteps[chain] > 0;
    }

    int bridgeOf(int chain) {
        return chain < 0 ? -1 : chainBridge[chain];
    }

    private static int bridgeIndex(List<Bridge> bridges, String name) {
        for (int b = 0; b < bridges.size(); b++) {
            if (bridges.get(b).name().equals(name)) {
                return b;
            }
        }
        return -1;
    }

    private static int chainIndex(List<Chain> chains, String name) {
        for (int c = 0; name != null && c < chains.size(); c++) {
            if (chains.get(c).name().equals(name)) {
                return c;
            }
        }
        return -1;
    }
}
