package io.tranchelab.cli;

import io.tranchelab.model.Structure;
import io.tranchelab.report.ChartExport;
import io.tranchelab.report.MetricsCsv;
import io.tranchelab.report.PdfReport;
import io.tranchelab.report.StandardReportCharts;
import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code report FILE --out report.pdf [--scenarios ...] [--csv metrics.csv]}: the PDF report of a
 * structure under its scenarios (a page per scenario), and optionally the metrics as CSV.
 */
final class ReportCommand {

    private final PrintStream out;

    ReportCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws UsageException {
        Arguments arguments = new Arguments("report", args, Set.of("out", "csv", "scenarios", "paths", "seed", "threads"));
        if (arguments.positionals().size() != 1) {
            throw new UsageException("report takes one FILE");
        }
        String pdf = arguments.option("out", null);
        if (pdf == null) {
            throw new UsageException("report needs --out FILE.pdf");
        }
        Structure structure = Cli.load(arguments.positionals().get(0));
        List<String> names = CompareCommand.scenarioNames(arguments, structure);
        RunSettings settings = SimulateCommand.settings(structure, arguments);
        ScenarioComparison comparison;
        try {
            comparison = ScenarioComparison.run(structure, names, settings, ProgressListener.NONE,
                    CancellationToken.none());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        try {
            PdfReport.write(comparison, new StandardReportCharts(), Path.of(pdf));
            out.println("wrote " + pdf + " (" + comparison.runs().size() + " scenarios)");
            String csv = arguments.option("csv", null);
            if (csv != null) {
                ChartExport.text(MetricsCsv.of(comparison), Path.of(csv));
                out.println("wrote " + csv);
            }
        } catch (IOException e) {
            throw new UsageException("cannot write the report: " + e.getMessage());
        }
        return Cli.OK;
    }
}
