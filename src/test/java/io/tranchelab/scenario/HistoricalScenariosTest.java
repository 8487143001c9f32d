package io.tranchelab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tranchelab.model.Asset;
import io.tranchelab.model.CorrelationMatrix;
import io.tranchelab.model.Depeg;
import io.tranchelab.model.Jumps;
import io.tranchelab.model.LossEvents;
import io.tranchelab.model.PeggedAsset;
import io.tranchelab.model.Position;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.model.WaterfallTerms;
import io.tranchelab.model.YieldPosition;
import io.tranchelab.sim.PathTrace;
import io.tranchelab.sim.Simulator;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Each historical replay reproduces the magnitudes docs/scenarios.md cites, read off the
 * simulated price path of a market with no volatility of its own: what moves is the scenario.
 */
class HistoricalScenariosTest {

    private static final List<String> VOLATILE = List.of("ETH", "BTC", "SOL", "LUNA");
    private static final List<String> USD_PEGGED = List.of("USDC", "USDT", "DAI", "UST");
    private static final double TOLERANCE = 0.005;

    /** Every asset the library knows, flat at 1, with a tiny yield position on each. */
    static Structure quietMarket() {
        List<Asset> assets = new ArrayList<>();
        List<Position> positions = new ArrayList<>();
        for (String id : VOLATILE) {
            assets.add(new VolatileAsset(id, 1.0, 0, 0, Jumps.NONE, OptionalDouble.empty()));
        }
        assets.add(new PeggedAsset("stETH", "ETH", Depeg.NONE, OptionalDouble.empty()));
        for (String id : USD_PEGGED) {
            assets.add(new PeggedAsset(id, PeggedAsset.USD, Depeg.NONE, OptionalDouble.empty()));
        }
        for (Asset asset : assets) {
            positions.add(new YieldPosition(asset.id() + " holding", asset.id(), 1, 0, LossEvents.NONE));
        }
        return new Structure("quiet market", "", new SimulationSettings(0.25, 365, 10, 1), assets,
                CorrelationMatrix.identity(assets.size()), 0, positions,
                List.of(new Tranche("Senior", 0.8, 0), new Tranche("Equity", 0.2, 0)), WaterfallTerms.NONE,
                List.of(), List.of());
    }

    private static double[] prices(String scenario, String asset) {
        Structure structure = ScenarioLibrary.withScenarios(quietMarket(), List.of(scenario));
        PathTrace trace = Simulator.tracePath(structure, scenario, 1, 0);
        return trace.prices()[structure.assetIndex(asset)];
    }

    /** Price at the end of day d, as a ratio to the start (1.0). */
    private static double day(double[] prices, int d) {
        return prices[d - 1];
    }

    private static double low(double[] prices) {
        double low = Double.POSITIVE_INFINITY;
        for (double p : prices) {
            low = Math.min(low, p);
        }
        return low;
    }

    @Test
    void march2020TakesEthDownHalfIntradayAnd43PercentCloseToClose() {
        double[] eth = prices(HistoricalScenarios.MARCH_2020, "ETH");
        assertEquals(0.50, day(eth, 1), TOLERANCE);
        assertEquals(0.57, day(eth, 2), TOLERANCE);
        assertEquals(0.60, day(prices(HistoricalScenarios.MARCH_2020, "BTC"), 2), TOLERANCE);
    }

    @Test
    void march2020StopsKeepersForTwoDaysOnly() {
        Scenario scenario = ScenarioLibrary.find(quietMarket(), HistoricalScenarios.MARCH_2020).orElseThrow();
        assertTrue(scenario.shocks().stream().anyMatch(s -> s instanceof io.tranchelab.model.KeeperOutage k
                && k.asset().equals("ETH") && k.step() == 1 && k.steps() == 2 && k.capacityMultiplier() == 0));
        assertEquals(1.0, scenario.liquidationCapacityMultiplier());
    }

    @Test
    void terraTakesUstToNineCentsLunaToNothingAndEthDown31Percent() {
        assertEquals(0.986, day(prices(HistoricalScenarios.TERRA_2022, "UST"), 1), TOLERANCE);
        assertEquals(0.09, day(prices(HistoricalScenarios.TERRA_2022, "UST"), 11), TOLERANCE);
        assertEquals(0.09, day(prices(HistoricalScenarios.TERRA_2022, "UST"), 90), TOLERANCE); // no recovery
        assertTrue(low(prices(HistoricalScenarios.TERRA_2022, "LUNA")) < 1e-4);
        assertEquals(0.69, low(prices(HistoricalScenarios.TERRA_2022, "ETH")), 0.01);
        assertEquals(0.74, low(prices(HistoricalScenarios.TERRA_2022, "BTC")), 0.01);
    }

    @Test
    void june2022PutsStethAt0935EthAndBackAbove099WithinThreeMonths() {
        double[] steth = prices(HistoricalScenarios.STETH_2022, "stETH");
        double[] eth = prices(HistoricalScenarios.STETH_2022, "ETH");
        assertEquals(0.935, day(steth, 1) / day(eth, 1), TOLERANCE);
        double ratioAfter90Days = day(steth, 90) / day(eth, 90);
        assertTrue(ratioAfter90Days > 0.985 && ratioAfter90Days < 0.995, "stETH/ETH after 90 days " + ratioAfter90Days);
        assertEquals(0.53, day(eth, 18), 0.01); // -47 % over the month
    }

    @Test
    void ftxTakesSol47PercentDownInAWeekAndEthAbout20() {
        double[] sol = prices(HistoricalScenarios.FTX_2022, "SOL");
        assertEquals(0.53, day(sol, 4), 0.01);
        assertEquals(0.38, day(sol, 7), 0.01); // -62 % by 14 November
        assertEquals(0.80, day(prices(HistoricalScenarios.FTX_2022, "ETH"), 4), 0.01);
    }

    @Test
    void march2023TakesUsdcTo087AndBackToThePegInTwoDays() {
        double[] usdc = prices(HistoricalScenarios.USDC_2023, "USDC");
        assertEquals(1.0, day(usdc, 1), 1e-12);
        assertEquals(0.87, day(usdc, 2), TOLERANCE);
        assertTrue(day(usdc, 4) > 0.99, "USDC two days later " + day(usdc, 4));
        assertEquals(0.89, day(prices(HistoricalScenarios.USDC_2023, "DAI"), 2), TOLERANCE);
    }

    @Test
    void aWeeklyGridPutsTheDaysOfAWeekIntoOneStep() {
        assertEquals(1, ScenarioTemplate.stepOfDay(1, 52));
        assertEquals(1, ScenarioTemplate.stepOfDay(7, 52));
        assertEquals(2, ScenarioTemplate.stepOfDay(8, 52));
        assertEquals(18, ScenarioTemplate.stepOfDay(18, 365));
    }
}
