package io.tranchelab.model;

import java.util.List;

/** Placeholder until the sourced table lands (branch ratings). */
public final class CreditScoreTable {

    public static final List<ScoreBand> DEFAULT = List.of(new ScoreBand(0, 0.265), new ScoreBand(400, 0.032),
            new ScoreBand(500, 0.006), new ScoreBand(600, 0.0015), new ScoreBand(700, 0.0005),
            new ScoreBand(800, 0.0002), new ScoreBand(900, 0.0001));

    private CreditScoreTable() {
    }

    public static double annualDefaultProbability(int score, List<ScoreBand> table) {
        List<ScoreBand> bands = table.isEmpty() ? DEFAULT : table;
        double pd = bands.get(0).annualDefaultProbability();
        for (ScoreBand band : bands) {
            if (score >= band.minScore()) {
                pd = band.annualDefaultProbability();
            }
        }
        return pd;
    }
}
