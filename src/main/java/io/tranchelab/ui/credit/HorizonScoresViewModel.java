package io.tranchelab.ui.credit;

import io.tranchelab.format.Formats;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.Position;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.ScoreDistribution;
import io.tranchelab.sim.SimulationCancelledException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where each scored line's borrowers are expected to be at the horizon (docs/model.md §5.4.1),
 * beside the score table: one row a band of the table (lowest score first, as the table lists
 * them) with its PD, then the defaulted share and the survivors' mean score; one column a line
 * scored from a history. The same figures as {@code tranchelab scores}.
 */
public final class HorizonScoresViewModel {

    /** A row: the scores it counts, their PD (blank for the last two rows), and one formatted figure per scored line. */
    public record Row(String label, String pd, List<String> cells) {
    }

    private final Supplier<Structure> structure;

    public HorizonScoresViewModel(Supplier<Structure> structure) {
        this.structure = structure;
    }

    /** The columns (the scored lines' names, in the structure's order) and the rows, worked out once. */
    public record Table(List<String> lineNames, List<Row> rows) {
    }

    /** The scored lines' names, in the structure's order: known without working the table out. */
    public List<String> lineNames() {
        return lineNames(structure.get());
    }

    static List<String> lineNames(Structure s) {
        return scoredLines(s).stream().map(Position::name).toList();
    }

    private static List<CreditLine> scoredLines(Structure s) {
        return s.positions().stream().filter(p -> p instanceof CreditLine line && ScoreDistribution.hasHorizonScores(line))
                .map(CreditLine.class::cast).toList();
    }

    public List<Row> rows() {
        return table().rows();
    }

    /** Names and rows from one working-out of the distributions (each is a quadrature over the factor). */
    public Table table() {
        return table(structure.get());
    }

    /** The structure the table is worked out from, as it is now (read on the UI thread). */
    public Structure structure() {
        return structure.get();
    }

    /**
     * The table of {@code s}, from any thread: seconds for a line at the payment limit (§5.4.1), so
     * the window works it out in the background.
     */
    public static Table table(Structure s) {
        return table(s, ProgressListener.NONE, CancellationToken.none());
    }

    /**
     * {@link #table(Structure)} with its progress told (the lines' steps done) and stopped by
     * {@code cancel} within a step ({@link SimulationCancelledException}): a cancelled working-out
     * must not keep a core the runs need.
     */
    public static Table table(Structure s, ProgressListener progress, CancellationToken cancel) {
        List<Named> lines = distributions(s, progress, cancel);
        return new Table(lines.stream().map(Named::name).toList(), rows(s, lines));
    }

    private static List<Row> rows(Structure s, List<Named> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        int bands = lines.get(0).scores().byBand(s.creditScoreTable()).size();
        for (int b = bands - 1; b >= 0; b--) { // byBand lists the best band first
            int band = b;
            ScoreDistribution.BandShare first = lines.get(0).scores().byBand(s.creditScoreTable()).get(band);
            rows.add(new Row(first.minScore() + "-" + first.maxScore(), Formats.percent(first.annualDefaultProbability()),
                    lines.stream().map(l -> Formats.percent(l.scores().byBand(s.creditScoreTable()).get(band).share()))
                            .toList()));
        }
        rows.add(new Row("Defaulted", "", lines.stream().map(l -> Formats.percent(l.scores().defaulted())).toList()));
        rows.add(new Row("Mean score", "", lines.stream().map(l -> Formats.number(l.scores().meanScore())).toList()));
        return List.copyOf(rows);
    }

    private record Named(String name, ScoreDistribution.HorizonScores scores) {
    }

    private static List<Named> distributions(Structure s, ProgressListener progress, CancellationToken cancel) {
        List<CreditLine> scored = scoredLines(s);
        List<Named> out = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            CreditLine line = scored.get(i);
            double before = i;
            ProgressListener ofLine = fraction -> progress.progress((before + fraction) / scored.size());
            ScoreDistribution.atHorizon(line, s, Scenario.BASE, ofLine, cancel)
                    .ifPresent(h -> out.add(new Named(line.name(), h)));
        }
        return out;
    }
}
