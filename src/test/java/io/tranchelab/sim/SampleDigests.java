package io.tranchelab.sim;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;

import java.io.IOException;

/**
 * Not a test: prints a SHA-256 of every figure of every bundled sample's run at its full size
 * (the file's paths and seed, base case and each scenario), on 1 and 2 threads, IRRs and
 * cross-chain figures included. Work on the core's speed compares this output before and after
 * (every line must be the same): {@link GoldenResultsTest} pins small runs, this the full ones.
 *
 * <pre>java -cp target/classes:target/test-classes:CLASSPATH io.tranchelab.sim.SampleDigests [PATHS]</pre>
 */
public final class SampleDigests {

    private static final String[] SAMPLES = {"eth-lending-book", "staking-steth-note", "lp-fee-pool",
        "credit-pool-reputation", "credit-pool-scored", "cross-chain-vault", "hedged-eth-vault", "templates/barnbridge-smart-yield",
        "templates/goldfinch-borrower-pool", "templates/idle-perpetual-yield", "templates/pendle-pt-yt",
        "templates/tinlake-drop-tin"};

    private SampleDigests() {
    }

    public static void main(String[] args) throws IOException {
        for (String name : SAMPLES) {
            Structure structure = GoldenResultsTest.sample(name);
            RunSettings base = RunSettings.of(structure);
            if (args.length > 0) {
                base = base.withPaths(Integer.parseInt(args[0]));
            }
            java.util.List<String> scenarios = new java.util.ArrayList<>();
            scenarios.add(Scenario.BASE_NAME);
            structure.scenarios().forEach(s -> scenarios.add(s.name()));
            for (String scenario : scenarios) {
                String one = digest(Simulator.run(structure, base.withThreads(1).withScenario(scenario)));
                String two = digest(Simulator.run(structure, base.withThreads(2).withScenario(scenario)));
                System.out.println(name + " / " + scenario + " / " + base.paths() + " paths: " + one
                        + (one.equals(two) ? " (1 and 2 threads alike)" : " 2 threads DIFFER: " + two));
            }
        }
    }

    private static String digest(SimulationResult result) {
        StringBuilder all = new StringBuilder();
        for (java.lang.reflect.RecordComponent component : SimulationResult.class.getRecordComponents()) {
            if (!component.getName().equals("elapsedNanos")) {
                try {
                    all.append(component.getName()).append(':')
                            .append(GoldenResultsTest.text(component.getAccessor().invoke(result))).append('\n');
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        // the figures GoldenResultsTest leaves out (added after its recording) are in here too
        for (TrancheMetrics tranche : result.tranches()) {
            all.append(GoldenResultsTest.text(new double[] {tranche.irrMean(), tranche.irr5(), tranche.irr50(),
                tranche.irr95()}));
        }
        all.append(GoldenResultsTest.text(result.waterfall().hedgeExpense()));
        return GoldenResultsTest.sha256(all.toString()).substring(0, 16);
    }
}
