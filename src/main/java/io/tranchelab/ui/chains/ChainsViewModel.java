package io.tranchelab.ui.chains;

import io.tranchelab.report.ChainTables;
import io.tranchelab.sim.CrossChainMetrics;
import io.tranchelab.sim.SimulationResult;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The Chains panel's rows, from the run the metrics table shows (docs/model.md §8.14): per bridge
 * and per chain the cells every view writes ({@link ChainTables}), the pool's line, and whether
 * there is anything to show at all (a pool on one chain has no panel). The same preview badge and
 * stale marking as the metrics table, from the same {@link io.tranchelab.ui.run.ResultFreshness}.
 */
public final class ChainsViewModel {

    private final ObservableList<List<String>> bridgeRows = FXCollections.observableArrayList();
    private final ObservableList<List<String>> chainRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ObservableValue<String> badge;
    private final ObservableValue<Boolean> stale;

    public ChainsViewModel(ObservableValue<SimulationResult> result) {
        this(result, new SimpleStringProperty(""), new SimpleBooleanProperty(false));
    }

    /**
     * @param badge what the panel carries while it is a preview or stale
     * @param stale whether the figures are of another structure or scenario than the one on screen: greyed
     */
    public ChainsViewModel(ObservableValue<SimulationResult> result, ObservableValue<String> badge,
                           ObservableValue<Boolean> stale) {
        this.badge = badge;
        this.stale = stale;
        result.addListener((o, was, now) -> show(now));
        show(result.getValue());
    }

    private void show(SimulationResult r) {
        if (r == null) {
            return;
        }
        CrossChainMetrics chains = r.crossChain();
        shown.set(!chains.onOneChain());
        bridgeRows.setAll(ChainTables.bridgeRows(chains));
        chainRows.setAll(ChainTables.chainRows(chains));
        summary.set(chains.onOneChain() ? "" : ChainTables.summary(chains));
    }

    /** False for a pool on one chain (or before the first run): the panel is then not in the window at all. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ObservableList<List<String>> bridgeRows() {
        return bridgeRows;
    }

    public ObservableList<List<String>> chainRows() {
        return chainRows;
    }

    /** "Bridge losses $1.5M (1.51 % of the pool), P(any bridge loss) 11.50 %". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableValue<String> badgeProperty() {
        return badge;
    }

    public ObservableValue<Boolean> staleProperty() {
        return stale;
    }
}
