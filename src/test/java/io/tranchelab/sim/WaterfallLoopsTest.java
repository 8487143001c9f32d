package io.tranchelab.sim;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The sequential waterfall's loops (the OC test skipped when off, the reserve top-up in a loop of
 * its own when no path is in breach, the equity's share copied) against the rules they replaced,
 * written out here as they were: the same numbers to the bit on seeded random accounts, with
 * ties, zeros, empty reserves, breaches and NaN.
 */
class WaterfallLoopsTest {

    private static final int LANES = 64;

    @Test
    void theSequentialStepIsTheOneLoopRulesToTheBit() throws Exception {
        for (String sample : new String[] {"eth-lending-book", "staking-steth-note", "credit-pool-reputation"}) {
            Structure structure = GoldenResultsTest.sample(sample);
            SimulationPlan plan = new SimulationPlan(structure, Scenario.BASE);
            SplittableRandom random = new SplittableRandom(sample.hashCode());
            for (int round = 0; round < 400; round++) {
                Waterfall fast = new Waterfall(plan, LANES);
                Reference slow = new Reference(plan);
                BlockFlows fastFlows = new BlockFlows(plan.trancheCount, LANES);
                BlockFlows slowFlows = new BlockFlows(plan.trancheCount, LANES);
                fill(random, plan, fast, slow, fastFlows, slowFlows, round);
                for (int step = 0; step < 3; step++) {
                    fastFlows.clear();
                    slowFlows.clear();
                    for (int l = 0; l < LANES; l++) {
                        double income = amount(random, plan.initialValue * 1e-3, round);
                        double nav = amount(random, plan.initialValue * 1.3, round);
                        fastFlows.income[l] = slowFlows.income[l] = income;
                        fastFlows.navAtMark[l] = slowFlows.navAtMark[l] = nav;
                    }
                    fast.distributeSequentially(LANES, fastFlows, plan.dt);
                    slow.distribute(LANES, slowFlows, plan.dt);
                    String where = sample + ", round " + round + ", step " + step;
                    same(where + ": principal", slow.principal, fast.principal);
                    same(where + ": carried", slow.carriedCoupon, fast.carriedCoupon);
                    same(where + ": fees carried", slow.carriedFees, fast.carriedFees);
                    same(where + ": cash", slow.cash, fast.cash);
                    same(where + ": reserve", slow.reserve, fast.reserve);
                    same(where + ": fees", slowFlows.fees, fastFlows.fees);
                    same(where + ": coupons", slowFlows.coupons, fastFlows.coupons);
                    same(where + ": principal paid", slowFlows.principalPaid, fastFlows.principalPaid);
                    same(where + ": top-up", slowFlows.reserveTopUp, fastFlows.reserveTopUp);
                    same(where + ": draw", slowFlows.reserveDraw, fastFlows.reserveDraw);
                    same(where + ": turbo", slowFlows.turbo, fastFlows.turbo);
                    same(where + ": equity", slowFlows.equity, fastFlows.equity);
                    for (int l = 0; l < LANES; l++) {
                        assertEquals(slowFlows.ocBreached[l], fastFlows.ocBreached[l], where + ": breach, lane " + l);
                    }
                }
            }
        }
    }

    /** Amounts around {@code scale}: often exactly 0, often repeated, now and then NaN (every 50th round). */
    private static double amount(SplittableRandom random, double scale, int round) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return 0;
        } else if (kind == 1) {
            return scale;
        } else if (kind == 2 && round % 50 == 49) {
            return Double.NaN;
        }
        return scale * random.nextDouble() * 2;
    }

    private static void fill(SplittableRandom random, SimulationPlan plan, Waterfall fast, Reference slow,
                             BlockFlows fastFlows, BlockFlows slowFlows, int round) {
        fast.reset();
        for (int t = 0; t < plan.trancheCount; t++) {
            for (int l = 0; l < LANES; l++) {
                double principal = amount(random, plan.tranchePrincipal[t], round);
                double carried = random.nextInt(3) == 0 ? 0 : amount(random, plan.tranchePrincipal[t] * 1e-3, round);
                fast.principal[t][l] = slow.principal[t][l] = principal;
                fast.carriedCoupon[t][l] = slow.carriedCoupon[t][l] = carried;
            }
        }
        for (int l = 0; l < LANES; l++) {
            double fees = random.nextBoolean() ? 0 : amount(random, plan.initialValue * 1e-4, round);
            double cash = amount(random, plan.initialValue * 0.05, round);
            double reserve = random.nextInt(3) == 0 ? 0 : amount(random, plan.initialValue * 1e-3, round);
            fast.carriedFees[l] = slow.carriedFees[l] = fees;
            fast.cash[l] = slow.cash[l] = cash;
            fast.reserve[l] = slow.reserve[l] = reserve;
        }
    }

    private static void same(String what, double[][] expected, double[][] actual) {
        for (int t = 0; t < expected.length; t++) {
            same(what + " [" + t + "]", expected[t], actual[t]);
        }
    }

    private static void same(String what, double[] expected, double[] actual) {
        for (int l = 0; l < expected.length; l++) {
            assertEquals(Double.doubleToRawLongBits(expected[l]), Double.doubleToRawLongBits(actual[l]),
                    what + ", lane " + l + ": " + expected[l] + " against " + actual[l]);
        }
    }

    /** The sequential rules as one loop per part, as {@link Waterfall} had them before its loops were split (ebb392f). */
    private static final class Reference {

        final SimulationPlan plan;
        final int equity;
        final double[][] principal;
        final double[][] carriedCoupon;
        final double[] carriedFees = new double[LANES];
        final double[] cash = new double[LANES];
        final double[] reserve = new double[LANES];
        final double[] available = new double[LANES];
        final boolean[] trapping = new boolean[LANES];
        final boolean[] mayDrawReserve = new boolean[LANES];
        boolean ocCured;

        Reference(SimulationPlan plan) {
            this.plan = plan;
            this.equity = plan.trancheCount - 1;
            principal = new double[plan.trancheCount][LANES];
            carriedCoupon = new double[plan.trancheCount][LANES];
        }

        void distribute(int lanes, BlockFlows flows, double dt) {
            double[] income = flows.income;
            double[] navAtMark = flows.navAtMark;
            double[] fees = flows.fees;
            double feeRate = plan.managementFee;
            for (int l = 0; l < lanes; l++) {
                double feeDue = carriedFees[l] + feeRate * navAtMark[l] * dt;
                double paid = Math.min(income[l], feeDue);
                fees[l] = paid;
                available[l] = income[l] - paid;
                carriedFees[l] = feeDue - paid;
            }
            double[] senior = principal[0];
            double k = plan.ocThreshold;
            boolean anyBreach = false;
            for (int l = 0; l < lanes; l++) {
                boolean breached = k > 0 && senior[l] > 0 && navAtMark[l] < k * senior[l];
                flows.ocBreached[l] = breached;
                anyBreach |= breached;
            }
            payCoupons(0, lanes, flows, dt, null);
            if (anyBreach) {
                for (int l = 0; l < lanes; l++) {
                    if (flows.ocBreached[l]) {
                        available[l] = turbo(l, available[l], flows);
                        trapping[l] = !(ocCured || senior[l] <= 0);
                        mayDrawReserve[l] = senior[l] <= 0;
                    } else {
                        trapping[l] = false;
                        mayDrawReserve[l] = true;
                    }
                }
            }
            for (int t = 1; t < equity; t++) {
                payCoupons(t, lanes, flows, dt, anyBreach ? mayDrawReserve : null);
            }
            double target = plan.reserveTarget;
            for (int l = 0; l < lanes; l++) {
                if (!anyBreach || !trapping[l]) {
                    double topUp = Math.min(available[l], Math.max(0, target * senior[l] - reserve[l]));
                    flows.reserveTopUp[l] = topUp;
                    reserve[l] += topUp;
                    available[l] -= topUp;
                }
                flows.equity[l] = available[l];
            }
        }

        private void payCoupons(int t, int lanes, BlockFlows flows, double dt, boolean[] mayDraw) {
            double[] carried = carriedCoupon[t];
            double[] outstanding = principal[t];
            double[] coupons = flows.coupons[t];
            double rate = plan.trancheCoupon[t];
            for (int l = 0; l < lanes; l++) {
                double due = carried[l] + rate * outstanding[l] * dt;
                double paid = Math.min(available[l], due);
                double shortfall = due - paid;
                if (shortfall > 0 && (mayDraw == null || mayDraw[l])) {
                    double draw = Math.min(reserve[l], shortfall);
                    reserve[l] -= draw;
                    flows.reserveDraw[l] += draw;
                    shortfall -= draw;
                    paid += draw;
                }
                carried[l] = shortfall;
                coupons[l] = paid;
                available[l] -= Math.min(available[l], due);
            }
        }

        private double turbo(int l, double available, BlockFlows flows) {
            double[] senior = principal[0];
            double k = plan.ocThreshold;
            double nav = flows.navAtMark[l] - flows.reserveDraw[l];
            double incomeNeeded = Math.max(0, senior[l] - nav / k);
            double fromIncome = Math.min(available, Math.min(senior[l], incomeNeeded));
            senior[l] -= fromIncome;
            ocCured = fromIncome >= incomeNeeded;
            double fromCash = 0;
            if (!ocCured) {
                double cashNeeded = nav > senior[l] && k > 1
                        ? Math.max(0, (k * senior[l] - nav) / (k - 1)) : Double.POSITIVE_INFINITY;
                fromCash = Math.min(cash[l], Math.min(senior[l], cashNeeded));
                ocCured = fromCash >= cashNeeded;
            }
            senior[l] -= fromCash;
            cash[l] -= fromCash;
            flows.turbo[l] = fromIncome + fromCash;
            flows.principalPaid[0][l] += flows.turbo[l];
            return available - fromIncome;
        }
    }
}
