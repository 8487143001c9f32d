package io.tranchelab.ui.metrics;

import io.tranchelab.sim.PoolMetrics;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.format.Formats;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The metrics table's rows and the pool summary line, from the latest run. */
public final class MetricsViewModel {

    private final ObservableList<MetricsRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper poolSummary = new ReadOnlyStringWrapper(this, "poolSummary", "");

    private final ObservableValue<String> badge;
    private final ObservableValue<Boolean> stale;

    public MetricsViewModel(ObservableValue<SimulationResult> result) {
        this(result, new SimpleStringProperty(""), new SimpleBooleanProperty(false));
    }

    /**
     * @param badge what the table carries while it is a preview or stale
     * @param stale whether the rows are of another structure or scenario than the one on screen: greyed
     */
    public MetricsViewModel(ObservableValue<SimulationResult> result, ObservableValue<String> badge,
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
        rows.setAll(r.tranches().stream().map(MetricsRow::of).toList());
        PoolMetrics p = r.pool();
        poolSummary.set("Pool " + Formats.money(p.initialValue()) + "   credit loss " + Formats.percent(p.expectedCreditLoss())
                + "   P(bad debt) " + Formats.percent(p.probabilityOfBadDebt()) + "   E[bad debt] "
                + Formats.money(p.expectedBadDebt()) + "   E[liquidated] " + Formats.money(p.expectedLiquidationVolume())
                + "   final value 5/50/95: " + Formats.money(p.finalValue5()) + " / " + Formats.money(p.finalValue50())
                + " / " + Formats.money(p.finalValue95()) + "   (" + Formats.count(r.paths()) + " paths, scenario "
                + r.scenario() + ")");
    }

    public ObservableValue<String> badgeProperty() {
        return badge;
    }

    public ObservableValue<Boolean> staleProperty() {
        return stale;
    }

    public ObservableList<MetricsRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty poolSummaryProperty() {
        return poolSummary.getReadOnlyProperty();
    }
}
