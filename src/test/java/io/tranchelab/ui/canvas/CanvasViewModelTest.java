package io.tranchelab.ui.canvas;

import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.ui.ResultFixtures;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.edit.PositionEdits;
import io.tranchelab.ui.edit.Selection;
import io.tranchelab.ui.edit.StructureEditor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CanvasViewModelTest {

    private final ObjectProperty<Structure> structure = new SimpleObjectProperty<>(TestStructures.quick());
    private final ObjectProperty<SimulationResult> result = new SimpleObjectProperty<>();
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(Selection.POOL);
    private final StructureEditor editor = new StructureEditor() {
        @Override
        public Structure current() {
            return structure.get();
        }

        @Override
        public List<Problem> edit(Structure next, boolean ongoing) {
            structure.set(next);
            return List.of();
        }

        @Override
        public void endGesture() {
        }
    };
    private final CanvasViewModel canvas = new CanvasViewModel(editor, structure, result, selection);

    @Test
    void positionsShowKindSizeYieldAndShareOfThePool() {
        CanvasViewModel.PositionItem loans = canvas.positions().get(0);
        assertEquals("LOAN_BOOK", loans.kind());
        assertEquals("$50.0M", loans.size());
        assertEquals("6.00 %", loans.yield());
        assertEquals(50.0 / 80.0, loans.share(), 1e-12);
    }

    @Test
    void eachTrancheShowsTheLiveExpectedLossOfAMatchingRun() {
        assertEquals("EL ...", canvas.tranches().get(0).expectedLoss());
        result.set(ResultFixtures.withLosses(structure.get(), 10, 0.0012, 0.05, 0.4));
        assertEquals("EL 0.12 %", canvas.tranches().get(0).expectedLoss());
        assertEquals("EL 40.00 %", canvas.tranches().get(2).expectedLoss());
        assertEquals("residual", canvas.tranches().get(2).coupon());
    }

    @Test
    void addingATrancheSplitsTheSelectedOneAndSelectsTheNewOne() {
        selection.set(new Selection.Tranche(0));
        canvas.addTranche();
        assertEquals(4, structure.get().tranches().size());
        assertEquals(new Selection.Tranche(1), selection.get());
        assertEquals(0.35, structure.get().tranches().get(1).share(), 1e-12);
    }

    @Test
    void movingAndRemovingFollowTheSelectionAndRespectTheEquity() {
        selection.set(new Selection.Tranche(2));
        assertFalse(canvas.canRemoveProperty().get(), "the equity stays");
        selection.set(new Selection.Tranche(1));
        assertTrue(canvas.canMoveUpProperty().get());
        canvas.moveSelected(-1);
        assertEquals("Mezzanine", structure.get().tranches().get(0).name());
        assertEquals(new Selection.Tranche(0), selection.get());
        canvas.removeSelected();
        assertEquals(List.of("Senior", "Equity"), structure.get().tranches().stream().map(t -> t.name()).toList());
    }

    @Test
    void anAddedPositionIsSelected() {
        canvas.addPosition(PositionEdits.Kind.CREDIT_LINE);
        assertEquals(new Selection.Position(2), selection.get());
        assertEquals("CREDIT_LINE", canvas.positions().get(2).kind());
    }
}
