package io.tranchelab.sim;

/**
 * Simulates a block of paths of a plan (docs/model.md §6) step by step, all of the block's paths
 * together: every piece of state is an array across the block's paths ("lanes"), so each part of
 * a step is a loop over the block. This is the one place where a step happens ({@link #step});
 * a run simulates its blocks of {@link RunAggregation#BLOCK_SIZE} paths {@link #LANES} paths at
 * a time, a trace one path.
 *
 * <p>Each path keeps its own random streams ({@link PathRandom}) and draws from them in the order
 * it always did, so a path's numbers, and every figure, are those of the path simulated alone.
 * One instance serves one thread; it holds the state of up to {@code lanes} paths.
 */
final class BlockSimulator {

    /**
     * Paths simulated together: a whole block ({@link RunAggregation#BLOCK_SIZE}). Each part of a
     * step is a loop over the lanes, and a loop's fixed cost (its setup, the pre- and post-loops
     * around the unrolled body, the calls) is paid once a step whatever the lanes: with 64 lanes
     * it was a fair share of a step. A step's arrays (several dozen of 256 doubles) then sit in
     * the second-level cache rather than the first, which on this machine costs less than the
     * loops save: every sample runs faster than in groups of 64, and than in groups of 128 on all
     * but the LP pool (docs/performance.md, issue 13 seventh pass). The group size changes no
     * result: each lane's arithmetic is its own, and a block's per-step sums add its paths in path
     * order whatever the groups (a shorter last block is one shorter group).
     */
    static final int LANES = 256;

    private final SimulationPlan plan;
    private final long seed;
    private final int capacity;
    private final PathRandom[] random;
    private final double[] unitsForSale;
    private final double[] healthSums = new double[2];
    private final boolean clearEveryFlow;
    /** The paths simulated together now; the state below is sized for them. */
    private int lanes;
    private MarketBlock market;
    private YieldHoldings yields;
    private LoanBookPath[] books;
    private CreditPoolPath credit;
    /** Bridge exploits and chain halts (§5.5); null for a pool on one chain. */
    private ChainRisk chains;
    /** The hedging overlay (§5.6); null when the plan has no hedges, so an unhedged run does nothing new. */
    private HedgeBook hedges;
    private Waterfall waterfall;
    private BlockFlows flows;
    private FinalFlows finalFlows;
    /** The structure's reinvestment rule, null when it is v1's (docs/model.md §7.6). */
    private PrincipalReinvestment reinvestment;
    /** [lane] scratch: the positions' value. */
    private double[] positions;
    /** The lanes, from the first, whose {@link BlockFlows#loanHealth} holds a value computed in an earlier step; the rest hold NaN. */
    private int healthLanes;

    BlockSimulator(SimulationPlan plan, long seed, int lanes) {
        this(plan, seed, lanes, false);
    }

    /**
     * With {@code clearEveryFlow}, each step clears every array of its flows instead of those the
     * plan's parts can leave behind ({@link BlockFlows#clear}): the plain rule, which tests
     * compare the plan's clearing with.
     */
    BlockSimulator(SimulationPlan plan, long seed, int lanes, boolean clearEveryFlow) {
        this.plan = plan;
        this.clearEveryFlow = clearEveryFlow;
        this.seed = seed;
        this.capacity = lanes;
        random = PathRandom.forLanes(lanes);
        unitsForSale = new double[plan.assetCount];
        size(lanes);
    }

    /** Sizes the state for {@code count} paths: the last, shorter group of a run gets state of its own size. */
    private void size(int count) {
        lanes = count;
        market = new MarketBlock(plan, count);
        yields = new YieldHoldings(plan, count);
        books = new LoanBookPath[plan.loanBooks.size()];
        for (int b = 0; b < books.length; b++) {
            books[b] = new LoanBookPath(plan.loanBooks.get(b), plan.loanCollateral[b], plan.liquidationCapacity[b],
                    plan.outageMultiplier[b], plan.dt, count);
        }
        credit = new CreditPoolPath(plan, count);
        hedges = plan.hasHedges() ? new HedgeBook(plan, count) : null;
        waterfall = new Waterfall(plan, count);
        flows = clearEveryFlow ? new BlockFlows(plan.trancheCount, count) : new BlockFlows(plan, count);
        healthLanes = 0;
        finalFlows = new FinalFlows(plan.trancheCount, count);
        reinvestment = PrincipalReinvestment.of(plan, count);
        positions = new double[count];
        // cross-chain pools (§5.5): books on a chain that halts read its halted flags
        chains = plan.crossChain == null ? null : new ChainRisk(plan.crossChain, count);
        if (chains != null) {
            chains.attach(flows);
        }
        for (int b = 0; chains != null && b < books.length; b++) {
            if (plan.crossChain.halts(plan.crossChain.bookChain[b])) {
                books[b].haltWith(chains.halted(plan.crossChain.bookChain[b]));
            }
        }
    }

    /**
     * Simulates paths {@code firstPath} to {@code firstPath + count - 1} (at most the lanes this
     * simulator was made for), asking {@code stopRequested} before every step: a block may take
     * minutes at the input limits, so a cancel must not wait for its end.
     *
     * @return whether the block ran to its horizon (an abandoned block has not called {@code finish})
     */
    boolean simulate(int firstPath, int count, BlockObserver observer, java.util.function.BooleanSupplier stopRequested) {
        if (count > capacity) {
            throw new IllegalArgumentException(count + " paths in a simulator of " + capacity);
        }
        if (count != lanes) {
            size(count);
        }
        reset(firstPath);
        observer.startPaths(firstPath, lanes);
        for (int step = 1; step <= plan.steps; step++) {
            if (stopRequested.getAsBoolean()) {
                return false;
            }
            step(step, observer.chartDetailLanes(step));
            observer.step(step, flows);
        }
        observer.finish(finalFlows);
        return true;
    }

    private void reset(int firstPath) {
        for (int l = 0; l < lanes; l++) {
            random[l].startPath(seed, firstPath + l);
        }
        market.reset(seed, firstPath);
        yields.reset();
        for (int b = 0; b < books.length; b++) {
            books[b].reset(plan.initialPrice[plan.loanCollateral[b]]);
        }
        for (int l = 0; l < lanes; l++) {
            credit.reset(l, random[l]);
        }
        waterfall.reset();
        if (chains != null) { // cross-chain pools (§5.5)
            chains.reset(seed, firstPath);
        }
        if (hedges != null) {
            hedges.reset(yields);
        }
    }

    /**
     * One step of every path of the block, in the order of docs/model.md §6.1. The first
     * {@code chartLanes} paths also get the figures only charts use (loan health).
     */
    private void step(int step, int chartLanes) {
        flows.clear();
        market.advance(step);
        double[][] prices = market.prices(step);
        flows.prices = prices;
        if (chains != null) { // cross-chain pools (§5.5): halts, then bridge exploits before the positions' step
            chains.step(prices, yields, books, flows);
        }
        yields.step(prices, random, flows);
        for (LoanBookPath book : books) {
            book.step(step, market, flows);
        }
        credit.step(step, random, flows); // the step: scored lines migrate (§5.4)
        if (hedges != null) { // hedging overlay (§5.6): its expense is paid from the income before the waterfall
            hedges.step(step, prices, yields, random, flows);
        }

        // reinvestment (§7.6): the cash account's interest; principal cash into a position or the cash account
        double[] toCash = reinvestment == null ? flows.principalCash
                : reinvestment.beforeMark(lanes, prices, waterfall.cash, flows, yields);
        markPositions(prices);
        double[] cash = waterfall.cash;
        double[] reserve = waterfall.reserve;
        for (int l = 0; l < lanes; l++) {
            cash[l] += toCash[l]; // principal cash stays in the pool (§7.6)
            flows.navAtMark[l] = positions[l] + (cash[l] + reserve[l]);
        }
        waterfall.distribute(lanes, flows, plan.dt);
        if (reinvestment != null) { // reinvestment (§7.6): PAY_OUT pays the step's principal cash to the tranches
            reinvestment.afterWaterfall(lanes, waterfall, flows);
        }
        for (int l = 0; l < lanes; l++) {
            flows.nav[l] = positions[l] + (waterfall.cash[l] + waterfall.reserve[l]);
        }
        waterfall.markTranches(lanes, flows.nav, flows.trancheValues);
        recordLoanHealth(step, chartLanes);
        if (step == plan.steps) {
            for (int l = 0; l < lanes; l++) {
                liquidatePool(step, l);
            }
        }
    }

    /**
     * Loan health of the first {@code chartLanes} lanes; the lanes charted in an earlier step but
     * not in this one go back to NaN (not computed), so that no lane shows an earlier step's value.
     */
    private void recordLoanHealth(int step, int chartLanes) {
        if (healthLanes > chartLanes) {
            java.util.Arrays.fill(flows.loanHealth, chartLanes, healthLanes, Double.NaN);
        }
        for (int l = 0; l < chartLanes; l++) {
            flows.loanHealth[l] = loanHealth(step, l);
        }
        healthLanes = chartLanes;
    }

    /**
     * The positions' value of each lane into {@link #positions}: the yield positions, then the
     * credit lines, each loan book in turn and the hedges, added in that order on every lane (as
     * a path alone adds them), one part at a time over the lanes so that each is a plain loop.
     */
    private void markPositions(double[][] prices) {
        double[] value = positions;
        yields.value(prices, value);
        if (!plan.creditLines.isEmpty()) {
            // without credit lines the value added would be +0, which changes nothing here:
            // yields.value sums from +0, so no lane holds -0
            for (int l = 0; l < lanes; l++) {
                value[l] += credit.value(l);
            }
        }
        for (LoanBookPath book : books) {
            for (int l = 0; l < lanes; l++) {
                value[l] += book.value(l);
            }
        }
        if (hedges != null) { // hedging overlay (§5.6): puts, margin accounts, expense owed
            for (int l = 0; l < lanes; l++) {
                value[l] += hedges.value(l, prices);
            }
        }
    }

    private double loanHealth(int step, int l) {
        if (books.length == 0) {
            return Double.NaN;
        }
        healthSums[0] = 0;
        healthSums[1] = 0;
        double[][] prices = market.prices(step);
        for (LoanBookPath book : books) {
            book.addHealth(l, prices[book.collateralAsset()][l], healthSums);
        }
        return healthSums[1] > 0 ? healthSums[0] / healthSums[1] : Double.NaN;
    }

    /** The horizon of lane {@code l}: sell what the pool holds (with impact), collect loans and lines, pay out. */
    private void liquidatePool(int step, int l) {
        double[][] prices = market.prices(step);
        java.util.Arrays.fill(unitsForSale, 0);
        yields.addForSale(l, unitsForSale);
        double badDebtBefore = flows.badDebt[l];
        double proceeds = credit.value(l);
        for (LoanBookPath book : books) {
            proceeds += book.settle(l, prices[book.collateralAsset()][l], unitsForSale, flows);
        }
        for (int a = 0; a < plan.assetCount; a++) {
            proceeds += market.realizeSale(a, unitsForSale[a] * prices[a][l]);
        }
        if (hedges != null) { // hedging overlay (§5.6): margin settled, carried expense paid first
            proceeds = hedges.settle(l, proceeds, waterfall.cash[l], waterfall.reserve[l], finalFlows);
        }
        finalFlows.badDebt[l] = flows.badDebt[l] - badDebtBefore;
        waterfall.distributeFinal(l, proceeds, finalFlows);
    }
}
