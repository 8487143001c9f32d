package io.tranchelab.sim;

import io.tranchelab.model.Asset;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.CreditScoreTable;
import io.tranchelab.model.CreditScoring;
import io.tranchelab.model.DepegShock;
import io.tranchelab.model.Hedge;
import io.tranchelab.model.KeeperOutage;
import io.tranchelab.model.LoanBook;
import io.tranchelab.model.PeggedAsset;
import io.tranchelab.model.Position;
import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Shock;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.model.YieldPosition;

import java.util.ArrayList;
import java.util.List;

/**
 * A structure under a scenario, compiled once per run into flat arrays the path loop reads:
 * the scenario's overrides applied, per-step constants precomputed, names resolved to indices.
 * Immutable after construction and shared by every worker. Scenarios: docs/model.md §3.
 */
final class SimulationPlan {

    final String structureName;
    final String scenarioName;
    final int steps;
    final double dt;
    final double horizonYears;

    // Assets, indexed as in the structure.
    final int assetCount;
    final double[] initialPrice;
    final String[] assetIds;
    final boolean[] pegged;
    /** Reference asset index of a pegged asset, -1 for USD; unused for volatile assets. */
    final int[] pegReference;
    final double[] logDriftPerStep;
    final double[] volSqrtDt;
    final double[] jumpProbabilityZero;
    final double[] jumpRatePerStep;
    final double[] meanLogJump;
    final double[] stdevLogJump;
    final double[] depegRatePerStep;
    final double[] depegProbabilityZero;
    final double[] depegMeanDepth;
    final double[] pegHalfLifeYears;
    /** Market depth in USD, +infinity when the asset has none. */
    final double[] marketDepth;
    /** Indices of the volatile assets, whose shocks are correlated through {@link #loadings}. */
    final int[] volatileAssets;
    final double[][] loadings;
    /** [step][asset] instantaneous log-return of scenario price shocks (0 when none). */
    final double[][] priceShocks;
    /** [step][asset] depeg shock depth (0 when none) and the half-life it sets. */
    final double[][] depegShockDepth;
    final double[][] depegShockHalfLifeYears;

    final List<YieldPosition> yields;
    final int[] yieldAsset;
    final List<LoanBook> loanBooks;
    final int[] loanCollateral;
    /** Per book, USD of debt repaid per step; +infinity when unlimited. */
    final double[] liquidationCapacity;
    /** [book][step] capacity multipliers of keeper outages (1 outside them). */
    final double[][] outageMultiplier;
    final List<CreditLine> creditLines;
    /** Per credit line, Phi^-1 of its default probability over the whole horizon. */
    final double[] creditLineHorizonThreshold;
    /**
     * Per credit line, null when its score stays put, else [step - 1] the threshold of the step's
     * migrated score ({@code [0]} is {@link #creditLineHorizonThreshold}'s); docs/model.md §5.4.
     */
    final double[][] creditLineThresholdByStep;
    /** Per credit line, its borrowers' score states when they miss payments (§5.4.1), else null. */
    final ScoreStates[] creditLineScoreStates;
    /** Per credit line, the row of {@link #loadings} of the volatile asset its factor is tied to, or -1. */
    final int[] creditLineMarketAsset;
    /** Per credit line, the correlation of its factor with that asset's horizon shock (0 untied). */
    final double[] creditLineMarketCorrelation;

    /** Cross-chain pools (docs/model.md §5.5): bridges and halts; null for a pool on one chain. */
    final CrossChainPlan crossChain;
    /** The hedging overlay (docs/model.md §5.6): the hedges and the index of each one's asset. */
    final List<Hedge> hedges;
    final int[] hedgeAsset;

    final double initialCash;
    final double initialValue;
    final int trancheCount;
    final String[] trancheNames;
    final double[] tranchePrincipal;
    final double[] trancheCoupon;
    final double managementFee;
    /** What principal cash does and the cash account's rate (docs/model.md §7.6); NONE: v1's rule. */
    final io.tranchelab.model.Reinvestment reinvestment;
    final double reserveTarget;
    final double ocThreshold;
    /** How the waterfall splits cash between the tranches (docs/model.md §7.9). */
    final io.tranchelab.model.WaterfallKind waterfallKind;

    SimulationPlan(Structure structure, Scenario scenario) {
        this.structureName = structure.name();
        this.scenarioName = scenario.name();
        this.steps = structure.simulation().steps();
        this.dt = structure.simulation().dt();
        this.horizonYears = structure.simulation().horizonYears();

        List<Asset> assets = structure.assets();
        assetCount = assets.size();
        initialPrice = new double[assetCount];
        assetIds = assets.stream().map(Asset::id).toArray(String[]::new);
        pegged = new boolean[assetCount];
        pegReference = new int[assetCount];
        logDriftPerStep = new double[assetCount];
        volSqrtDt = new double[assetCount];
        jumpProbabilityZero = new double[assetCount];
        jumpRatePerStep = new double[assetCount];
        meanLogJump = new double[assetCount];
        stdevLogJump = new double[assetCount];
        depegRatePerStep = new double[assetCount];
        depegProbabilityZero = new double[assetCount];
        depegMeanDepth = new double[assetCount];
        pegHalfLifeYears = new double[assetCount];
        marketDepth = new double[assetCount];
        List<Integer> volatileIndices = new ArrayList<>();
        for (int a = 0; a < assetCount; a++) {
            Asset asset = assets.get(a);
            double depth = asset.marketDepth().orElse(Double.POSITIVE_INFINITY);
            marketDepth[a] = depth * scenario.marketDepthMultiplier();
            if (asset instanceof VolatileAsset v) {
                volatileIndices.add(a);
                compileVolatile(a, v, scenario);
            } else if (asset instanceof PeggedAsset p) {
                pegged[a] = true;
                pegReference[a] = p.peggedToUsd() ? -1 : structure.assetIndex(p.reference());
                depegRatePerStep[a] = p.depeg().intensity() * dt;
                depegProbabilityZero[a] = Math.exp(-depegRatePerStep[a]);
                depegMeanDepth[a] = p.depeg().meanDepth();
                pegHalfLifeYears[a] = p.depeg().halfLifeDays() / 365.0;
            }
        }
        for (int a = 0; a < assetCount; a++) {
            if (pegged[a]) {
                initialPrice[a] = pegReference[a] < 0 ? 1.0 : initialPrice[pegReference[a]];
            }
        }
        volatileAssets = volatileIndices.stream().mapToInt(Integer::intValue).toArray();
        loadings = CorrelationFactor.loadings(volatileCorrelations(structure, scenario));

        priceShocks = new double[steps][assetCount];
        depegShockDepth = new double[steps][assetCount];
        depegShockHalfLifeYears = new double[steps][assetCount];
        for (Shock shock : scenario.shocks()) {
            int step = shock.step() - 1;
            int a = structure.assetIndex(shock.asset());
            if (step < 0 || step >= steps || a < 0) {
                throw new IllegalArgumentException("scenario " + scenario.name() + ": shock " + shock
                        + " is outside the run's " + steps + " steps or names no asset");
            }
            if (shock instanceof PriceShock p) {
                priceShocks[step][a] += p.logReturn();
            } else if (shock instanceof DepegShock d) {
                depegShockDepth[step][a] = d.depth();
                depegShockHalfLifeYears[step][a] = d.halfLifeDays() / 365.0;
            } // keeper outages act on loan books, below
        }

        yields = new ArrayList<>();
        loanBooks = new ArrayList<>();
        creditLines = new ArrayList<>();
        for (Position position : structure.positions()) {
            if (position instanceof YieldPosition y) {
                yields.add(y);
            } else if (position instanceof LoanBook b) {
                loanBooks.add(b);
            } else if (position instanceof CreditLine c) {
                creditLines.add(c);
            }
        }
        yieldAsset = yields.stream().mapToInt(y -> structure.assetIndex(y.asset())).toArray();
        loanCollateral = loanBooks.stream().mapToInt(b -> structure.assetIndex(b.collateral())).toArray();
        liquidationCapacity = new double[loanBooks.size()];
        for (int b = 0; b < loanBooks.size(); b++) {
            liquidationCapacity[b] = scaledCapacity(loanBooks.get(b), scenario.liquidationCapacityMultiplier());
        }
        outageMultiplier = new double[loanBooks.size()][steps];
        for (double[] row : outageMultiplier) {
            java.util.Arrays.fill(row, 1.0);
        }
        for (Shock shock : scenario.shocks()) {
            if (shock instanceof KeeperOutage outage) {
                applyOutage(outage);
            }
        }
        creditLineHorizonThreshold = new double[creditLines.size()];
        creditLineThresholdByStep = new double[creditLines.size()][];
        creditLineScoreStates = new ScoreStates[creditLines.size()];
        for (int c = 0; c < creditLines.size(); c++) {
            // scored lines and credit stress (§2.9, §3.1, §5.4)
            CreditLine line = creditLines.get(c);
            creditLineHorizonThreshold[c] = CreditStress.horizonThreshold(
                    CreditScoring.annualDefaultProbability(line, structure), horizonYears, line.assetCorrelation(),
                    scenario);
            creditLineScoreStates[c] = ScoreStates.of(line, structure, scenario, steps, dt, horizonYears);
            creditLineThresholdByStep[c] = creditLineScoreStates[c] != null ? null
                    : migratingThresholds(line, structure, scenario);
        }
        creditLineMarketAsset = new int[creditLines.size()];
        creditLineMarketCorrelation = new double[creditLines.size()];
        for (int c = 0; c < creditLines.size(); c++) {
            creditLineMarketAsset[c] = creditLines.get(c).marketTie()
                    .map(tie -> volatileRow(structure.assetIndex(tie.asset()))).orElse(-1);
            creditLineMarketCorrelation[c] = creditLines.get(c).marketTie().map(tie -> tie.correlation()).orElse(0.0);
        }

        crossChain = CrossChainPlan.of(structure, yields, loanBooks, dt); // cross-chain pools (§5.5)
        hedges = structure.hedges();
        hedgeAsset = hedges.stream().mapToInt(h -> structure.assetIndex(h.asset())).toArray();

        initialCash = structure.initialCash();
        initialValue = initialCash + initialPositionsValue();
        List<Tranche> tranches = structure.tranches();
        trancheCount = tranches.size();
        trancheNames = tranches.stream().map(Tranche::name).toArray(String[]::new);
        tranchePrincipal = tranches.stream().mapToDouble(t -> t.share() * initialValue).toArray();
        trancheCoupon = tranches.stream().mapToDouble(Tranche::coupon).toArray();
        trancheCoupon[trancheCount - 1] = 0.0; // equity takes the residual, never a coupon
        managementFee = structure.waterfall().managementFee();
        reinvestment = structure.waterfall().reinvestment();
        reserveTarget = structure.waterfall().reserveTarget();
        ocThreshold = structure.waterfall().ocThreshold();
        waterfallKind = structure.waterfall().kind(); // waterfall kinds (§7.9)
    }

    private void compileVolatile(int a, VolatileAsset v, Scenario scenario) {
        double mu = scenario.driftOverrides().getOrDefault(v.id(), v.drift());
        double sigma = v.volatility() * scenario.volatilityMultiplier();
        double lambda = v.jumps().intensity();
        initialPrice[a] = v.price();
        // Compensated drift: E[P(t + dt)] = P(t) exp(mu dt), jumps included (docs/model.md §4.1).
        logDriftPerStep[a] = (mu - 0.5 * sigma * sigma - lambda * v.jumps().meanRelativeJump()) * dt;
        volSqrtDt[a] = sigma * Math.sqrt(dt);
        jumpRatePerStep[a] = lambda * dt;
        jumpProbabilityZero[a] = Math.exp(-jumpRatePerStep[a]);
        meanLogJump[a] = v.jumps().meanLogJump();
        stdevLogJump[a] = v.jumps().stdevLogJump();
    }

    private double[][] volatileCorrelations(Structure structure, Scenario scenario) {
        int m = volatileAssets.length;
        double[][] c = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                if (i == j) {
                    c[i][j] = 1.0;
                } else if (scenario.correlationOverride().isPresent()) {
                    c[i][j] = scenario.correlationOverride().getAsDouble();
                } else {
                    c[i][j] = structure.correlations().get(volatileAssets[i], volatileAssets[j]);
                }
            }
        }
        return c;
    }

    private void applyOutage(KeeperOutage outage) {
        int last = Math.min(steps, outage.step() - 1 + outage.steps());
        for (int b = 0; b < loanBooks.size(); b++) {
            if (loanBooks.get(b).collateral().equals(outage.asset())) {
                for (int s = outage.step() - 1; s < last; s++) {
                    outageMultiplier[b][s] *= outage.capacityMultiplier();
                }
            }
        }
    }

    private static double scaledCapacity(LoanBook book, double multiplier) {
        if (multiplier == 0) {
            return 0; // keepers fail, whether or not the book had a cap
        }
        return book.liquidationCapacity().orElse(Double.POSITIVE_INFINITY) * multiplier;
    }

    /** The thresholds of a scored line's score along the horizon, or null when nothing migrates. */
    private double[] migratingThresholds(CreditLine line, Structure structure, Scenario scenario) {
        if (line.history().isEmpty() || line.annualDefaultProbability().isPresent()) {
            return null;
        }
        int[] scores = ScoreMigration.scoresByStep(line.history().get(), structure.scorecard(), steps, dt);
        double[] thresholds = new double[steps];
        for (int k = 0; k < steps; k++) {
            double pd = CreditScoreTable.annualDefaultProbability(scores[k], structure.creditScoreTable());
            thresholds[k] = CreditStress.horizonThreshold(pd, horizonYears, line.assetCorrelation(), scenario);
        }
        return thresholds;
    }

    private int volatileRow(int asset) {
        for (int k = 0; k < volatileAssets.length; k++) {
            if (volatileAssets[k] == asset) {
                return k;
            }
        }
        throw new IllegalArgumentException("a credit line's market tie names an asset that is not volatile");
    }

    private double initialPositionsValue() {
        double value = 0;
        for (int y = 0; y < yields.size(); y++) {
            value += yields.get(y).units() * initialPrice[yieldAsset[y]];
        }
        for (LoanBook book : loanBooks) {
            value += book.principal();
        }
        for (CreditLine line : creditLines) {
            value += line.principal();
        }
        return value;
    }

    /** Aggregate LT x collateral value / debt of all loan books at t = 0. */
    double initialLoanHealth() {
        double weighted = 0;
        double debt = 0;
        for (LoanBook book : loanBooks) {
            for (int i = 0; i < book.borrowers(); i++) {
                double each = book.principal() / book.borrowers();
                weighted += book.liquidationThreshold() * each / book.initialLtv(i);
                debt += each;
            }
        }
        return debt > 0 ? weighted / debt : Double.NaN;
    }

    boolean hasHedges() {
        return !hedges.isEmpty();
    }

    boolean hasLoans() {
        return !loanBooks.isEmpty();
    }
}
