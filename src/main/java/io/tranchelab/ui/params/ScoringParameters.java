package io.tranchelab.ui.params;

import io.tranchelab.model.BorrowerHistory;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.Limits;
import io.tranchelab.model.Scorecard;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.edit.ScoringEdits;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

/**
 * A scored credit line's history and the structure's scorecard (docs/model.md §2.9, §5.4, §5.4.1): shown
 * with a credit line scored from a history (Credit > Score Selected Line From History).
 */
final class ScoringParameters {

    private static final double W = Limits.MAX_SCORECARD_WEIGHT;

    private ScoringParameters() {
    }

    static List<ParameterGroup> groups(Structure s, int i) {
        if (!(s.positions().get(i) instanceof CreditLine line) || line.history().isEmpty()) {
            return List.of();
        }
        int score = s.scorecard().score(line.history().get());
        return List.of(new ParameterGroup("Borrower history (score " + score + ")", historySpecs(i)),
                new ParameterGroup("Scorecard", scorecardSpecs()));
    }

    private static List<ParameterSpec> historySpecs(int i) {
        // every setter a wither: a row must leave the history's other fields as they are
        return List.of(
                history(i, "repayments", "Repayments", ValueUnit.WHOLE, Limits.MAX_HISTORY_COUNT,
                        "Loans the borrowers repaid on time so far; each adds the scorecard's weight per repayment.",
                        h -> h.repayments(), (h, v) -> h.withRepayments((int) Math.round(v))).withSlider(0, 100),
                history(i, "liquidations", "Liquidations", ValueUnit.WHOLE, Limits.MAX_HISTORY_COUNT,
                        "Times the borrowers' collateral was liquidated; each subtracts the scorecard's weight.",
                        h -> h.liquidations(), (h, v) -> h.withLiquidations((int) Math.round(v))).withSlider(0, 10),
                history(i, "accountAgeDays", "Account age", ValueUnit.DAYS, Limits.MAX_ACCOUNT_AGE_DAYS,
                        "Days since the account's first transaction; it keeps ageing over the horizon.",
                        h -> h.accountAgeDays(), BorrowerHistory::withAccountAgeDays).withSlider(0, 3650),
                history(i, "meanCollateralRatio", "Mean collateral ratio", ValueUnit.RATIO,
                        Limits.MAX_COLLATERAL_RATIO,
                        "Collateral value over debt, averaged over the history (1.8 x = 180 %).",
                        h -> h.meanCollateralRatio(), BorrowerHistory::withMeanCollateralRatio).withSlider(0, 5),
                history(i, "missedPayments", "Missed payments", ValueUnit.WHOLE, Limits.MAX_HISTORY_COUNT,
                        "Payments the borrowers missed so far; each adds the scorecard's weight per missed"
                                + " payment (docs/model.md §2.9).",
                        h -> h.missedPayments(), (h, v) -> h.withMissedPayments((int) Math.round(v))).withSlider(0, 10),
                history(i, "repaymentsPerYear", "Repayments per year", ValueUnit.PER_YEAR,
                        Limits.MAX_REPAYMENTS_PER_YEAR,
                        "Payments each surviving borrower owes per year of the horizon: the score migrates up as"
                                + " they are made (docs/model.md §5.4). 0: only the account ages.",
                        h -> h.repaymentsPerYear(), BorrowerHistory::withRepaymentsPerYear).withSlider(0, 52),
                history(i, "missedPaymentProbability", "Chance of a miss", ValueUnit.PERCENT, 1,
                        "The chance, in %, that a surviving borrower misses a payment when it falls due (each"
                                + " borrower and payment on its own). Above 0 the borrowers spread over scores: a"
                                + " miss earns no repayment and costs the scorecard's weight per missed payment,"
                                + " and defaults follow each score's PD (docs/model.md §5.4.1; Credit > Score Table"
                                + " shows where they end up). 0: every survivor repays on schedule.",
                        h -> h.missedPaymentProbability(), BorrowerHistory::withMissedPaymentProbability)
                        .withSlider(0, 0.5));
    }

    private static NumberSpec history(int i, String id, String label, ValueUnit unit, double max, String tooltip,
                                      ToDoubleFunction<BorrowerHistory> get,
                                      BiFunction<BorrowerHistory, Double, BorrowerHistory> set) {
        return NumberSpec.of(id, label, unit, 0, max, tooltip, x -> get.applyAsDouble(history(x, i)),
                (x, v) -> ScoringEdits.withHistory(x, i, set.apply(history(x, i), v)));
    }

    private static BorrowerHistory history(Structure s, int i) {
        return ((CreditLine) s.positions().get(i)).history().orElse(ScoringEdits.STARTING_HISTORY);
    }

    private static List<ParameterSpec> scorecardSpecs() {
        return List.of(
                card("intercept", "Intercept", ValueUnit.LOG_ODDS, -W, W,
                        "Log-odds of no default within a year for a borrower whose features are all 0.",
                        Scorecard::intercept, Scorecard::withIntercept),
                card("perRepayment", "Per repayment", ValueUnit.LOG_ODDS, -W, W,
                        "Log-odds added by each repayment.", Scorecard::perRepayment, Scorecard::withPerRepayment),
                card("perMissedPayment", "Per missed payment", ValueUnit.LOG_ODDS, -W, W,
                        "Log-odds added by each missed payment (negative: a miss lowers the score; docs/model.md"
                                + " §5.4.1). 0: a miss costs only the repayment it did not make.",
                        Scorecard::perMissedPayment, Scorecard::withPerMissedPayment),
                card("perLiquidation", "Per liquidation", ValueUnit.LOG_ODDS, -W, W,
                        "Log-odds added by each liquidation (negative: liquidations lower the score).",
                        Scorecard::perLiquidation, Scorecard::withPerLiquidation),
                card("perYearOfAge", "Per year of age", ValueUnit.LOG_ODDS, -W, W,
                        "Log-odds added by each year of account age.", Scorecard::perYearOfAge,
                        Scorecard::withPerYearOfAge),
                card("perCollateralRatio", "Per unit of collateral ratio", ValueUnit.LOG_ODDS, -W, W,
                        "Log-odds added per unit of mean collateral ratio (1.0 = 100 %).",
                        Scorecard::perCollateralRatio, Scorecard::withPerCollateralRatio),
                card("baseScore", "Base score", ValueUnit.SCORE, 0, Limits.MAX_CREDIT_SCORE,
                        "The score of a borrower at the base odds.", Scorecard::baseScore, Scorecard::withBaseScore),
                card("baseOdds", "Base odds", ValueUnit.RATIO, 1e-6, 1e9,
                        "Odds of no default to default (700 x = 700:1) that score the base score.",
                        Scorecard::baseOdds, Scorecard::withBaseOdds).withSlider(1, 5000),
                card("pointsToDoubleOdds", "Points to double the odds", ValueUnit.SCORE, 1, Limits.MAX_CREDIT_SCORE,
                        "Points added each time the odds of no default double.", Scorecard::pointsToDoubleOdds,
                        Scorecard::withPointsToDoubleOdds).withSlider(10, 200));
    }

    private static NumberSpec card(String id, String label, ValueUnit unit, double min, double max, String tooltip,
                                   ToDoubleFunction<Scorecard> get, BiFunction<Scorecard, Double, Scorecard> set) {
        NumberSpec spec = NumberSpec.of("scorecard-" + id, label, unit, min, max, tooltip,
                x -> get.applyAsDouble(x.scorecard()), (x, v) -> ScoringEdits.withScorecard(x, set.apply(x.scorecard(), v)));
        return unit == ValueUnit.LOG_ODDS ? spec.withSlider(-5, 5) : spec;
    }
}
