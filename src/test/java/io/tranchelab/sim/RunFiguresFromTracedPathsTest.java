package io.tranchelab.sim;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every tranche and pool figure of a small run (docs/model.md §8.1-§8.10), recomputed here from
 * each path's own cash flows ({@link Simulator#tracePath}) with the estimators the specification
 * states: the mean, the standard error sqrt(s^2 / N), the k-th smallest value with k = ceil(p N),
 * the mean of the ceil((1 - a) N) largest, loss fractions above 1e-9, the annualized cash multiple,
 * the drawdown of mark + cash received from its running peak, the WAL, the pool's bad debt,
 * liquidation volume and final value, and the mean waterfall. Forty paths of a loan book on a
 * jumping ETH: losses, liquidations, bad debt and OC turbo paydowns on different paths.
 */
class RunFiguresFromTracedPathsTest {

    private static final int PATHS = 40;
    private static final double REL = 1e-9;

    private static double quantile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(p * values.length - 1e-9) - 1];
    }

    private static double tailMean(double[] values, double a) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int tail = Math.max(1, (int) Math.ceil((1 - a) * values.length - 1e-9));
        double sum = 0;
        for (int i = values.length - tail; i < values.length; i++) {
            sum += sorted[i];
        }
        return sum / tail;
    }

    private static double mean(double[] values) {
        return Sample.of(values).mean();
    }

    private static void near(double expected, double actual, String what) {
        assertEquals(expected, actual, REL * Math.max(1, Math.abs(expected)), what);
    }

    @Test
    void trancheAndPoolFiguresAreTheEstimatorsOfThePerPathFlows() {
        Structure structure = TestStructures.loanBook(1, 12);
        double horizon = 1;
        double dt = 1.0 / 12;
        SimulationResult result = Simulator.run(structure,
                TestStructures.runSettings(structure, Scenario.BASE_NAME, PATHS, 1));
        PathTrace[] traces = TracedPaths.of(structure, PATHS);
        int tranches = result.tranches().size();
        int equity = tranches - 1;
        int steps = traces[0].income().length;

        boolean sawSeniorTurbo = false;
        for (int t = 0; t < tranches; t++) {
            TrancheMetrics m = result.tranches().get(t);
            double principal = m.initialPrincipal();
            double[] loss = new double[PATHS];
            double[] multipleReturn = new double[PATHS];
            double[] maxDrawdown = new double[PATHS];
            double[] life = new double[PATHS];
            for (int p = 0; p < PATHS; p++) {
                PathTrace trace = traces[p];
                loss[p] = trace.loss()[t] / principal;
                double received = 0;
                double peak = principal;
                double worst = 0;
                double repaid = 0;
                double repaidTimesYears = 0;
                for (int s = 0; s < steps; s++) {
                    double paidDown = t == 0 ? trace.turbo()[s] : 0;
                    sawSeniorTurbo |= paidDown > 0;
                    received += trace.coupons()[t][s] + paidDown + (t == equity ? trace.equity()[s] : 0);
                    repaid += paidDown;
                    repaidTimesYears += paidDown * (s + 1) * dt;
                    double value = trace.trancheValues()[t][s] + received;
                    peak = Math.max(peak, value);
                    worst = Math.max(worst, (peak - value) / peak);
                }
                received += trace.finalCoupon()[t] + trace.finalPrincipal()[t];
                repaid += trace.finalPrincipal()[t];
                repaidTimesYears += trace.finalPrincipal()[t] * horizon;
                peak = Math.max(peak, received);
                maxDrawdown[p] = Math.max(worst, (peak - received) / peak);
                double multiple = received / principal;
                multipleReturn[p] = multiple > 0 ? Math.pow(multiple, 1 / horizon) - 1 : -1;
                life[p] = repaid > 0 ? repaidTimesYears / repaid : horizon;
            }
            String name = m.name() + " ";
            Sample lossSample = Sample.of(loss);
            near(lossSample.mean(), m.expectedLoss(), name + "expected loss");
            near(lossSample.standardError(), m.expectedLossStandardError(), name + "standard error");
            int losing = 0;
            double losingSum = 0;
            for (double l : loss) {
                if (l > 1e-9) {
                    losing++;
                    losingSum += l;
                }
            }
            near((double) losing / PATHS, m.probabilityOfLoss(), name + "P(loss)");
            near(losing > 0 ? losingSum / losing : 0, m.lossGivenDefault(), name + "LGD");
            near(quantile(loss, 0.95), m.var95(), name + "VaR 95");
            near(quantile(loss, 0.99), m.var99(), name + "VaR 99");
            near(tailMean(loss, 0.95), m.es95(), name + "ES 95");
            near(tailMean(loss, 0.99), m.es99(), name + "ES 99");
            near(mean(multipleReturn), m.returnMean(), name + "mean return");
            near(quantile(multipleReturn, 0.05), m.return5(), name + "return 5");
            near(quantile(multipleReturn, 0.50), m.return50(), name + "return 50");
            near(quantile(multipleReturn, 0.95), m.return95(), name + "return 95");
            near(mean(maxDrawdown), m.maxDrawdownMean(), name + "mean max drawdown");
            near(quantile(maxDrawdown, 0.95), m.maxDrawdown95(), name + "max drawdown 95");
            near(mean(life), m.weightedAverageLife(), name + "WAL");
            double[] sortedLoss = loss.clone();
            Arrays.sort(sortedLoss);
            double[] reported = result.trancheLosses().get(t).clone();
            Arrays.sort(reported); // fractions of the principal, like the metrics
            assertArrayEquals(sortedLoss, reported, REL, name + "per-path losses");
        }
        assertTrue(sawSeniorTurbo, "the run must exercise the OC turbo");
        // the equity must lose on some paths and not on others, or P(loss) and LGD could not tell
        double equityLoss = result.tranches().get(equity).probabilityOfLoss();
        assertTrue(equityLoss > 0 && equityLoss < 1, "equity P(loss) " + equityLoss);

        PoolMetrics pool = result.pool();
        double initialValue = pool.initialValue();
        double[] badDebt = new double[PATHS];
        double[] liquidated = new double[PATHS];
        double[] finalValue = new double[PATHS];
        double[] creditLoss = new double[PATHS];
        int withBadDebt = 0;
        for (int p = 0; p < PATHS; p++) {
            badDebt[p] = TestStructures.sum(traces[p].badDebt());
            liquidated[p] = TestStructures.sum(traces[p].liquidationVolume());
            finalValue[p] = traces[p].liquidationProceeds() + traces[p].finalCash() + traces[p].finalReserve();
            creditLoss[p] = TestStructures.sum(traces[p].losses()) / initialValue;
            withBadDebt += badDebt[p] > 1e-9 * initialValue ? 1 : 0;
        }
        assertTrue(withBadDebt > 0 && withBadDebt < PATHS, "paths with bad debt: " + withBadDebt);
        near(mean(creditLoss), pool.expectedCreditLoss(), "pool credit loss");
        near((double) withBadDebt / PATHS, pool.probabilityOfBadDebt(), "P(bad debt)");
        near(mean(badDebt), pool.expectedBadDebt(), "bad debt");
        near(mean(liquidated), pool.expectedLiquidationVolume(), "liquidation volume");
        near(mean(finalValue), pool.expectedFinalValue(), "final value");
        near(quantile(finalValue, 0.05), pool.finalValue5(), "final value 5");
        near(quantile(finalValue, 0.50), pool.finalValue50(), "final value 50");
        near(quantile(finalValue, 0.95), pool.finalValue95(), "final value 95");

        // The mean waterfall (§8.10): each step's flow averaged over the paths, at times (s + 1) dt.
        WaterfallSeries w = result.waterfall();
        for (int s = 0; s < steps; s++) {
            near((s + 1) * dt, w.times()[s], "time of step " + (s + 1));
            double income = 0;
            double turbo = 0;
            double equityFlow = 0;
            double losses = 0;
            double seniorCoupon = 0;
            double fees = 0;
            double topUp = 0;
            double draw = 0;
            double badDebtFlow = 0;
            double liquidation = 0;
            for (PathTrace trace : traces) {
                fees += trace.fees()[s] / PATHS;
                topUp += trace.reserveTopUp()[s] / PATHS;
                draw += trace.reserveDraw()[s] / PATHS;
                badDebtFlow += trace.badDebt()[s] / PATHS;
                liquidation += trace.liquidationVolume()[s] / PATHS;
                income += trace.income()[s] / PATHS;
                turbo += trace.turbo()[s] / PATHS;
                equityFlow += trace.equity()[s] / PATHS;
                losses += trace.losses()[s] / PATHS;
                seniorCoupon += trace.coupons()[0][s] / PATHS;
            }
            near(income, w.income()[s], "mean income, step " + (s + 1));
            near(turbo, w.turbo()[s], "mean turbo, step " + (s + 1));
            near(equityFlow, w.equity()[s], "mean equity, step " + (s + 1));
            near(losses, w.losses()[s], "mean losses, step " + (s + 1));
            near(seniorCoupon, w.coupons()[0][s], "mean senior coupon, step " + (s + 1));
            near(fees, w.fees()[s], "mean fees, step " + (s + 1));
            near(topUp, w.reserveTopUp()[s], "mean reserve top-up, step " + (s + 1));
            near(draw, w.reserveDraw()[s], "mean reserve draw, step " + (s + 1));
            near(badDebtFlow, w.badDebt()[s], "mean bad debt, step " + (s + 1));
            near(liquidation, w.liquidationVolume()[s], "mean liquidation volume, step " + (s + 1));
        }
        for (int t = 0; t < tranches; t++) {
            double finalPrincipal = 0;
            double finalCoupon = 0;
            for (PathTrace trace : traces) {
                finalPrincipal += trace.finalPrincipal()[t] / PATHS;
                finalCoupon += trace.finalCoupon()[t] / PATHS;
            }
            near(finalPrincipal, w.finalPrincipal()[t], "mean final principal of tranche " + t);
            near(finalCoupon, w.finalCoupon()[t], "mean final coupon of tranche " + t);
        }
    }
}
