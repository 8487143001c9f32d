package io.tranchelab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tranchelab.design.ParameterOverride;
import io.tranchelab.design.SweepRequest;
import io.tranchelab.design.Variant;
import io.tranchelab.io.StructureFormatException;
import io.tranchelab.io.StructureJson;
import io.tranchelab.io.SweepSpec;
import io.tranchelab.io.SweepSpecJson;
import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.Simulator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A sweep spec made into the engine's requests (docs/model.md §14.10). */
class SweepPlanTest {

    private static final Path SAMPLES = Path.of("samples").toAbsolutePath();

    private static final String SPEC = """
            {
              "schemaVersion": 1,
              "structures": ["eth-lending-book.json", "lp-fee-pool.json"],
              "variants": [
                {"pointer": "/assets/0/volatility", "values": [0.5, 0.9]},
                {"pointer": "/waterfall/managementFee", "from": 0, "to": 0.01, "steps": 3}
              ],
              "scenarios": ["base"],
              "seeds": [7, 8],
              "paths": 300,
              "metrics": ["tranche:Senior:el", "pool:pBadDebt"]
            }
            """;

    @Test
    void theVariantsAreTheAxesProductWithTheLastAxisFastest() {
        List<SweepSpec.Axis> axes = List.of(new SweepSpec.Axis("/variants/0", "/a", List.of(1.0, 2.0)),
                new SweepSpec.Axis("/variants/1", "/b", List.of(5.0, 6.0, 7.0)));

        List<Variant> variants = SweepPlan.variants(axes);

        assertEquals(List.of("/a=1.0 /b=5.0", "/a=1.0 /b=6.0", "/a=1.0 /b=7.0", "/a=2.0 /b=5.0", "/a=2.0 /b=6.0",
                "/a=2.0 /b=7.0"), variants.stream().map(Variant::label).toList());
        assertEquals(List.of(new ParameterOverride("/a", 2.0), new ParameterOverride("/b", 6.0)),
                variants.get(4).overrides());
    }

    @Test
    void withoutAxesTheOnlyVariantIsTheBase() {
        assertEquals(List.of(Variant.base()), SweepPlan.variants(List.of()));
    }

    @Test
    void oneRequestPerStructureWithTheSameVariantsScenariosSeedsPathsAndMetrics() throws Exception {
        SweepPlan plan = plan(SPEC);

        assertEquals(2, plan.requests().size());
        assertEquals("ETH-collateralized lending book", plan.requests().get(0).base().name());
        for (SweepRequest request : plan.requests()) {
            assertEquals(6, request.variants().size());
            assertEquals(List.of(7L, 8L), request.seeds());
            assertEquals(300, request.paths());
            assertEquals(List.of("tranche:Senior:el", "pool:pBadDebt"), request.metrics().stream()
                    .map(Object::toString).toList());
        }
        assertEquals(2 * 6 * 2, plan.cells());
        assertEquals(1_000, SweepPlan.of(SweepSpecJson.parse(SPEC.getBytes(StandardCharsets.UTF_8), SAMPLES), 1_000)
                .paths(), "--paths overrides the spec's");
    }

    @Test
    void metricsThatAreNotOneOrNameAMissingTrancheAreRefusedAtTheirPointer() {
        List<Problem> problems = problems(SPEC.replace("\"pool:pBadDebt\"", "\"tranche:Junior:el\", \"pool:nothing\""));

        assertEquals(List.of("/metrics/1", "/metrics/1", "/metrics/2"), problems.stream().map(Problem::pointer).toList());
        assertTrue(problems.get(0).message().contains("no tranche 'Junior'")
                && problems.get(0).message().contains("(in eth-lending-book.json)"), problems.get(0).message());
        assertTrue(problems.get(2).message().contains("unknown pool metric 'nothing'"), problems.get(2).message());
    }

    /**
     * Volatility is at most 500 % (docs/format.md, "Ranges"): the value 9 is refused, once per
     * structure although three variants (one per management fee) hold it.
     */
    @Test
    void aValueThatLeavesTheAllowedRangeIsRefusedAtItsAxisNamingTheVariant() {
        List<Problem> problems = problems(SPEC.replace("\"values\": [0.5, 0.9]", "\"values\": [0.5, 9]"));

        assertEquals(List.of("/variants/0", "/variants/0"), problems.stream().map(Problem::pointer).toList());
        assertTrue(problems.get(0).message().startsWith("the variant /assets/0/volatility=9.0 /waterfall/managementFee"
                + "=0.0 is refused in eth-lending-book.json: /assets/0/volatility:"), problems.get(0).message());
        assertTrue(problems.get(1).message().contains("in lp-fee-pool.json"), problems.get(1).message());
    }

    /**
     * The truth is a run of the sample with its text edited by hand ("volatility": 0.6 becomes
     * 0.9) through the plain simulator: the sweep's row for that variant must be that run's figure.
     */
    @Test
    void aRowIsTheDirectRunOfTheStructureWithItsTextEdited() throws Exception {
        SweepPlan plan = plan(SPEC.replace("\"eth-lending-book.json\", \"lp-fee-pool.json\"", "\"eth-lending-book.json\"")
                .replace("\"from\": 0, \"to\": 0.01, \"steps\": 3", "\"from\": 0.004, \"to\": 0.006, \"steps\": 2"));
        String text = Files.readString(SAMPLES.resolve("eth-lending-book.json"));
        assertTrue(text.contains("\"volatility\": 0.6,") && text.contains("\"managementFee\": 0.005,"));
        Structure edited = StructureJson.parse(text.replace("\"volatility\": 0.6,", "\"volatility\": 0.9,")
                .replace("\"managementFee\": 0.005,", "\"managementFee\": 0.006,"));

        SimulationResult direct = Simulator.run(edited, RunSettings.of(edited).withPaths(300).withSeed(8)
                .withThreads(1));
        SweepResults swept = InProcessSweep.run(plan, 2, ProgressListener.NONE, CancellationToken.none());

        // variant 3 = (0.9, 0.006); seed 8 is the second seed
        assertEquals("/assets/0/volatility=0.9 /waterfall/managementFee=0.006", swept.tables().get(0).row(3, 0, 1)
                .variant());
        assertEquals(direct.tranches().get(0).expectedLoss(), swept.tables().get(0).row(3, 0, 1).value(0));
        assertEquals(direct.pool().probabilityOfBadDebt(), swept.tables().get(0).row(3, 0, 1).value(1));
    }

    private static SweepPlan plan(String json) throws StructureFormatException {
        return SweepPlan.of(SweepSpecJson.parse(json.getBytes(StandardCharsets.UTF_8), SAMPLES));
    }

    private static List<Problem> problems(String json) {
        return assertThrows(StructureFormatException.class, () -> plan(json)).problems();
    }
}
