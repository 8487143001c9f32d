package io.tranchelab.spark;

import io.tranchelab.batch.SweepPlan;
import io.tranchelab.io.SweepSpecJson;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The spec the Spark tests sweep: two sample structures, 2 x 2 variants, two seeds, 400 paths:
 * 16 runs, a few seconds in all, with metrics from a tranche and the pool.
 */
final class SweepSpecs {

    static final String SPEC = """
            {
              "schemaVersion": 1,
              "name": "Spark test sweep",
              "structures": ["%s", "%s"],
              "variants": [
                {"pointer": "/assets/0/volatility", "values": [0.5, 0.9]},
                {"pointer": "/tranches/0/share", "from": 0.7, "to": 0.8, "steps": 2}
              ],
              "scenarios": ["base"],
              "seeds": [1, 2],
              "paths": 400,
              "metrics": ["tranche:Senior:el", "tranche:Equity:returnMean", "pool:pBadDebt"]
            }
            """;

    static final int CELLS = 2 * 4 * 2;

    private SweepSpecs() {
    }

    /** The spec written into {@code folder}, naming the samples by absolute path. */
    static Path write(Path folder) throws Exception {
        return write(folder, SPEC);
    }

    static Path write(Path folder, String template) throws Exception {
        String lending = Path.of("samples/eth-lending-book.json").toAbsolutePath().toString();
        String lp = Path.of("samples/lp-fee-pool.json").toAbsolutePath().toString();
        return Files.writeString(folder.resolve("spec.json"), template.formatted(lending, lp));
    }

    static SweepPlan plan(Path folder) throws Exception {
        return SweepPlan.of(SweepSpecJson.read(write(folder)));
    }
}
