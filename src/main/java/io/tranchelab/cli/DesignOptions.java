package io.tranchelab.cli;

import io.tranchelab.design.DesignRun;
import io.tranchelab.design.MetricSpec;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioLibrary;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.util.List;
import java.util.Locale;

/** --metric, --scenario, --format and --timing: what the design commands (sensitivity, heatmap) share. */
final class DesignOptions {

    /** Paths per point when --paths is not given: a design run tries tens or hundreds of points. */
    static final int DEFAULT_PATHS = 2_000;

    @Option(names = "--metric", paramLabel = "METRIC",
            description = {"What to read from each run: tranche:NAME:KEY (KEY: el, elStdErr, pLoss, lgd,"
                    + " returnMean, return5, return50, return95 (annualized cash multiple), irrMean, irr5, irr50,"
                    + " irr95, var95, var99, es95, es99, maxDrawdown,"
                    + " maxDrawdown95, wal) or pool:KEY (pBadDebt, expectedBadDebt, expectedCreditLoss,"
                    + " liquidationVolume, finalValueMean, finalValue5, finalValue50, finalValue95)"
                    + " (default: pool:pBadDebt for a structure with a loan book, else the first tranche's el;"
                    + " the workbench's default too)."})
    String metric;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "Scenario every point runs under: base, one of the file's or a historical one"
                    + " (default: base).")
    String scenario;

    @Option(names = "--format", paramLabel = "table|json|csv", converter = FormatConverter.class,
            description = "table (default), json or csv.")
    Format format = Format.TABLE;

    @Option(names = "--timing", description = "Also print how long the run took.")
    boolean timing;

    enum Format { TABLE, JSON, CSV }

    /** The structure with the scenario's definition added when it is a historical one. */
    Structure withScenario(Structure structure) throws UsageException {
        try {
            return scenario == null ? structure : ScenarioLibrary.withScenarios(structure, List.of(scenario));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--scenario " + e.getMessage());
        }
    }

    MetricSpec metric(Structure structure, MetricSpec fallback) throws UsageException {
        try {
            return metric == null ? fallback : MetricSpec.parse(metric).requireIn(structure);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--metric " + e.getMessage());
        }
    }

    /** Every point on the same seed (common random numbers) at the paths asked for. */
    DesignRun run(Structure structure, RunOptions run) {
        return new DesignRun(scenario, List.of(run.seed != null ? run.seed : structure.simulation().seed()),
                run.paths != null ? run.paths : DEFAULT_PATHS);
    }

    static int threads(RunOptions run) {
        return run.threads != null ? run.threads : Runtime.getRuntime().availableProcessors();
    }

    /**
     * A number as typed: "0.3", "1e7", "10,000,000", or a percentage "30%" (read as 0.3).
     *
     * @throws UsageException naming the option
     */
    static double number(String option, String text) throws UsageException {
        String t = text.strip().replace("_", "").replace(",", "");
        boolean percent = t.endsWith("%");
        try {
            double value = Double.parseDouble(percent ? t.substring(0, t.length() - 1).strip() : t);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return percent ? value / 100 : value;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a number (e.g. 0.3, 1e7 or 30%), was '" + text + "'");
        }
    }

    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format format : Format.values()) {
                if (format.name().toLowerCase(Locale.ROOT).equals(value)) {
                    return format;
                }
            }
            throw new TypeConversionException("must be table, json or csv, was '" + value + "'");
        }
    }
}
