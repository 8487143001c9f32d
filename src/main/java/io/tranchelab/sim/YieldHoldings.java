package io.tranchelab.sim;

/** The pool's yield positions along each path of a block: income on market value, loss events on units (docs/model.md §5.1). */
final class YieldHoldings {

    private final SimulationPlan plan;
    private final int lanes;
    /** [position][lane] */
    private final double[][] units;
    private final double[] eventRate;
    private final double[] eventProbabilityZero;
    private final double[] keptPerEvent;
    private final double[] apr;
    /** [lane] scratch: the longs of a position's uniforms of the step, one per lane. */
    private final long[] uniformBits;
    /** Scratch: the lanes with a loss event in the step. */
    private final int[] listed;

    YieldHoldings(SimulationPlan plan, int lanes) {
        this.plan = plan;
        this.lanes = lanes;
        int n = plan.yields.size();
        units = new double[n][lanes];
        eventRate = new double[n];
        eventProbabilityZero = new double[n];
        keptPerEvent = new double[n];
        apr = new double[n];
        uniformBits = new long[lanes];
        listed = new int[lanes];
        for (int y = 0; y < n; y++) {
            eventRate[y] = plan.yields.get(y).lossEvents().intensity() * plan.dt;
            eventProbabilityZero[y] = Math.exp(-eventRate[y]);
            keptPerEvent[y] = 1 - plan.yields.get(y).lossEvents().lossFraction();
            apr[y] = plan.yields.get(y).apr();
        }
    }

    void reset() {
        for (int y = 0; y < units.length; y++) {
            java.util.Arrays.fill(units[y], plan.yields.get(y).units());
        }
    }

    /**
     * The positions' loss events, then their income on the units left. Per position: one loop
     * draws each lane's uniform of the event count (a tight loop of independent draws, kept as
     * longs: {@link PathRandom#uniformBitsAtMost}), the rare
     * lanes with an event are listed and take it, a last loop adds the income, which the JIT can
     * vectorize. The
     * plan's figures are read into locals first, as the loops store into double arrays.
     */
    void step(double[][] prices, PathRandom[] random, BlockFlows flows) {
        double[] losses = flows.losses;
        double[] income = flows.income;
        double dt = plan.dt;
        for (int y = 0; y < units.length; y++) {
            double[] price = prices[plan.yieldAsset[y]];
            double[] held = units[y];
            double rate = eventRate[y];
            if (PathRandom.poissonDraws(rate)) {
                double noEvent = eventProbabilityZero[y];
                double keptEach = keptPerEvent[y];
                // every lane draws one uniform's long (nextDouble is (long >>> 11) * 2^-53): all
                // at once where the streams are held as arrays
                long[] bits = uniformBits;
                LxmLanes shared = PathRandom.sharedEvents(random, lanes);
                if (shared != null) {
                    shared.nextLongs(lanes, bits);
                } else {
                    for (int l = 0; l < lanes; l++) {
                        bits[l] = random[l].events.nextLong();
                    }
                }
                // a lane has an event exactly when its uniform exceeds the probability of none
                // (PathRandom.poissonCount's first test), told on the long: those few, listed by
                // a compare without a branch, count their events and lose their share
                int[] hit = listed;
                int count = PathRandom.lanesAbove(bits, lanes, noEvent, hit);
                for (int i = 0; i < count; i++) {
                    int l = hit[i];
                    int events = PathRandom.poissonCount((bits[l] >>> 11) * 0x1.0p-53, rate, noEvent);
                    double kept = Math.pow(keptEach, events);
                    losses[l] += held[l] * (1 - kept) * price[l];
                    held[l] *= kept;
                }
            }
            double incomeRate = apr[y];
            for (int l = 0; l < lanes; l++) {
                income[l] += incomeRate * held[l] * price[l] * dt;
            }
        }
    }

    /**
     * A bridge exploit (docs/model.md §5.5): position {@code y} keeps {@code kept[l]} of its units
     * in lane {@code l}; the units lost, at the step's price, are a realized loss of the pool.
     */
    void writeDown(int y, double[] kept, double[][] prices, double[] bridgeLoss, BlockFlows flows) {
        double[] price = prices[plan.yieldAsset[y]];
        double[] held = units[y];
        for (int l = 0; l < lanes; l++) {
            if (kept[l] < 1) {
                double lost = held[l] * (1 - kept[l]) * price[l];
                flows.losses[l] += lost;
                flows.bridgeLosses[l] += lost;
                bridgeLoss[l] += lost;
                held[l] *= kept[l];
            }
        }
    }

    /** Adds the positions' market value to {@code value} (0 for a pool without yield positions), lane by lane. */
    void value(double[][] prices, double[] value) {
        java.util.Arrays.fill(value, 0);
        for (int y = 0; y < units.length; y++) {
            double[] price = prices[plan.yieldAsset[y]];
            double[] held = units[y];
            for (int l = 0; l < lanes; l++) {
                value[l] += held[l] * price[l];
            }
        }
    }

    /**
     * The units of asset {@code a} lane {@code l}'s yield positions hold, counting units of assets
     * pegged to it (stETH to ETH) one for one: what a hedge on {@code a} covers (§5.6).
     */
    double unitsOf(int a, int l) {
        double total = 0;
        for (int y = 0; y < units.length; y++) {
            int held = plan.yieldAsset[y];
            if (held == a || plan.pegged[held] && plan.pegReference[held] == a) {
                total += units[y][l];
            }
        }
        return total;
    }

    /** Adds every unit held in lane {@code l}, per asset, to what the final liquidation sells. */
    void addForSale(int l, double[] unitsForSale) {
        for (int y = 0; y < units.length; y++) {
            unitsForSale[plan.yieldAsset[y]] += units[y][l];
        }
    }

    /** Adds {@code bought} units of position {@code y} in lane {@code l}: principal cash reinvested (docs/model.md §7.6). */
    void buy(int y, int l, double bought) {
        units[y][l] += bought;
    }
}
