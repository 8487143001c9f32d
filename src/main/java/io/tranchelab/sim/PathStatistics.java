package io.tranchelab.sim;

/**
 * Follows one path's tranches through its steps to the per-path figures of docs/model.md §8.5-§8.7:
 * cash received (for the return), principal repaid and when (for the WAL), and the maximum
 * drawdown of each tranche's total value (its mark plus cash received so far).
 */
final class PathStatistics {

    private final SimulationPlan plan;
    final double[] received;
    final double[] principalRepaid;
    final double[] principalTimeWeighted;
    final double[] peak;
    final double[] maxDrawdown;
    final double[] drawdown;
    double losses;
    double badDebt;
    double liquidationVolume;

    PathStatistics(SimulationPlan plan) {
        this.plan = plan;
        int n = plan.trancheCount;
        received = new double[n];
        principalRepaid = new double[n];
        principalTimeWeighted = new double[n];
        peak = new double[n];
        maxDrawdown = new double[n];
        drawdown = new double[n];
    }

    void reset() {
        for (int t = 0; t < plan.trancheCount; t++) {
            received[t] = 0;
            principalRepaid[t] = 0;
            principalTimeWeighted[t] = 0;
            peak[t] = plan.tranchePrincipal[t];
            maxDrawdown[t] = 0;
            drawdown[t] = 0;
        }
        losses = 0;
        badDebt = 0;
        liquidationVolume = 0;
    }

    void step(int step, StepFlows flows) {
        double time = step * plan.dt;
        int equity = plan.trancheCount - 1;
        for (int t = 0; t < plan.trancheCount; t++) {
            received[t] += flows.coupons[t] + flows.principalPaid[t];
            principalRepaid[t] += flows.principalPaid[t];
            principalTimeWeighted[t] += flows.principalPaid[t] * time;
        }
        received[equity] += flows.equity;
        for (int t = 0; t < plan.trancheCount; t++) {
            trackDrawdown(t, flows.trancheValues[t] + received[t]);
        }
        losses += flows.losses;
        badDebt += flows.badDebt;
        liquidationVolume += flows.liquidationVolume;
    }

    void finish(FinalFlows flows) {
        for (int t = 0; t < plan.trancheCount; t++) {
            received[t] += flows.coupon[t] + flows.principal[t];
            principalRepaid[t] += flows.principal[t];
            principalTimeWeighted[t] += flows.principal[t] * plan.horizonYears;
            trackDrawdown(t, received[t]);
        }
    }

    private void trackDrawdown(int t, double totalValue) {
        peak[t] = Math.max(peak[t], totalValue);
        drawdown[t] = peak[t] > 0 ? (peak[t] - totalValue) / peak[t] : 0;
        maxDrawdown[t] = Math.max(maxDrawdown[t], drawdown[t]);
    }

    /** (cash received / initial principal)^(1/T) - 1: annualized, no reinvestment. */
    double annualizedReturn(int t) {
        double multiple = received[t] / plan.tranchePrincipal[t];
        return multiple > 0 ? Math.pow(multiple, 1.0 / plan.horizonYears) - 1 : -1;
    }

    /** Years to principal repayment weighted by principal repaid; the horizon when none is. */
    double weightedAverageLife(int t) {
        return principalRepaid[t] > 0 ? principalTimeWeighted[t] / principalRepaid[t] : plan.horizonYears;
    }
}
