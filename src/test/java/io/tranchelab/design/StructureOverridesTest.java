package io.tranchelab.design;

import io.tranchelab.model.ExampleStructures;
import io.tranchelab.model.LoanBook;
import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.model.VolatileAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StructureOverridesTest {

    private final Structure lending = Samples.lending();

    @Test
    void anOverrideChangesThatNumberAndNothingElse() {
        Structure applied = StructureOverrides.apply(lending, List.of(new ParameterOverride("/assets/0/volatility", 0.8),
                new ParameterOverride("/positions/0/liquidationCapacity", 2.5e6)));
        LoanBook book = (LoanBook) lending.positions().get(0);
        Structure byHand = lending.withAssets(List.of(((VolatileAsset) lending.assets().get(0)).withVolatility(0.8)))
                .withPositions(List.of(book.withLiquidationCapacity(OptionalDouble.of(2.5e6))));
        assertEquals(byHand, applied);
    }

    @Test
    void noOverridesIsTheBaseItself() {
        assertSame(lending, StructureOverrides.apply(lending, List.of()));
    }

    @Test
    void settingTheSeniorShareRescalesTheOthersProRata() {
        // 75 / 12.5 / 12.5 -> 60 / 20 / 20: the 40 % left is split 1:1 like the 12.5:12.5 before
        Structure applied = StructureOverrides.apply(lending, List.of(new ParameterOverride("/tranches/0/share", 0.6)));
        List<Double> shares = applied.tranches().stream().map(Tranche::share).toList();
        assertEquals(0.6, shares.get(0));
        assertEquals(0.2, shares.get(1), 1e-15);
        assertEquals(0.2, shares.get(2), 1e-15);
    }

    @Test
    void unequalOthersKeepTheirRatio() {
        // full(): 70 / 20 / 10; mezzanine set to 0.3 leaves 0.7 for senior and equity, split 7:1
        Structure applied = StructureOverrides.apply(ExampleStructures.full(),
                List.of(new ParameterOverride("/tranches/1/share", 0.3)));
        assertEquals(0.6125, applied.tranches().get(0).share(), 1e-15);
        assertEquals(0.3, applied.tranches().get(1).share());
        assertEquals(0.0875, applied.tranches().get(2).share(), 1e-15);
    }

    @Test
    void twoSharesSetLeaveTheRestToTheThird() {
        Structure applied = StructureOverrides.apply(lending, List.of(new ParameterOverride("/tranches/0/share", 0.7),
                new ParameterOverride("/tranches/1/share", 0.2)));
        assertEquals(0.7, applied.tranches().get(0).share());
        assertEquals(0.2, applied.tranches().get(1).share());
        assertEquals(0.1, applied.tranches().get(2).share(), 1e-15);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 1.5})
    void aShareThatLeavesNothingForTheOthersIsRefusedAtItsPointer(double share) {
        InvalidOverrideException e = assertThrows(InvalidOverrideException.class,
                () -> StructureOverrides.apply(lending, List.of(new ParameterOverride("/tranches/0/share", share))));
        assertEquals("/tranches/0/share", e.problems().get(0).pointer());
    }

    @Test
    void sharesSetThatSumToOneOrMoreAreRefused() {
        InvalidOverrideException e = assertThrows(InvalidOverrideException.class,
                () -> StructureOverrides.apply(lending, List.of(new ParameterOverride("/tranches/0/share", 0.8),
                        new ParameterOverride("/tranches/1/share", 0.3))));
        assertEquals("/tranches/0/share", e.problems().get(0).pointer());
    }

    @Test
    void anOffDiagonalCorrelationIsMirrored() {
        Structure applied = StructureOverrides.apply(ExampleStructures.full(),
                List.of(new ParameterOverride("/correlations/0/2", 0.25)));
        assertEquals(0.25, applied.correlations().toArray()[0][2]);
        assertEquals(0.25, applied.correlations().toArray()[2][0]);
    }

    @ParameterizedTest(name = "{0} = {1} refused at {2}")
    @CsvSource({
            "/assets/0/volatilty, 0.5, /assets/0/volatilty",         // misspelt: the reader's unknown field
            "/assets/0/volatility, 6, /assets/0/volatility",          // above the 500 % limit
            "/assets/0/volatility, -0.1, /assets/0/volatility",
            "/assets/3/volatility, 0.5, /assets/3/volatility",        // no fourth asset
            "/assets/0/id, 1, /assets/0/id",                          // text, not a number
            "/positions/0/borrowers, 20.5, /positions/0/borrowers",   // a whole number
            "/positions/0/ltvLow, 0.8, /positions/0/ltvHigh",         // above ltvHigh: the validator's cross rule
            "assets/0/volatility, 0.5, assets/0/volatility",          // not a JSON pointer
            "'', 0.5, ''",                                            // the whole document
            "/tranches/0/share, 0, /tranches/0/share",
            "/simulation/paths, 0, /simulation/paths"})
    void aBadPointerOrValueIsRefusedNamingThePointer(String pointer, double value, String named) {
        InvalidOverrideException e = assertThrows(InvalidOverrideException.class,
                () -> StructureOverrides.apply(lending, List.of(new ParameterOverride(pointer, value))));
        List<String> pointers = e.problems().stream().map(Problem::pointer).toList();
        assertTrue(pointers.contains(named), pointers + " should name " + named + ": " + e.problems());
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }

    @Test
    void aNonFiniteValueIsRefused() {
        InvalidOverrideException e = assertThrows(InvalidOverrideException.class, () -> StructureOverrides.apply(
                lending, List.of(new ParameterOverride("/assets/0/volatility", Double.NaN))));
        assertEquals("/assets/0/volatility", e.problems().get(0).pointer());
    }

    @Test
    void aWholeNumberTakesAWholeValue() {
        Structure applied = StructureOverrides.apply(lending, List.of(new ParameterOverride("/positions/0/borrowers",
                30)));
        assertEquals(30, ((LoanBook) applied.positions().get(0)).borrowers());
    }

    @Test
    void valueAtReadsTheNumberAtThePointer() {
        assertEquals(0.6, StructureOverrides.valueAt(lending, "/assets/0/volatility"));
        assertEquals(1e7, StructureOverrides.valueAt(lending, "/positions/0/liquidationCapacity"));
        assertThrows(InvalidOverrideException.class, () -> StructureOverrides.valueAt(lending, "/assets/0/nope"));
    }

    @Test
    void theLendingSamplesParametersWithLabelsValuesAndRanges() {
        Map<String, NumericParameter> byPointer = StructureOverrides.numericParameters(lending).stream()
                .collect(Collectors.toMap(NumericParameter::pointer, p -> p));
        NumericParameter vol = byPointer.get("/assets/0/volatility");
        assertEquals("ETH volatility", vol.label());
        assertEquals(0.6, vol.value());
        assertTrue(vol.range().contains(0) && vol.range().contains(5) && !vol.range().contains(5.0001));
        NumericParameter capacity = byPointer.get("/positions/0/liquidationCapacity");
        assertEquals("ETH-backed USDC loans liquidation capacity", capacity.label());
        assertFalse(capacity.range().contains(0));
        assertEquals("Senior share", byPointer.get("/tranches/0/share").label());
        assertEquals("OC threshold", byPointer.get("/waterfall/ocThreshold").label().replace("Waterfall ", ""));
        assertTrue(byPointer.get("/positions/0/borrowers").whole());
        for (String absent : List.of("/simulation/paths", "/simulation/horizonYears", "/correlations/0/0",
                "/tranches/2/coupon", "/scenarios/0/volatilityMultiplier")) {
            assertFalse(byPointer.containsKey(absent), absent);
        }
    }

    /**
     * For every parameter of every sample and of the full example: its own value reads back the same
     * structure, and a value just past a finite end of its range is refused at its pointer. The
     * validator, not this code, decides what is refused, so the ranges listed are the ones enforced.
     */
    @ParameterizedTest
    @ValueSource(strings = {"eth-lending-book.json", "staking-steth-note.json", "lp-fee-pool.json",
            "credit-pool-reputation.json", "full"})
    void everyListedRangeIsTheOneTheValidatorEnforces(String sample) {
        Structure s = sample.equals("full") ? ExampleStructures.full() : Samples.read(sample);
        List<NumericParameter> parameters = StructureOverrides.numericParameters(s);
        assertFalse(parameters.isEmpty());
        for (NumericParameter p : parameters) {
            assertTrue(p.range().contains(p.value()), p.toString());
            assertEquals(s, StructureOverrides.apply(s, List.of(new ParameterOverride(p.pointer(), p.value()))),
                    p.pointer());
            if (p.pointer().endsWith("/share")) {
                continue; // the share rule rescales the others instead
            }
            double high = p.range().high();
            if (Double.isFinite(high)) {
                double past = p.whole() ? high + 1 : Math.max(Math.nextUp(high), high * (1 + 1e-9));
                assertRefusedAt(s, p.pointer(), p.range().highIncluded() ? past : high);
            }
            double low = p.range().low();
            if (Double.isFinite(low)) {
                double past = p.whole() ? low - 1 : low - Math.max(Math.ulp(low), Math.abs(low) * 1e-9);
                assertRefusedAt(s, p.pointer(), p.range().lowIncluded() ? past : low);
            }
        }
    }

    private static void assertRefusedAt(Structure s, String pointer, double value) {
        InvalidOverrideException e = assertThrows(InvalidOverrideException.class,
                () -> StructureOverrides.apply(s, List.of(new ParameterOverride(pointer, value))),
                pointer + " = " + value);
        assertTrue(e.problems().stream().anyMatch(problem -> problem.pointer().equals(pointer)),
                pointer + " = " + value + ": " + e.problems());
    }
}
