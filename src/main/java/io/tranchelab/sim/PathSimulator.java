package io.tranchelab.sim;

/**
 * Simulates single paths of a plan (docs/model.md §6), step by step, telling an observer what
 * happened. Holds the per-path state buffers, so one instance serves one thread.
 */
final class PathSimulator {

    private final SimulationPlan plan;
    private final long seed;
    private final MarketPath market;
    private final YieldHoldings yields;
    private final LoanBookPath[] books;
    private final CreditPoolPath credit;
    private final Waterfall waterfall;
    private final StepFlows flows;
    private final FinalFlows finalFlows;
    private final double[] unitsForSale;
    private final double[] healthSums = new double[2];

    PathSimulator(SimulationPlan plan, long seed) {
        this.plan = plan;
        this.seed = seed;
        market = new MarketPath(plan);
        yields = new YieldHoldings(plan);
        books = new LoanBookPath[plan.loanBooks.size()];
        for (int b = 0; b < books.length; b++) {
            books[b] = new LoanBookPath(plan.loanBooks.get(b), plan.loanCollateral[b], plan.liquidationCapacity[b],
                    plan.outageMultiplier[b]);
        }
        credit = new CreditPoolPath(plan);
        waterfall = new Waterfall(plan);
        flows = new StepFlows(plan.trancheCount);
        finalFlows = new FinalFlows(plan.trancheCount);
        unitsForSale = new double[plan.assetCount];
    }

    void simulate(int path, PathObserver observer) {
        PathRandom random = new PathRandom(seed, path);
        reset(random);
        observer.startPath(path);
        for (int step = 1; step <= plan.steps; step++) {
            flows.clear();
            market.advance(step, random);
            flows.prices = market.priceHistory[step];
            yields.step(step, market, random, flows);
            for (LoanBookPath book : books) {
                book.step(step, market, plan.dt, flows);
            }
            credit.step(random, plan.dt, flows);

            waterfall.depositPrincipal(flows.principalCash);
            double positions = positionsValue(step);
            flows.navAtMark = positions + waterfall.accounts();
            waterfall.distribute(flows, plan.dt);
            flows.nav = positions + waterfall.accounts();
            waterfall.markTranches(flows.nav, flows.trancheValues);
            flows.loanHealth = observer.wantsChartDetail(step) ? loanHealth(step) : Double.NaN;
            if (step == plan.steps) {
                liquidatePool(step);
            }
            observer.step(step, flows);
        }
        observer.finish(finalFlows);
    }

    private void reset(PathRandom random) {
        market.reset();
        yields.reset();
        for (int b = 0; b < books.length; b++) {
            books[b].reset(plan.initialPrice[plan.loanCollateral[b]]);
        }
        credit.reset(random);
        waterfall.reset();
    }

    private double positionsValue(int step) {
        double value = yields.value(step, market) + credit.value();
        for (LoanBookPath book : books) {
            value += book.value();
        }
        return value;
    }

    private double loanHealth(int step) {
        if (books.length == 0) {
            return Double.NaN;
        }
        healthSums[0] = 0;
        healthSums[1] = 0;
        for (int b = 0; b < books.length; b++) {
            books[b].addHealth(market.price(step, plan.loanCollateral[b]), healthSums);
        }
        return healthSums[1] > 0 ? healthSums[0] / healthSums[1] : Double.NaN;
    }

    /** The horizon: sell what the pool holds (with impact), collect loans and lines, pay out. */
    private void liquidatePool(int step) {
        finalFlows.clear();
        java.util.Arrays.fill(unitsForSale, 0);
        yields.addForSale(unitsForSale);
        double badDebtBefore = flows.badDebt;
        double proceeds = credit.value();
        for (int b = 0; b < books.length; b++) {
            proceeds += books[b].settle(market.price(step, plan.loanCollateral[b]), unitsForSale, flows);
        }
        for (int a = 0; a < plan.assetCount; a++) {
            proceeds += market.realizeSale(a, unitsForSale[a] * market.price(step, a));
        }
        finalFlows.badDebt = flows.badDebt - badDebtBefore;
        waterfall.distributeFinal(proceeds, finalFlows);
    }
}
