package io.tranchelab.design;

import io.tranchelab.sim.PoolMetrics;
import io.tranchelab.sim.TrancheMetrics;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * What a {@link MetricSpec} reads: a tranche's figure (docs/model.md §8.2-§8.8) or the pool's
 * (§8.9), with the key it is written as ("el", "pBadDebt"), a label and a unit.
 */
public enum Measure {
    EL("el", "EL", MetricUnit.FRACTION, t -> t.expectedLoss()),
    EL_STANDARD_ERROR("elStdErr", "EL standard error", MetricUnit.FRACTION, t -> t.expectedLossStandardError()),
    P_LOSS("pLoss", "P(loss)", MetricUnit.FRACTION, t -> t.probabilityOfLoss()),
    LGD("lgd", "LGD", MetricUnit.FRACTION, t -> t.lossGivenDefault()),
    /** The annualized cash multiple (docs/model.md §8.5): the key is the one it had when it was called the return. */
    RETURN_MEAN("returnMean", "mean cash multiple", MetricUnit.RATE_PER_YEAR, t -> t.returnMean()),
    RETURN_5("return5", "cash multiple, 5th percentile", MetricUnit.RATE_PER_YEAR, t -> t.return5()),
    RETURN_50("return50", "cash multiple, median", MetricUnit.RATE_PER_YEAR, t -> t.return50()),
    RETURN_95("return95", "cash multiple, 95th percentile", MetricUnit.RATE_PER_YEAR, t -> t.return95()),
    IRR_MEAN("irrMean", "mean IRR", MetricUnit.RATE_PER_YEAR, t -> t.irrMean()),
    IRR_5("irr5", "IRR, 5th percentile", MetricUnit.RATE_PER_YEAR, t -> t.irr5()),
    IRR_50("irr50", "IRR, median", MetricUnit.RATE_PER_YEAR, t -> t.irr50()),
    IRR_95("irr95", "IRR, 95th percentile", MetricUnit.RATE_PER_YEAR, t -> t.irr95()),
    VAR_95("var95", "VaR 95 %", MetricUnit.FRACTION, t -> t.var95()),
    VAR_99("var99", "VaR 99 %", MetricUnit.FRACTION, t -> t.var99()),
    ES_95("es95", "ES 95 %", MetricUnit.FRACTION, t -> t.es95()),
    ES_99("es99", "ES 99 %", MetricUnit.FRACTION, t -> t.es99()),
    MAX_DRAWDOWN("maxDrawdown", "mean max drawdown", MetricUnit.FRACTION, t -> t.maxDrawdownMean()),
    MAX_DRAWDOWN_95("maxDrawdown95", "max drawdown, 95th percentile", MetricUnit.FRACTION, t -> t.maxDrawdown95()),
    WAL("wal", "WAL", MetricUnit.YEARS, t -> t.weightedAverageLife()),

    P_BAD_DEBT("pBadDebt", "P(bad debt)", MetricUnit.FRACTION, null, p -> p.probabilityOfBadDebt()),
    EXPECTED_BAD_DEBT("expectedBadDebt", "E[bad debt]", MetricUnit.USD, null, p -> p.expectedBadDebt()),
    EXPECTED_CREDIT_LOSS("expectedCreditLoss", "expected credit loss", MetricUnit.FRACTION, null,
            p -> p.expectedCreditLoss()),
    LIQUIDATION_VOLUME("liquidationVolume", "E[liquidation volume]", MetricUnit.USD, null,
            p -> p.expectedLiquidationVolume()),
    FINAL_VALUE_MEAN("finalValueMean", "E[final value]", MetricUnit.USD, null, p -> p.expectedFinalValue()),
    FINAL_VALUE_5("finalValue5", "final value, 5th percentile", MetricUnit.USD, null, p -> p.finalValue5()),
    FINAL_VALUE_50("finalValue50", "final value, median", MetricUnit.USD, null, p -> p.finalValue50()),
    FINAL_VALUE_95("finalValue95", "final value, 95th percentile", MetricUnit.USD, null, p -> p.finalValue95());

    private final String key;
    private final String label;
    private final MetricUnit unit;
    private final ToDoubleFunction<TrancheMetrics> ofTranche;
    private final ToDoubleFunction<PoolMetrics> ofPool;

    Measure(String key, String label, MetricUnit unit, ToDoubleFunction<TrancheMetrics> ofTranche) {
        this(key, label, unit, ofTranche, null);
    }

    Measure(String key, String label, MetricUnit unit, ToDoubleFunction<TrancheMetrics> ofTranche,
            ToDoubleFunction<PoolMetrics> ofPool) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.ofTranche = ofTranche;
        this.ofPool = ofPool;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public MetricUnit unit() {
        return unit;
    }

    /** Whether this is a pool figure (else a tranche's). */
    public boolean pool() {
        return ofPool != null;
    }

    double of(TrancheMetrics tranche) {
        return ofTranche.applyAsDouble(tranche);
    }

    double of(PoolMetrics pool) {
        return ofPool.applyAsDouble(pool);
    }

    static Optional<Measure> byKey(String key, boolean pool) {
        return Arrays.stream(values()).filter(m -> m.pool() == pool && m.key.equals(key)).findFirst();
    }

    static String keys(boolean pool) {
        return String.join(", ", Arrays.stream(values()).filter(m -> m.pool() == pool).map(Measure::key).toList());
    }
}
