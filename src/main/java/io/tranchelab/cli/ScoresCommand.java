package io.tranchelab.cli;

import io.tranchelab.format.Formats;
import io.tranchelab.io.ScoreTableCsv;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.CreditScoreTable;
import io.tranchelab.model.CreditScoring;
import io.tranchelab.model.Position;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.ScoreMigration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code scores FILE}: each credit line's score and annual PD at the start and, for a line scored
 * from a history, at the horizon after its migration (docs/model.md §2.9, §5.4); optionally the
 * score table as CSV.
 */
@Command(name = "scores", header = "Show each credit line's score and PD, and their migration.",
        mixinStandardHelpOptions = true,
        description = {"Prints, for each credit line, where its score comes from (stated, the scorecard of its"
                + " history, or a PD given directly), its score and annual PD at the start and at the horizon"
                + " (a scored line's score migrates as it repays), then, for each line scored from a history, the"
                + " expected distribution of its borrowers over the score bands at the horizon (borrowers that"
                + " miss payments fall behind those that repay) and the share that defaulted. --table-csv writes the structure's score-to-PD"
                + " table as CSV (the built-in one when it has none), the format the workbench imports."},
        footerHeading = "%nExamples:%n",
        footer = {"  tranchelab scores samples/credit-pool-scored.json",
                "  tranchelab scores deal.json --table-csv table.csv"})
final class ScoresCommand implements Callable<Integer> {

    @ParentCommand
    private TrancheLabCommand parent;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The structure (JSON).")
    private String file;

    @Option(names = "--table-csv", paramLabel = "CSV", description = "Also write the score table to this CSV file.")
    private String tableCsv;

    @Override
    public Integer call() throws UsageException {
        Terminal out = parent.terminal;
        java.util.Optional<Structure> loaded = Cli.loadListingProblems(file, out);
        if (loaded.isEmpty()) {
            return Cli.BAD_INPUT;
        }
        Structure structure = loaded.get();
        out.println(String.format(Locale.ROOT, "%-44s %-9s %6s %10s %6s %10s", "Credit line", "Score by",
                "Start", "PD", "End", "PD"));
        int shown = 0;
        for (Position p : structure.positions()) {
            if (p instanceof CreditLine line) {
                out.println(row(line, structure));
                shown++;
            }
        }
        if (shown == 0) {
            out.println("(no credit lines)");
        }
        if (structure.positions().stream().anyMatch(p -> p instanceof CreditLine line && line.history().isPresent()
                && line.history().get().missesPayments() && line.annualDefaultProbability().isEmpty())) {
            out.println("End: the score of a borrower that makes every payment; borrowers that miss fall behind"
                    + " (the distribution below).");
        }
        HorizonScoreTable.lines(structure).forEach(out::println); // §5.4.1: where the borrowers end up
        if (tableCsv != null) {
            try {
                Files.writeString(Cli.path("--table-csv", tableCsv), ScoreTableCsv.write(structure.creditScoreTable()),
                        StandardCharsets.UTF_8);
                out.println("score table written to " + tableCsv);
            } catch (IOException e) {
                throw new UsageException(tableCsv + ": cannot write (" + e.getMessage() + ")");
            }
        }
        return Cli.OK;
    }

    private static String row(CreditLine line, Structure s) {
        String name = line.name().length() > 44 ? line.name().substring(0, 43) + "." : line.name();
        if (line.annualDefaultProbability().isPresent()) {
            String pd = Formats.percent(line.annualDefaultProbability().getAsDouble());
            return String.format(Locale.ROOT, "%-44s %-9s %6s %10s %6s %10s", name, "PD given", "-", pd, "-", pd);
        }
        int start = CreditScoring.score(line, s.scorecard());
        int end = line.history().map(h -> s.scorecard().score(ScoreMigration.after(h,
                s.simulation().steps() * s.simulation().dt()))).orElse(start);
        // the last step's defaults use the score after steps - 1 steps; the horizon's is what the
        // cohort has earned by the end, shown as where it got to
        return String.format(Locale.ROOT, "%-44s %-9s %6d %10s %6d %10s", name,
                line.history().isPresent() ? "history" : "stated", start, pd(start, s), end, pd(end, s));
    }

    private static String pd(int score, Structure s) {
        return Formats.percent(CreditScoreTable.annualDefaultProbability(score, s.creditScoreTable()));
    }
}
