package io.tranchelab.ui.export;

import io.tranchelab.model.Structure;
import io.tranchelab.report.ChartExport;
import io.tranchelab.report.CrossChainCsv;
import io.tranchelab.report.MetricsCsv;
import io.tranchelab.report.PdfReport;
import io.tranchelab.report.StandardReportCharts;
import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.ui.document.DialogService;
import io.tranchelab.ui.scenarios.ComparisonRunner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Files for the meeting room: a chart as PNG, SVG or PDF, the structure's PDF report (with a hedge
 * page when it has hedges) and its metrics as CSV, both over the base case and every scenario it
 * can run under (common random numbers).
 * Success is told in {@link #messageProperty()}, failure in an error dialog with the reason,
 * never a stack trace.
 */
public final class ExportViewModel {

    /** What to export a chart as. */
    public enum ChartFormat { PNG, SVG, PDF }

    private final ObservableValue<Structure> structure;
    private final ComparisonRunner runner;
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** @param runner the shared budget's comparisons: scenarios the workbench already ran are not run again */
    public ExportViewModel(ObservableValue<Structure> structure, ComparisonRunner runner, DialogService dialogs) {
        this.structure = structure;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    /** Writes the chart at the given size; true when written. */
    public boolean saveChart(JFreeChart chart, ChartFormat format, int width, int height, Path out) {
        try {
            switch (format) {
                case PNG -> ChartExport.png(chart, width, height, out);
                case SVG -> ChartExport.svg(chart, width, height, out);
                case PDF -> ChartExport.pdf(chart, width, height, out);
            }
            message.set("Chart saved to " + out);
            return true;
        } catch (IOException | RuntimeException e) {
            fail("The chart was not saved", e);
            return false;
        }
    }

    /** What the report adds at its end: the design analyses asked for (none until the Analyze window says). */
    private java.util.function.Supplier<java.util.List<JFreeChart>> analyses = java.util.List::of;

    /** Where the report finds the analyses to include, fresh charts asked for on the UI thread at each export. */
    public void includeAnalyses(java.util.function.Supplier<java.util.List<JFreeChart>> source) {
        analyses = source;
    }

    /** Runs every scenario in the background, then writes the PDF report (with the analyses asked for). */
    public void exportReport(Path out) {
        java.util.List<JFreeChart> extra = analyses.get();
        compareThen(out, "report", comparison -> PdfReport.write(comparison, new StandardReportCharts(), extra,
                runner.hedgeOf(comparison), out)); // with a hedge page when the structure has hedges (§8.15)
    }

    /** Runs every scenario in the background, then writes each tranche's metrics per scenario as CSV. */
    public void exportMetrics(Path out) {
        compareThen(out, "metrics", comparison -> ChartExport.text(MetricsCsv.of(comparison), out));
    }

    /**
     * Runs every scenario in the background, then writes a cross-chain pool's bridge and chain
     * figures per scenario as CSV (docs/model.md §8.14); offered only for such a pool.
     */
    public void exportChains(Path out) {
        compareThen(out, "chain figures", comparison -> ChartExport.text(CrossChainCsv.of(comparison), out));
    }

    /** True when the structure on screen has chains or bridges: the chain figures' export applies. */
    public javafx.beans.binding.BooleanBinding crossChainProperty() {
        return javafx.beans.binding.Bindings.createBooleanBinding(
                () -> structure.getValue() != null && !structure.getValue().crossChain().isEmpty(), structure);
    }

    private void compareThen(Path out, String what, Writer writer) {
        Structure current = structure.getValue();
        message.set("");
        runner.run("Running every scenario for the " + what, current, ScenarioLibrary.namesFor(current),
                comparison -> {
                    writer.write(comparison);
                    return "The " + what + " of " + comparison.runs().size() + " scenarios was written to " + out;
                }, message::set,
                problem -> fail("The " + what + " was not written", problem));
    }

    private void fail(String header, Exception e) {
        fail(header, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private void fail(String header, String reason) {
        message.set(header + ": " + reason);
        dialogs.showError("Export", header, reason);
    }

    public ComparisonRunner runner() {
        return runner;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @FunctionalInterface
    private interface Writer {
        void write(ScenarioComparison comparison) throws IOException;
    }
}
