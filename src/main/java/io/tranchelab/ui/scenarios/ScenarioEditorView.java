package io.tranchelab.ui.scenarios;

import io.tranchelab.model.DepegShock;
import io.tranchelab.model.KeeperOutage;
import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Shock;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.DoublePredicate;

/**
 * The structure's own scenarios: a list (add, remove) and the selected one's name, overrides,
 * drifts and shocks. A field commits on Enter or when it loses focus; a refused value shows the
 * problem in red under the form and the field goes back to the structure's value.
 */
public final class ScenarioEditorView extends BorderPane {

    private final ScenarioEditorViewModel viewModel;
    private final ListView<String> list;
    private final TextField name = new TextField();
    private final TextField volatility = new TextField();
    private final TextField capacity = new TextField();
    private final TextField depth = new TextField();
    private final TextField correlation = new TextField();
    private final TextField pdMultiplier = new TextField();
    private final TextField creditFactor = new TextField();
    private final TextField drift = new TextField();
    private final ListView<String> shocks = new ListView<>();
    private final ComboBox<String> shockType = new ComboBox<>();
    private final TextField shockFields = new TextField();

    public ScenarioEditorView(ScenarioEditorViewModel viewModel) {
        this.viewModel = viewModel;
        this.list = new ListView<>(viewModel.names());
        createView();
        initListeners();
        showSelected();
    }

    private void createView() {
        setId("scenario-editor");
        setPadding(new Insets(8));
        Button add = new Button("Add");
        add.setOnAction(e -> viewModel.add());
        Button remove = new Button("Remove");
        remove.setOnAction(e -> viewModel.remove());
        list.setPrefWidth(200);
        setLeft(new VBox(6, list, new HBox(6, add, remove)));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.setPadding(new Insets(0, 0, 0, 12));
        int row = 0;
        String example = viewModel.shownProperty().get().assets().isEmpty() ? "ETH"
                : viewModel.shownProperty().get().assets().get(0).id();
        form.addRow(row++, label("Name", "The scenario's name, as pickers, slides and reports show it."), name);
        form.addRow(row++, label("Volatility multiplier", "Multiplies every asset's volatility (1 = as in the"
                + " structure, 2 = twice as volatile)."), volatility);
        form.addRow(row++, label("Liquidation capacity multiplier", "Multiplies the keepers' liquidation capacity"
                + " (0 models keepers that fail, as in March 2020's zero-bid auctions)."), capacity);
        form.addRow(row++, label("Market depth multiplier", "Multiplies every asset's market depth (below 1: a"
                + " thinner market, so liquidation sales move the price more)."), depth);
        form.addRow(row++, label("Correlation override", "One correlation between every pair of assets, from -1"
                + " to 1; blank keeps the structure's matrix."), correlation);
        form.addRow(row++, label("PD multiplier", "Credit stress: multiplies every credit line's annual default"
                + " probability (1 = as stated, 3 = three times as likely; capped at 99.9 % a year)."), pdMultiplier);
        form.addRow(row++, label("Credit factor shift", "Credit stress: added to the credit lines' systemic factor,"
                + " in standard deviations (0 = none, -2 = a two-sigma downturn: more defaults together)."),
                creditFactor);
        form.addRow(row++, label("Drift overrides", "Yearly drift per asset as a decimal, e.g. " + example
                + "=-0.5 for -50 % a year; several separated by commas; blank for none."), drift);
        correlation.setPromptText("blank: none");
        drift.setPromptText("e.g. " + example + "=-0.5");
        shockType.getItems().setAll("PRICE", "DEPEG", "KEEPER_OUTAGE");
        shockType.setValue("PRICE");
        shockFields.setPromptText("PRICE: asset step log-return | DEPEG: asset step depth half-life-days"
                + " | KEEPER_OUTAGE: asset step steps multiplier");
        Button addShock = new Button("Add shock");
        addShock.setOnAction(e -> addShock());
        Button removeShock = new Button("Remove shock");
        removeShock.setOnAction(e -> viewModel.removeShock(shocks.getSelectionModel().getSelectedIndex()));
        shocks.setPrefHeight(160);
        form.add(label("Shocks", "Events at a given step of every path: a price jump (log-return), a depeg"
                + " of a pegged asset, or a keeper outage."), 0, row);
        shockType.setTooltip(new javafx.scene.control.Tooltip("The kind of shock to add"));
        shockFields.setTooltip(new javafx.scene.control.Tooltip(shockFields.getPromptText()));
        form.add(shocks, 1, row++);
        form.add(new HBox(6, shockType, shockFields, addShock, removeShock), 1, row++);
        Label error = new Label();
        error.setId("scenario-error");
        error.setStyle("-fx-text-fill: #cf222e;");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        form.add(error, 0, row, 2, 1);
        shockFields.setPrefColumnCount(24);
        setCenter(form);
    }

    private void initListeners() {
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) {
                viewModel.selectedProperty().set(now.intValue());
            }
        });
        viewModel.selectedProperty().addListener((o, was, now) -> showSelected());
        viewModel.shownProperty().addListener((o, was, now) -> showSelected());
        commit(name, () -> viewModel.rename(name.getText()));
        number(volatility, ScenarioField.VOLATILITY, false);
        number(capacity, ScenarioField.LIQUIDATION_CAPACITY, false);
        number(depth, ScenarioField.MARKET_DEPTH, false);
        number(correlation, ScenarioField.CORRELATION, true);
        number(pdMultiplier, ScenarioField.DEFAULT_PROBABILITY, false);
        number(creditFactor, ScenarioField.CREDIT_FACTOR, false);
        commit(drift, () -> viewModel.setDrifts(drift.getText()));
    }

    private void number(TextField field, ScenarioField which, boolean blankIsNone) {
        commit(field, () -> {
            String text = field.getText().strip();
            double value = blankIsNone && text.isEmpty() ? Double.NaN : parse(text);
            if (Double.isNaN(value) && !(blankIsNone && text.isEmpty())) {
                viewModel.reject(ScenarioEditorViewModel.describe(new io.tranchelab.model.Problem(
                        "/scenarios/0/" + which.json(), "\"" + text + "\" is not a number")));
                return false;
            }
            return viewModel.set(which, value);
        });
    }

    private void addShock() {
        String[] p = shockFields.getText().strip().split("\\s+");
        try {
            Shock shock = switch (shockType.getValue()) {
                case "PRICE" -> new PriceShock(p[0], Integer.parseInt(p[1]), Double.parseDouble(p[2]));
                case "DEPEG" -> new DepegShock(p[0], Integer.parseInt(p[1]), Double.parseDouble(p[2]),
                        Double.parseDouble(p[3]));
                default -> new KeeperOutage(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                        Double.parseDouble(p[3]));
            };
            if (viewModel.addShock(shock)) {
                shockFields.clear();
            }
            shockFields.setStyle("");
        } catch (RuntimeException e) {
            shockFields.setStyle("-fx-border-color: #cf222e;");
            viewModel.reject("Shock: " + shockType.getValue() + " takes " + switch (shockType.getValue()) {
                case "PRICE" -> "asset step log-return, e.g. ETH 10 -0.5";
                case "DEPEG" -> "asset step depth half-life-days, e.g. stETH 10 0.04 30";
                default -> "asset step steps multiplier, e.g. ETH 10 5 0";
            } + " (\"" + shockFields.getText().strip() + "\" is not that)");
        }
    }

    /** A form label that is never cut ("Volatilit..."), with the field's explanation as tooltip. */
    private static Label label(String text, String tip) {
        Label label = new Label(text);
        label.setMinWidth(Label.USE_PREF_SIZE);
        javafx.scene.control.Tooltip tooltip = new javafx.scene.control.Tooltip(tip);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        label.setTooltip(tooltip);
        return label;
    }

    private static void commit(TextField field, java.util.function.BooleanSupplier action) {
        Runnable apply = () -> {
            boolean ok = action.getAsBoolean();
            field.setStyle(ok ? "" : "-fx-border-color: #cf222e;");
        };
        field.setOnAction(e -> apply.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                apply.run();
            }
        });
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private void showSelected() {
        int i = viewModel.selectedProperty().get();
        if (i >= 0 && i != list.getSelectionModel().getSelectedIndex()) {
            list.getSelectionModel().select(i);
        }
        Scenario s = viewModel.selectedScenario().orElse(null);
        boolean none = s == null;
        for (var field : new TextField[] {name, volatility, capacity, depth, correlation, pdMultiplier, creditFactor,
                drift}) {
            field.setDisable(none);
        }
        if (none) {
            shocks.getItems().clear();
            return;
        }
        name.setText(s.name());
        volatility.setText(String.valueOf(s.volatilityMultiplier()));
        capacity.setText(String.valueOf(s.liquidationCapacityMultiplier()));
        depth.setText(String.valueOf(s.marketDepthMultiplier()));
        correlation.setText(s.correlationOverride().isPresent() ? String.valueOf(s.correlationOverride().getAsDouble()) : "");
        pdMultiplier.setText(String.valueOf(s.defaultProbabilityMultiplier()));
        creditFactor.setText(String.valueOf(s.creditFactorShift()));
        drift.setText(String.join(", ", new java.util.TreeMap<>(s.driftOverrides()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        shocks.getItems().setAll(s.shocks().stream().map(ScenarioEditorView::describe).toList());
    }

    static String describe(Shock shock) {
        if (shock instanceof PriceShock p) {
            return String.format(Locale.ROOT, "PRICE %s step %d: log-return %.4f (%+.1f %%)", p.asset(), p.step(),
                    p.logReturn(), 100 * Math.expm1(p.logReturn()));
        }
        if (shock instanceof DepegShock d) {
            return String.format(Locale.ROOT, "DEPEG %s step %d: depth %.1f %%, half-life %.1f days", d.asset(),
                    d.step(), 100 * d.depth(), d.halfLifeDays());
        }
        KeeperOutage k = (KeeperOutage) shock;
        return String.format(Locale.ROOT, "KEEPER_OUTAGE %s step %d for %d steps: capacity x %.2f", k.asset(),
                k.step(), k.steps(), k.capacityMultiplier());
    }
}
