package io.tranchelab.cli;

import io.tranchelab.format.Formats;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.ScoreDistribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines of {@code scores} that show where a scored line's borrowers are expected to be at
 * the horizon (docs/model.md §5.4.1): per band of the score table, the expected share of the
 * line's borrowers that survive in it, then the share that defaulted and the survivors' mean score.
 */
final class HorizonScoreTable {

    private HorizonScoreTable() {
    }

    static List<String> lines(Structure structure) {
        List<String> out = new ArrayList<>();
        for (var p : structure.positions()) {
            if (!(p instanceof CreditLine line)) {
                continue;
            }
            ScoreDistribution.atHorizon(line, structure, Scenario.BASE).ifPresent(h -> {
                if (out.isEmpty()) {
                    out.add("");
                    out.add("Score distribution at the horizon (expected share of each scored line's borrowers,"
                            + " averaged over paths)");
                }
                out.add("");
                out.add(line.name() + ": " + heading(line));
                out.add(String.format(Locale.ROOT, "  %-10s %10s %10s", "Scores", "PD", "Share"));
                for (ScoreDistribution.BandShare band : h.byBand(structure.creditScoreTable())) {
                    out.add(String.format(Locale.ROOT, "  %-10s %10s %10s", band.minScore() + "-" + band.maxScore(),
                            Formats.percent(band.annualDefaultProbability()), Formats.percent(band.share())));
                }
                out.add(String.format(Locale.ROOT, "  %-10s %10s %10s", "defaulted", "", Formats.percent(h.defaulted())));
                out.add("  survivors' mean score " + Formats.number(h.meanScore()));
            });
        }
        return out;
    }

    private static String heading(CreditLine line) {
        var h = line.history().orElseThrow();
        String borrowers = Formats.count(line.lines()) + " borrowers, " + Formats.number(h.repaymentsPerYear())
                + " payments a year";
        return h.missesPayments() ? borrowers + ", each missed with probability " + Formats.percent(
                h.missedPaymentProbability()) : borrowers + ", all made (one score for all)";
    }
}
