package io.tranchelab.chart;

import io.tranchelab.sim.SimulationResult;

/** Which tranche a chart of one tranche shows first. */
public final class TrancheChoice {

    private TrancheChoice() {
    }

    /**
     * The most senior tranche that loses on at least 1 % of paths, where the structure's risk
     * begins (the equity when none does).
     */
    public static int firstThatLoses(SimulationResult result) {
        for (int i = 0; i < result.tranches().size(); i++) {
            if (result.tranches().get(i).probabilityOfLoss() >= 0.01) {
                return i;
            }
        }
        return Math.max(0, result.tranches().size() - 1);
    }
}
