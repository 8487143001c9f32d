package io.tranchelab.ui.scenarios;

import io.tranchelab.model.Problem;
import io.tranchelab.model.Scenario;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.document.StructureDocument;
import io.tranchelab.ui.edit.StructureEditor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scenario editor speaks the form's language and never drops what was typed in silence. */
class ScenarioEditorMessagesTest {

    private final StructureDocument document = new StructureDocument(TestStructures.quick(), null);
    private final StructureEditor editor = new StructureEditor() {
        @Override
        public io.tranchelab.model.Structure current() {
            return document.structure();
        }

        @Override
        public List<Problem> edit(io.tranchelab.model.Structure next, boolean ongoing) {
            List<Problem> problems = io.tranchelab.model.StructureValidator.validate(next);
            if (problems.isEmpty()) {
                document.edit(next, ongoing);
            }
            return problems;
        }

        @Override
        public void endGesture() {
        }
    };
    private final ScenarioEditorViewModel vm = new ScenarioEditorViewModel(editor, document.structureProperty());

    @Test
    void problemsNameTheFieldAsTheFormLabelsIt() {
        assertEquals("Volatility multiplier: must be positive", ScenarioEditorViewModel.describe(
                new Problem("/scenarios/2/volatilityMultiplier", "must be positive")));
        assertEquals("Shock 3, log return: must be finite", ScenarioEditorViewModel.describe(
                new Problem("/scenarios/0/shocks/2/logReturn", "must be finite")));
        assertEquals("Drift override of ETH: too large", ScenarioEditorViewModel.describe(
                new Problem("/scenarios/0/driftOverrides/ETH", "too large")));
    }

    @Test
    void aDriftForAnAssetTheStructureLacksIsRefusedNamingIt() {
        vm.add();
        assertFalse(vm.setDrifts("ETH=-0.5, BTC=0"));
        assertTrue(vm.errorProperty().get().contains("BTC"), vm.errorProperty().get());
        assertTrue(vm.errorProperty().get().contains("ETH"), "names the assets there are");
        Scenario s = vm.selectedScenario().orElseThrow();
        assertTrue(s.driftOverrides().isEmpty(), "nothing half-applied");

        assertTrue(vm.setDrifts("ETH=-0.5"));
        assertEquals(-0.5, vm.selectedScenario().orElseThrow().driftOverrides().get("ETH"), 1e-12);
        assertFalse(vm.setDrifts("ETH=fast"));
        assertTrue(vm.errorProperty().get().contains("ETH=fast"), vm.errorProperty().get());
    }
}
