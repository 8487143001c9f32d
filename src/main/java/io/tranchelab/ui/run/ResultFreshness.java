package io.tranchelab.ui.run;

import io.tranchelab.format.Formats;
import io.tranchelab.model.Structure;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

import java.util.function.BooleanSupplier;

/**
 * Whether the charts and table show the run of what is on screen now. A result of another
 * structure or scenario (an edit or a file opened since, its run still computing) is stale and
 * says so; a preview says it is one and how many paths it has, until the full run lands. The
 * badge is empty only for the full run of the current structure and scenario.
 */
public final class ResultFreshness {

    private final BooleanBinding stale;
    private final StringBinding badge;

    /**
     * @param structure the structure on screen
     * @param scenario  the scenario picked for the live run
     * @param inGesture whether a drag is under way (its previews are of passing values, not stale)
     */
    public ResultFreshness(SimulationService simulation, ObservableValue<Structure> structure,
                           ObservableValue<String> scenario, BooleanSupplier inGesture) {
        stale = Bindings.createBooleanBinding(() -> {
            SimulationService.Shown shown = simulation.shownProperty().get();
            if (shown == null) {
                return false;
            }
            boolean current = shown.structure().equals(structure.getValue())
                    && shown.scenario().equals(scenario.getValue());
            return !current && !(shown.kind() == RunKind.PREVIEW && inGesture.getAsBoolean());
        }, simulation.shownProperty(), structure, scenario);
        badge = Bindings.createStringBinding(() -> {
            SimulationService.Shown shown = simulation.shownProperty().get();
            if (shown == null) {
                return "";
            }
            if (stale.get()) {
                return simulation.isBusy() ? "Stale: computing\u2026" : "Stale: not the current terms";
            }
            return shown.kind() == RunKind.PREVIEW ? "Preview \u00b7 " + Formats.count(shown.result().paths()) + " paths"
                    : "";
        }, stale, simulation.shownProperty(), simulation.busyProperty());
    }

    /** True while the shown result is of another structure or scenario than the one on screen. */
    public BooleanBinding staleProperty() {
        return stale;
    }

    /** "Preview · 2,000 paths", "Stale: computing…", or empty for the current full run. */
    public StringBinding badgeProperty() {
        return badge;
    }
}
