package io.tranchelab.report;

import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.TrancheMetrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tranche metrics per scenario as CSV (RFC 4180): one row per scenario and tranche, numbers
 * as plain decimals (fractions, not percentages) so spreadsheets and scripts read them as is.
 * Names come from the structure file, so a name a spreadsheet would run as a formula
 * ("=HYPERLINK(...)") is written with a leading single quote (OWASP's CSV injection advice).
 */
public final class MetricsCsv {

    static final List<String> HEADER = List.of("structure", "scenario", "tranche", "initialPrincipal",
            "expectedLoss", "expectedLossStandardError", "expectedLossDeltaToBase", "probabilityOfLoss",
            "lossGivenDefault", "var95", "var99", "es95", "es99", "returnMean", "return5", "return50", "return95",
            "irrMean", "irr5", "irr50", "irr95",
            "maxDrawdownMean", "maxDrawdown95", "weightedAverageLife", "defaultRateEquivalentRating");

    private MetricsCsv() {
    }

    public static String of(ScenarioComparison comparison) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (int run = 0; run < comparison.runs().size(); run++) {
            SimulationResult result = comparison.runs().get(run);
            for (int t = 0; t < result.tranches().size(); t++) {
                TrancheMetrics m = result.tranches().get(t);
                List<String> row = new ArrayList<>(List.of(text(result.structureName()),
                        text(result.scenario()), text(m.name())));
                for (double value : new double[] {m.initialPrincipal(), m.expectedLoss(),
                    m.expectedLossStandardError(), comparison.expectedLossDelta(run, t), m.probabilityOfLoss(),
                    m.lossGivenDefault(), m.var95(), m.var99(), m.es95(), m.es99(), m.returnMean(), m.return5(),
                    m.return50(), m.return95(), m.irrMean(), m.irr5(), m.irr50(), m.irr95(), m.maxDrawdownMean(),
                    m.maxDrawdown95(), m.weightedAverageLife()}) {
                    row.add(number(value));
                }
                row.add(text(m.impliedRating()));
                line(csv, row);
            }
        }
        return csv.toString();
    }

    static String number(double value) {
        // shortest text that reads back to the same double
        return Double.toString(value).toLowerCase(Locale.ROOT).replace("e", "E");
    }

    static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /**
     * A text cell that a spreadsheet shows as text: one starting with =, +, -, @, a tab or a
     * carriage return would be read as a formula, so it gets a leading single quote, which
     * spreadsheets hide. Numbers are not text cells and keep their minus sign.
     */
    static String text(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
