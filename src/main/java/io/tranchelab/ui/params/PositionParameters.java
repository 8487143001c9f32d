package io.tranchelab.ui.params;

import io.tranchelab.model.CreditLine;
import io.tranchelab.model.LoanBook;
import io.tranchelab.model.LossEvents;
import io.tranchelab.model.Position;
import io.tranchelab.model.Structure;
import io.tranchelab.model.YieldPosition;
import io.tranchelab.ui.edit.PositionValues;
import io.tranchelab.ui.edit.StructureEdits;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;

/** The terms of one position: size and yield, and per kind its loss, liquidation or default terms. */
final class PositionParameters {

    private PositionParameters() {
    }

    static ParameterGroup group(Structure s, int i) {
        Position p = s.positions().get(i);
        if (p instanceof YieldPosition y) {
            return new ParameterGroup("Yield position", yieldSpecs(s, i, y));
        }
        if (p instanceof LoanBook l) {
            return new ParameterGroup("Loan book", loanSpecs(i, l));
        }
        CreditLine line = (CreditLine) p;
        List<ParameterSpec> specs = creditSpecs(i, line);
        // scored from a history, the line's score is the scorecard's (the Borrower history group), not typed
        return new ParameterGroup("Credit lines", line.history().isEmpty() ? specs
                : specs.stream().filter(spec -> !(spec instanceof NumberSpec n && n.id().equals("creditScore"))).toList());
    }

    private static List<ParameterSpec> yieldSpecs(Structure s, int i, YieldPosition y) {
        double size = PositionValues.initialValue(s, y);
        return List.of(
                NumberSpec.of("size", "Size", ValueUnit.USD, 1, 1e13,
                        "Market value of the position at the start (units x the asset's price).",
                        x -> PositionValues.initialValue(x, x.positions().get(i)),
                        (x, v) -> yieldEdit(x, i, p -> p.withUnits(v / PositionValues.startPrice(x, p.asset()))))
                        .withSlider(0, sliderTop(size)),
                NumberSpec.of("apr", "Yield", ValueUnit.PERCENT, 0, 5,
                        "Yearly yield paid as cash on the position's current market value (staking rewards,"
                                + " LP fees, supply interest).",
                        x -> ((YieldPosition) x.positions().get(i)).apr(),
                        (x, v) -> yieldEdit(x, i, p -> p.withApr(v))).withSlider(0, 0.3),
                NumberSpec.of("lossIntensity", "Loss events", ValueUnit.PER_YEAR, 0, 100,
                        "Expected number of slashing or exploit events a year (Poisson).",
                        x -> ((YieldPosition) x.positions().get(i)).lossEvents().intensity(),
                        (x, v) -> yieldEdit(x, i, p -> p.withLossEvents(
                                new LossEvents(v, p.lossEvents().lossFraction())))).withSlider(0, 2),
                NumberSpec.of("lossFraction", "Loss per event", ValueUnit.PERCENT, 0, 1,
                        "Share of the position's units each loss event destroys.",
                        x -> ((YieldPosition) x.positions().get(i)).lossEvents().lossFraction(),
                        (x, v) -> yieldEdit(x, i, p -> p.withLossEvents(
                                new LossEvents(p.lossEvents().intensity(), v)))));
    }

    private static List<ParameterSpec> loanSpecs(int i, LoanBook l) {
        return List.of(
                NumberSpec.of("principal", "Principal", ValueUnit.USD, 1, 1e13,
                        "USD lent, split equally among the borrowers.",
                        x -> loan(x, i).principal(), (x, v) -> loanEdit(x, i, b -> b.withPrincipal(v)))
                        .withSlider(0, sliderTop(l.principal())),
                new RangeSpec("ltvRange", "LTV range", ValueUnit.PERCENT, 0.01, 1.5,
                        "Initial loan-to-value ratios, spread evenly over the borrowers from low to high."
                                + " Loans near the liquidation threshold are liquidated first.",
                        x -> loan(x, i).ltvLow(), x -> loan(x, i).ltvHigh(),
                        (x, lo, hi) -> loanEdit(x, i, b -> b.withLtvRange(lo, hi))),
                NumberSpec.of("rate", "Borrower rate", ValueUnit.PERCENT, 0, 5,
                        "Yearly interest healthy loans pay in cash on their debt.",
                        x -> loan(x, i).rate(), (x, v) -> loanEdit(x, i, b -> b.withRate(v))).withSlider(0, 0.3),
                NumberSpec.of("liquidationThreshold", "Liquidation threshold", ValueUnit.PERCENT, 0.01, 1,
                        "A loan is liquidated when LT x collateral x oracle price falls below its debt.",
                        x -> loan(x, i).liquidationThreshold(),
                        (x, v) -> loanEdit(x, i, b -> b.withLiquidationThreshold(v))).withSlider(0.5, 1),
                NumberSpec.of("liquidationPenalty", "Liquidation penalty", ValueUnit.PERCENT, 0, 1,
                        "The liquidator's bonus b: repaying r of debt seizes r (1 + b) of collateral value.",
                        x -> loan(x, i).liquidationPenalty(),
                        (x, v) -> loanEdit(x, i, b -> b.withLiquidationPenalty(v))).withSlider(0, 0.2),
                NumberSpec.of("closeFactor", "Close factor", ValueUnit.PERCENT, 0.01, 1,
                        "Share of an unhealthy loan's debt that liquidators may repay in one step.",
                        x -> loan(x, i).closeFactor(), (x, v) -> loanEdit(x, i, b -> b.withCloseFactor(v))),
                NumberSpec.of("liquidationCapacity", "Liquidation capacity", ValueUnit.USD, 0, Double.POSITIVE_INFINITY,
                        "USD of debt keepers can repay per step across the book, worst health first; the rest"
                                + " waits. Type \"unlimited\" to remove the cap.",
                        x -> loan(x, i).liquidationCapacity().orElse(Double.POSITIVE_INFINITY),
                        (x, v) -> loanEdit(x, i, b -> b.withLiquidationCapacity(optional(v))))
                        .withSlider(0, Math.max(1, l.principal() / 5)),
                NumberSpec.of("oracleDelaySteps", "Oracle delay", ValueUnit.STEPS, 0, 10_000,
                        "The oracle reports the price this many steps ago: health checks lag the market.",
                        x -> loan(x, i).oracleDelaySteps(),
                        (x, v) -> loanEdit(x, i, b -> b.withOracleDelaySteps((int) Math.round(v))))
                        .withSlider(0, 30));
    }

    private static List<ParameterSpec> creditSpecs(int i, CreditLine c) {
        return List.of(
                NumberSpec.of("principal", "Principal", ValueUnit.USD, 1, 1e13,
                        "USD lent across the equal credit lines.",
                        x -> credit(x, i).principal(), (x, v) -> creditEdit(x, i, b -> b.withPrincipal(v)))
                        .withSlider(0, sliderTop(c.principal())),
                NumberSpec.of("rate", "Rate", ValueUnit.PERCENT, 0, 5,
                        "Yearly interest surviving lines pay on their principal.",
                        x -> credit(x, i).rate(), (x, v) -> creditEdit(x, i, b -> b.withRate(v))).withSlider(0, 0.3),
                NumberSpec.of("creditScore", "Credit score", ValueUnit.SCORE, 0, 1000,
                        "Borrower score 0-1000, mapped to a yearly default probability by the score table.",
                        x -> credit(x, i).creditScore(),
                        (x, v) -> creditEdit(x, i, b -> b.withCreditScore((int) Math.round(v)))),
                NumberSpec.of("lossGivenDefault", "Loss given default", ValueUnit.PERCENT, 0, 1,
                        "Share of a defaulted line's principal that is lost; the rest is recovered as cash.",
                        x -> credit(x, i).lossGivenDefault(), (x, v) -> creditEdit(x, i, b -> b.withLossGivenDefault(v))),
                NumberSpec.of("assetCorrelation", "Asset correlation", ValueUnit.PERCENT, 0, 0.999,
                        "Correlation rho of each line with the systemic factor (one-factor Gaussian copula):"
                                + " higher rho clusters defaults and fattens the loss tail.",
                        x -> credit(x, i).assetCorrelation(), (x, v) -> creditEdit(x, i, b -> b.withAssetCorrelation(v))));
    }

    static OptionalDouble optional(double v) {
        return Double.isInfinite(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private static double sliderTop(double current) {
        return Math.max(1_000_000, 3 * current);
    }

    private static LoanBook loan(Structure s, int i) {
        return (LoanBook) s.positions().get(i);
    }

    private static CreditLine credit(Structure s, int i) {
        return (CreditLine) s.positions().get(i);
    }

    private static Structure yieldEdit(Structure s, int i, UnaryOperator<YieldPosition> change) {
        return StructureEdits.replacePosition(s, i, p -> change.apply((YieldPosition) p));
    }

    private static Structure loanEdit(Structure s, int i, UnaryOperator<LoanBook> change) {
        return StructureEdits.replacePosition(s, i, p -> change.apply((LoanBook) p));
    }

    private static Structure creditEdit(Structure s, int i, UnaryOperator<CreditLine> change) {
        return StructureEdits.replacePosition(s, i, p -> change.apply((CreditLine) p));
    }
}
