package io.tranchelab.design;

import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tornado against monotonicities the model must have (issue 12): more volatility, a higher
 * senior EL; more keeper capacity, a lower P(bad debt); more subordination, a lower senior EL.
 * Each on common random numbers, so a few hundred paths show the sign.
 */
class SensitivityTest {

    private final Structure lending = Samples.coarse(Samples.lending(), 73);
    private final Structure staking = Samples.coarse(Samples.read("staking-steth-note.json"), 52);

    @Test
    void moreVolatilityRaisesTheSeniorsExpectedLoss(TestReporter reporter) {
        Tornado t = tornadoOf(staking, "/assets/0/volatility", "tranche:Senior:el",
                new DesignRun("base", List.of(1L), 1_000));
        TornadoBar vol = bar(t, "/assets/0/volatility");
        reporter.publishEntry("ETH volatility", vol.toString());
        assertEquals(0.54, vol.lowInput(), 1e-12);
        assertEquals(0.66, vol.highInput(), 1e-12);
        assertTrue(vol.highValue() > t.base() && t.base() > vol.lowValue(), vol + " base " + t.base());
    }

    @Test
    void moreKeeperCapacityLowersTheProbabilityOfBadDebt(TestReporter reporter) {
        // at the sample's $10M a day keepers are rarely the bottleneck in the base case; at $2.5M they are
        Structure thinKeepers = StructureOverrides.apply(lending,
                List.of(new ParameterOverride("/positions/0/liquidationCapacity", 2.5e6)));
        DesignRun run = new DesignRun("base", List.of(1L), 1_000);
        String pointer = "/positions/0/liquidationCapacity";
        TornadoBar capacity = bar(tornadoOf(thinKeepers, pointer, "pool:pBadDebt", run), pointer);
        reporter.publishEntry("liquidation capacity, P(bad debt)", capacity.toString());
        assertTrue(capacity.highValue() < capacity.lowValue(), capacity.toString());
        TornadoBar atSample = bar(tornadoOf(lending, pointer, "pool:pBadDebt", run), pointer);
        assertTrue(atSample.highValue() <= atSample.lowValue(), atSample.toString());
        TornadoBar badDebt = bar(tornadoOf(lending, pointer, "pool:expectedBadDebt", run), pointer);
        assertTrue(badDebt.highValue() < badDebt.lowValue(), badDebt.toString());
    }

    @Test
    void moreSubordinationLowersTheSeniorsExpectedLoss(TestReporter reporter) {
        Tornado t = tornadoOf(staking, "/tranches/0/share", "tranche:Senior:el",
                new DesignRun("base", List.of(1L), 1_000));
        TornadoBar share = bar(t, "/tranches/0/share");
        reporter.publishEntry("senior share", share.toString());
        assertEquals(0.45, share.lowInput(), 1e-12); // a smaller senior: more subordination beneath it
        assertTrue(share.lowValue() < t.base() && t.base() < share.highValue(), share + " base " + t.base());
    }

    @Test
    void barsAreRankedBySwingAndTheBaseIsTheDirectRun() {
        DesignRun run = new DesignRun("base", List.of(3L), 300);
        Tornado t = tornado(staking, "tranche:Senior:el", run);
        for (int i = 1; i < t.bars().size(); i++) {
            assertTrue(t.bars().get(i - 1).swing() >= t.bars().get(i).swing());
        }
        double direct = MetricSpec.parse("tranche:Senior:el").of(Simulator.run(staking,
                RunSettings.of(staking).withPaths(300).withSeed(3).withThreads(1)));
        assertEquals(direct, t.base());
        int listed = StructureOverrides.numericParameters(staking).size();
        assertEquals(listed, t.bars().size() + t.skipped().size());
    }

    @Test
    void zeroParametersUnderARelativeBumpAreSkippedSayingWhy() {
        Tornado t = tornado(lending, "tranche:Senior:el", new DesignRun("base", List.of(1L), 100));
        Map<String, String> skipped = t.skipped().stream().collect(Collectors.toMap(Problem::pointer,
                Problem::message));
        assertTrue(skipped.get("/assets/0/drift").contains("give an absolute step"), skipped.toString());
        assertTrue(skipped.containsKey("/positions/0/oracleDelaySteps"), skipped.toString());
        assertTrue(skipped.containsKey("/initialCash"), skipped.toString());
    }

    @Test
    void aBumpPastTheRangeIsClippedAndSaysSo() {
        NumericParameter threshold = StructureOverrides.numericParameters(lending).stream()
                .filter(p -> p.pointer().equals("/positions/0/liquidationThreshold")).findFirst().orElseThrow();
        Tornado t = Sensitivity.tornado(lending, List.of(threshold), MetricSpec.parse("pool:pBadDebt"),
                Bump.relative(0.5), new DesignRun("base", List.of(1L), 100), 2, ProgressListener.NONE,
                CancellationToken.none());
        TornadoBar bar = t.bars().get(0);
        assertEquals(0.415, bar.lowInput(), 1e-12);
        assertEquals(1.0, bar.highInput()); // 0.83 x 1.5 = 1.245, past the threshold's maximum of 1
        assertTrue(bar.highClipped());
        assertFalse(bar.lowClipped());
    }

    @Test
    void anAbsoluteStepMovesByTheStep() {
        NumericParameter vol = StructureOverrides.numericParameters(staking).stream()
                .filter(p -> p.pointer().equals("/assets/0/volatility")).findFirst().orElseThrow();
        Tornado t = Sensitivity.tornado(staking, List.of(vol), MetricSpec.parse("tranche:Senior:el"),
                Bump.absolute(0.05), new DesignRun("base", List.of(1L), 100), 2, ProgressListener.NONE,
                CancellationToken.none());
        assertEquals(0.55, t.bars().get(0).lowInput(), 1e-12);
        assertEquals(0.65, t.bars().get(0).highInput(), 1e-12);
        assertFalse(t.bars().get(0).clipped());
    }

    @Test
    void aNegativeValueMovesDownToMoreNegative() {
        NumericParameter jump = StructureOverrides.numericParameters(staking).stream()
                .filter(p -> p.pointer().equals("/assets/0/jumps/meanLogJump")).findFirst().orElseThrow();
        assertEquals(-0.1, jump.value());
        Tornado t = Sensitivity.tornado(staking, List.of(jump), MetricSpec.parse("tranche:Senior:el"),
                Bump.DEFAULT, new DesignRun("base", List.of(1L), 50), 1, ProgressListener.NONE,
                CancellationToken.none());
        assertEquals(-0.11, t.bars().get(0).lowInput(), 1e-15);
        assertEquals(-0.09, t.bars().get(0).highInput(), 1e-15);
    }

    private static Tornado tornado(Structure s, String metric, DesignRun run) {
        return Sensitivity.tornado(s, MetricSpec.parse(metric), Bump.DEFAULT, run, 2, ProgressListener.NONE,
                CancellationToken.none());
    }

    /** A tornado over one parameter: what the sign tests need, at a fraction of the cost of all. */
    private static Tornado tornadoOf(Structure s, String pointer, String metric, DesignRun run) {
        List<NumericParameter> one = StructureOverrides.numericParameters(s).stream()
                .filter(p -> p.pointer().equals(pointer)).toList();
        return Sensitivity.tornado(s, one, MetricSpec.parse(metric), Bump.DEFAULT, run, 2, ProgressListener.NONE,
                CancellationToken.none());
    }

    private static TornadoBar bar(Tornado t, String pointer) {
        return t.bars().stream().filter(b -> b.pointer().equals(pointer)).findFirst().orElseThrow(
                () -> new AssertionError(pointer + " not in " + t.bars()));
    }
}
