package io.tranchelab.cli;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.report.CrossChainCsv;
import io.tranchelab.report.MetricsCsv;
import io.tranchelab.report.PdfReport;
import io.tranchelab.report.StandardReportCharts;
import io.tranchelab.scenario.HedgeComparison;
import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code report FILE --out report.pdf [--scenarios ...] [--csv metrics.csv]}: the PDF report of a
 * structure under its scenarios (a page per scenario), and optionally the metrics as CSV. The
 * output paths are checked before the scenarios run; the two files are written together
 * ({@link ReportFiles}).
 */
@Command(name = "report", header = "Write the PDF report (and the metrics as CSV).",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a PDF with the structure, its parameters and a page per scenario (metrics and"
                + " charts), a page comparing the structure with and without its hedges when it has any, and with --csv the metrics of every tranche under every scenario as CSV.",
            "The output files are checked before the scenarios run; if writing the CSV fails, the PDF is put back"
                    + " as it was, so the two always come from the same run."},
        footerHeading = "%nExamples:%n",
        footer = {"  tranchelab report samples/eth-lending-book.json --out report.pdf",
            "  tranchelab report deal.json --out deal.pdf --csv deal.csv --paths 20000"})
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    private TrancheLabCommand parent;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The structure (JSON).")
    private String file;

    @Option(names = "--out", paramLabel = "REPORT.pdf", required = true, description = "The PDF to write.")
    private String pdf;

    @Option(names = "--csv", paramLabel = "METRICS.csv", description = "Also write the metrics as CSV.")
    private String csv;

    @Option(names = "--chains-csv", paramLabel = "CHAINS.csv",
            description = "Also write a cross-chain pool's bridge and chain figures per scenario as CSV.")
    private String chainsCsv;

    @Mixin
    private ScenarioOptions scenarios;

    @Mixin
    private RunOptions run;

    @Override
    public Integer call() throws UsageException {
        Terminal out = parent.terminal;
        Map<String, Path> targets = new LinkedHashMap<>();
        targets.put("--out", Cli.path("--out", pdf));
        if (csv != null) {
            targets.put("--csv", Cli.path("--csv", csv));
        }
        if (chainsCsv != null) {
            targets.put("--chains-csv", Cli.path("--chains-csv", chainsCsv));
        }
        ReportFiles.check(targets, Cli.path("FILE", file));
        Structure structure = Cli.load(file);
        List<String> names = scenarios.names(structure);
        RunSettings settings = run.settings(structure);
        ScenarioComparison comparison;
        HedgeComparison hedge = null;
        try {
            comparison = ScenarioComparison.run(structure, names, settings, ProgressListener.NONE,
                    CancellationToken.none());
            if (!structure.hedges().isEmpty()) { // the hedge page (§8.15), under the base case
                hedge = HedgeComparison.run(structure, settings.withScenario(Scenario.BASE_NAME),
                        ProgressListener.NONE, CancellationToken.none());
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        try {
            Map<Path, byte[]> files = new LinkedHashMap<>();
            files.put(targets.get("--out"), PdfReport.render(comparison, new StandardReportCharts(), List.of(), hedge));
            if (csv != null) {
                files.put(targets.get("--csv"), MetricsCsv.of(comparison).getBytes(StandardCharsets.UTF_8));
            }
            if (chainsCsv != null) { // cross-chain pools (docs/model.md §8.14)
                if (!CrossChainCsv.applies(comparison)) {
                    throw new UsageException("--chains-csv: " + structure.name() + " is on one chain; it has no"
                            + " bridge or chain figures");
                }
                files.put(targets.get("--chains-csv"), CrossChainCsv.of(comparison).getBytes(StandardCharsets.UTF_8));
            }
            ReportFiles.writeAll(files);
        } catch (IOException e) {
            throw new UsageException("cannot write the report: " + e.getMessage());
        }
        out.println("wrote " + pdf + " (" + comparison.runs().size() + " scenarios" + (hedge == null ? "" : ", the hedge page")
                + ")");
        if (csv != null) {
            out.println("wrote " + csv);
        }
        if (chainsCsv != null) {
            out.println("wrote " + chainsCsv);
        }
        return Cli.OK;
    }
}
