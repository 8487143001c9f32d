package io.tranchelab.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each waterfall kind asks of a structure (docs/model.md §2.6, §7.9), each refusal at its pointer. */
class WaterfallKindRulesTest {

    private static final String AT = "/waterfall/distribution/";

    @Test
    void everyExampleKindIsValid() {
        for (Structure s : ExampleStructures.ofEachKind()) {
            assertEquals(List.of(), StructureValidator.validate(s), s.waterfall().kind().id());
        }
    }

    static Stream<Object[]> refusals() {
        return Stream.of(
                new Object[] {new WaterfallKind.ProRata(-0.1), AT + "switchCoverage"},
                new Object[] {new WaterfallKind.ProRata(2.01), AT + "switchCoverage"},
                new Object[] {new WaterfallKind.SmartYield(0.51), AT + "gainFee"},
                new Object[] {new WaterfallKind.PerpetualYield(1.01, 0, 0), AT + "aprSplitRatio"},
                new Object[] {new WaterfallKind.PerpetualYield(0.2, -0.01, 0), AT + "lossTolerance"},
                new Object[] {new WaterfallKind.PerpetualYield(0.2, 0, 0.51), AT + "performanceFee"},
                new Object[] {new WaterfallKind.Tinlake(1, 1), AT + "minSeniorRatio"},
                new Object[] {new WaterfallKind.Tinlake(0.5, 0), AT + "maxSeniorRatio"},
                new Object[] {new WaterfallKind.Tinlake(0.8, 0.7), AT + "maxSeniorRatio"},
                new Object[] {new WaterfallKind.Goldfinch(0.51, 0), AT + "protocolFee"},
                new Object[] {new WaterfallKind.Goldfinch(0, -0.1), AT + "juniorFee"});
    }

    @ParameterizedTest(name = "{0} refused at {1}")
    @MethodSource("refusals")
    void anOutOfRangeParameterIsRefusedAtItsPointer(WaterfallKind kind, String pointer) {
        Structure s = twoTranches(0).withWaterfall(new WaterfallTerms(0, 0, 0, kind));
        List<Problem> problems = StructureValidator.validate(s);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(pointer, problems.get(0).pointer());
    }

    @Test
    void aProtocolKindNeedsTwoTranchesNoReserveNoTriggerAndASeniorCouponOnlyWhereItIsARate() {
        Structure full = ExampleStructures.full(); // three tranches, reserve 2 %, OC 1.10, senior coupon 5 %
        Structure goldfinch = full.withWaterfall(full.waterfall().withKind(new WaterfallKind.Goldfinch(0.1, 0.2)));
        List<String> pointers = StructureValidator.validate(goldfinch).stream().map(Problem::pointer).toList();
        assertEquals(List.of("/tranches", "/waterfall/reserveTarget", "/waterfall/ocThreshold", "/tranches/0/coupon"),
                pointers);
        assertTrue(StructureValidator.validate(goldfinch).get(0).message().contains("exactly two"));
        // SMART Yield's and Tinlake's senior coupon is its fixed rate: allowed
        for (WaterfallKind rated : List.of(new WaterfallKind.SmartYield(0.05), new WaterfallKind.Tinlake(0.7, 0.9))) {
            assertEquals(List.of(), StructureValidator.validate(twoTranches(0.05)
                    .withWaterfall(new WaterfallTerms(0, 0, 0, rated))));
        }
        // pro-rata keeps the sequential rules' tranches, reserve and trigger
        assertEquals(List.of(), StructureValidator.validate(
                full.withWaterfall(full.waterfall().withKind(new WaterfallKind.ProRata(0.9)))));
    }

    @Test
    void aGoldfinchSeniorLeftWithNoInterestIsRefused() {
        Structure s = twoTranches(0).withWaterfall(new WaterfallTerms(0, 0, 0, new WaterfallKind.Goldfinch(0.5, 0.5)));
        List<Problem> problems = StructureValidator.validate(s);
        assertEquals(AT + "juniorFee", problems.get(0).pointer());
        assertTrue(problems.get(0).message().contains("less than 1"), problems.toString());
    }

    private static Structure twoTranches(double seniorCoupon) {
        return ExampleStructures.minimal().withTranches(List.of(new Tranche("Senior", 0.8, seniorCoupon),
                new Tranche("Junior", 0.2, 0)));
    }
}
