package io.tranchelab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CSV injection (OWASP): a name a spreadsheet would run as a formula reaches the CSV with a
 * leading single quote; other names and every number, negative ones included, as they are.
 */
class MetricsCsvTest {

    /** docs/model.md §12's set-up (a falling price makes negative returns) with names that are formulas. */
    private static final String STRUCTURE = """
            { "schemaVersion": 1, "name": "=HYPERLINK(\\"http://x\\",\\"open\\")",
              "simulation": { "horizonYears": 1, "stepsPerYear": 1, "paths": 100, "seed": 7 },
              "assets": [ { "kind": "VOLATILE", "id": "X", "price": 1.0, "drift": 0.0, "volatility": 0.0 } ],
              "positions": [ { "kind": "YIELD", "name": "Yield", "asset": "X", "units": 100, "apr": 0.10 } ],
              "tranches": [
                { "name": "+Senior", "share": 0.5, "coupon": 0.05 },
                { "name": "-Mezz", "share": 0.2, "coupon": 0.10 },
                { "name": "@SUM(A1)", "share": 0.1, "coupon": 0.10 },
                { "name": "\\tTab", "share": 0.1, "coupon": 0.10 },
                { "name": "Equity-1", "share": 0.1, "coupon": 0.0 } ],
              "waterfall": { "managementFee": 0.01, "reserveTarget": 0.02, "ocThreshold": 1.10 },
              "scenarios": [ { "name": "\\rCrash", "shocks": [ { "kind": "PRICE", "asset": "X", "step": 1, "logReturn": -0.5 } ] } ]
            }
            """;

    @Test
    void formulaNamesAreQuotedAndNumbersAreNot() throws Exception {
        Structure structure = StructureJson.parse(STRUCTURE);
        ScenarioComparison comparison = ScenarioComparison.run(structure, List.of("\rCrash"),
                RunSettings.of(structure).withThreads(1), ProgressListener.NONE, CancellationToken.none());
        List<List<String>> rows = ExportTest.parse(MetricsCsv.of(comparison));
        assertEquals(MetricsCsv.HEADER, rows.get(0));
        assertEquals(1 + 2 * 5, rows.size());
        List<String> tranches = List.of("'+Senior", "'-Mezz", "'@SUM(A1)", "'\tTab", "Equity-1");
        boolean negative = false;
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            assertEquals("'=HYPERLINK(\"http://x\",\"open\")", row.get(0));
            assertEquals(r <= 5 ? "base" : "'\rCrash", row.get(1));
            assertEquals(tranches.get((r - 1) % 5), row.get(2));
            for (int column = 3; column < row.size() - 1; column++) {
                double value = Double.parseDouble(row.get(column)); // a number, not a quoted text
                negative |= value < 0;
            }
        }
        assertEquals(true, negative, "the crash gives negative returns, written as plain numbers");
    }
}
