package io.tranchelab.design;

import io.tranchelab.model.ExampleStructures;
import io.tranchelab.model.NumericField;
import io.tranchelab.model.Structure;
import io.tranchelab.model.StructureValidator;
import io.tranchelab.model.WaterfallKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A waterfall kind's parameters (docs/model.md §7.9) are numeric fields the design tools can vary (§14.1). */
class WaterfallKindOverrideTest {

    private final Structure goldfinch = ExampleStructures.ofEachKind().get(4);

    @Test
    void aKindsParametersAreListedAndCanBeOverriddenAtTheirPointers() {
        List<String> pointers = StructureValidator.numericFields(goldfinch).stream().map(NumericField::pointer).toList();
        assertTrue(pointers.contains("/waterfall/distribution/juniorFee"), pointers.toString());
        Structure varied = StructureOverrides.apply(goldfinch,
                List.of(new ParameterOverride("/waterfall/distribution/juniorFee", 0.3)));
        assertEquals(new WaterfallKind.Goldfinch(0.1, 0.3), varied.waterfall().kind());
    }

    @Test
    void anOverrideOutsideTheKindsRangeIsRefusedAtItsPointer() {
        InvalidOverrideException e = assertThrows(InvalidOverrideException.class, () -> StructureOverrides.apply(
                goldfinch, List.of(new ParameterOverride("/waterfall/distribution/juniorFee", 0.9))));
        assertTrue(e.getMessage().contains("/waterfall/distribution/juniorFee"), e.getMessage());
    }
}
