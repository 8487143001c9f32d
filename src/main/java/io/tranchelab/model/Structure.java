package io.tranchelab.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A complete structure (docs/model.md §2): the market, what the pool holds, how its cash is
 * split, and the scenarios to stress it with. Immutable; an edit makes a new structure through the
 * {@code with...} methods, so undo is a stack of values and background runs are race-free.
 *
 * <p>The JSON format mirrors this record (see docs/format.md), so a JSON pointer such as
 * {@code /tranches/2/share} names the same thing here and in the file. The components after
 * {@code scenarios} came with schemaVersion 2; each has a default that behaves as version 1 did.
 *
 * @param scorecard the scorecard that scores credit lines from their history (docs/model.md §2.9)
 * @param crossChain the chains and bridges positions live on (docs/model.md §2.10)
 * @param hedges the hedging overlay (docs/model.md §2.11)
 */
public record Structure(
        String name,
        String description,
        SimulationSettings simulation,
        List<Asset> assets,
        CorrelationMatrix correlations,
        double initialCash,
        List<Position> positions,
        List<Tranche> tranches,
        WaterfallTerms waterfall,
        List<ScoreBand> creditScoreTable,
        List<Scenario> scenarios,
        Scorecard scorecard,
        CrossChain crossChain,
        List<Hedge> hedges) {

    public Structure {
        name = Objects.requireNonNullElse(name, "");
        description = Objects.requireNonNullElse(description, "");
        Objects.requireNonNull(simulation, "simulation");
        assets = List.copyOf(assets);
        Objects.requireNonNull(correlations, "correlations");
        positions = List.copyOf(positions);
        tranches = List.copyOf(tranches);
        Objects.requireNonNull(waterfall, "waterfall");
        creditScoreTable = creditScoreTable == null ? List.of() : List.copyOf(creditScoreTable);
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        scorecard = Objects.requireNonNullElse(scorecard, Scorecard.DEFAULT);
        // a placement follows its position: one whose position is gone is dropped (docs/model.md §2.10)
        crossChain = Objects.requireNonNullElse(crossChain, CrossChain.NONE).retaining(positions);
        hedges = hedges == null ? List.of() : List.copyOf(hedges);
    }

    /** A structure of schemaVersion 1's parts; each later part at its default (set with its {@code with...} method). */
    public Structure(String name, String description, SimulationSettings simulation, List<Asset> assets,
                     CorrelationMatrix correlations, double initialCash, List<Position> positions,
                     List<Tranche> tranches, WaterfallTerms waterfall, List<ScoreBand> creditScoreTable,
                     List<Scenario> scenarios) {
        this(name, description, simulation, assets, correlations, initialCash, positions, tranches, waterfall,
                creditScoreTable, scenarios, Scorecard.DEFAULT, CrossChain.NONE, List.of());
    }

    public Optional<Asset> asset(String id) {
        return assets.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public int assetIndex(String id) {
        for (int i = 0; i < assets.size(); i++) {
            if (assets.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Scenario> scenario(String scenarioName) {
        return scenarios.stream().filter(s -> s.name().equals(scenarioName)).findFirst();
    }

    /** The tranche that takes the residual: always the last one. */
    public Tranche equity() {
        return tranches.get(tranches.size() - 1);
    }


    public Structure withName(String value) {
        return new Structure(value, description, simulation, assets, correlations, initialCash, positions,
                tranches, waterfall, creditScoreTable, scenarios, scorecard, crossChain, hedges);
    }

    public Structure withDescription(String value) {
        return new Structure(name, value, simulation, assets, correlations, initialCash, positions,
                tranches, waterfall, creditScoreTable, scenarios, scorecard, crossChain, hedges);
    }

    public Structure withSimulation(SimulationSettings value) {
        return new Structure(name, description, value, assets, correlations, initialCash, positions,
                tranches, waterfall, creditScoreTable, scenarios, scorecard, crossChain, hedges);
    }

    public Structure withAssets(List<Asset> value) {
        return new Structure(name, description, simulation, value, correlations, initialCash, positions,
                tranches, waterfall, creditScoreTable, scenarios, scorecard, crossChain, hedges);
    }

    public Structure withCorrelations(CorrelationMatrix value) {
        return new Structure(name, description, simulation, assets, value, initialCash, positions,
                tranches, waterfall, creditScoreTable, scenarios, scorecard, crossChain, hedges);
    }

    public Structure withInitialCash(double value) {
        return new Structure(name, description, simulation, assets, correlations, value, positions,
                tranches, waterfall, creditScoreTable, scenarios, scorecard, crossChain, hedges);
    }

    public Structure withPositions(List<Position> value) {
        return new Structure(name, description, simulation, assets, correlations, initialCash, value,
                tranches, waterfall, creditScoreTable, scenarios, scorecard, crossChain, hedges);
    }

    public Structure withTranches(List<Tranche> value) {
        return new Structure(name, description, simulation, assets, correlations, initialCash, positions,
                value, waterfall, creditScoreTable, scenarios, scorecard, crossChain, hedges);
    }

    public Structure withWaterfall(WaterfallTerms value) {
        return new Structure(name, description, simulation, assets, correlations, initialCash, positions,
                tranches, value, creditScoreTable, scenarios, scorecard, crossChain, hedges);
    }

    public Structure withCreditScoreTable(List<ScoreBand> value) {
        return new Structure(name, description, simulation, assets, correlations, initialCash, positions,
                tranches, waterfall, value, scenarios, scorecard, crossChain, hedges);
    }

    public Structure withScenarios(List<Scenario> value) {
        return new Structure(name, description, simulation, assets, correlations, initialCash, positions,
                tranches, waterfall, creditScoreTable, value, scorecard, crossChain, hedges);
    }

    public Structure withScorecard(Scorecard value) {
        return new Structure(name, description, simulation, assets, correlations, initialCash, positions,
                tranches, waterfall, creditScoreTable, scenarios, value, crossChain, hedges);
    }

    public Structure withCrossChain(CrossChain value) {
        return new Structure(name, description, simulation, assets, correlations, initialCash, positions,
                tranches, waterfall, creditScoreTable, scenarios, scorecard, value, hedges);
    }

    public Structure withHedges(List<Hedge> value) {
        return new Structure(name, description, simulation, assets, correlations, initialCash, positions,
                tranches, waterfall, creditScoreTable, scenarios, scorecard, crossChain, value);
    }
}
