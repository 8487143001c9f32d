package io.tranchelab.scenario;

import io.tranchelab.scenario.ScenarioTemplate.Depeg;
import io.tranchelab.scenario.ScenarioTemplate.Event;
import io.tranchelab.scenario.ScenarioTemplate.Outage;
import io.tranchelab.scenario.ScenarioTemplate.PriceMove;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Historical stress replays. Every magnitude and its source is in docs/scenarios.md; day 1 is
 * the first day of the episode and the first step of a run. Price moves are ratios to the
 * previous step's price; an intraday low gets its own day so liquidations see it.
 */
final class HistoricalScenarios {

    static final String MARCH_2020 = "March 2020 (Black Thursday)";
    static final String TERRA_2022 = "May 2022 (LUNA/UST collapse)";
    static final String STETH_2022 = "June 2022 (stETH discount)";
    static final String FTX_2022 = "November 2022 (FTX collapse)";
    static final String USDC_2023 = "March 2023 (USDC depeg)";

    /** A depeg that does not revert within any horizon: UST never came back. */
    private static final double NO_RECOVERY_DAYS = 36_500;

    static final List<ScenarioTemplate> ALL = List.of(
            template(MARCH_2020,
                    "12-13 March 2020: ETH -50 % intraday and -43 % close to close, BTC -40 %; MakerDAO keepers"
                            + " failed and auctions cleared at zero bids for two days (5.67 M DAI of protocol loss).",
                    1.5, Map.of(), 0.95, 0.5, List.of(
                            new PriceMove("ETH", 1, 0.50), new PriceMove("ETH", 2, 0.57 / 0.50),
                            new PriceMove("BTC", 1, 3_900.0 / 7_300.0), new PriceMove("BTC", 2, 0.60 / (3_900.0 / 7_300.0)),
                            new Outage("ETH", 1, 2, 0.0), new Outage("BTC", 1, 2, 0.0))),
            template(TERRA_2022,
                    "8-18 May 2022: UST lost its peg for good (0.986 on 8 May, 0.09 by 18 May), LUNA fell more"
                            + " than 99.99 %, ETH -31 % and BTC -26 % at the week's trough.",
                    1.1, Map.of(), 0.95, 0.5, List.of(
                            new PriceMove("ETH", 2, Math.exp(-0.12)), new PriceMove("ETH", 4, Math.exp(-0.12)),
                            new PriceMove("ETH", 5, Math.exp(-0.131)), new PriceMove("ETH", 6, Math.exp(0.123)),
                            new PriceMove("BTC", 2, Math.exp(-0.10)), new PriceMove("BTC", 4, Math.exp(-0.10)),
                            new PriceMove("BTC", 5, Math.exp(-0.10)), new PriceMove("BTC", 6, Math.exp(0.139)),
                            new PriceMove("LUNA", 2, Math.exp(-0.598)), new PriceMove("LUNA", 3, Math.exp(-1.012)),
                            new PriceMove("LUNA", 4, Math.exp(-2.773)), new PriceMove("LUNA", 5, Math.exp(-4.605)),
                            new PriceMove("LUNA", 6, Math.exp(-4.605)),
                            new Depeg("UST", 1, 0.014, NO_RECOVERY_DAYS), new Depeg("UST", 2, 0.087, NO_RECOVERY_DAYS),
                            new Depeg("UST", 3, 0.222, NO_RECOVERY_DAYS), new Depeg("UST", 4, 0.429, NO_RECOVERY_DAYS),
                            new Depeg("UST", 5, 0.25, NO_RECOVERY_DAYS), new Depeg("UST", 6, 0.50, NO_RECOVERY_DAYS),
                            new Depeg("UST", 11, 0.40, NO_RECOVERY_DAYS),
                            new Depeg("USDT", 5, 0.05, 0.1), new Depeg("stETH", 6, 0.045, 30))),
            template(STETH_2022,
                    "13-30 June 2022: Celsius froze withdrawals and 3AC failed; stETH traded at 0.93-0.935 ETH"
                            + " and took about three months to return above 0.99; ETH fell 47 % over the month.",
                    1.3, Map.of(), 0.95, 0.5, List.of(
                            new PriceMove("ETH", 1, 1_180.0 / 1_948.0), new PriceMove("ETH", 6, 902.0 / 1_180.0),
                            new PriceMove("ETH", 18, 1_025.0 / 902.0),
                            new Depeg("stETH", 1, 0.065, 35))),
            template(FTX_2022,
                    "8-14 November 2022: FTX and Alameda failed; SOL -47 % in a week (-62 % by 14 November),"
                            + " ETH and BTC about -20 %; order-book depth fell about 40 % for a year.",
                    1.1, Map.of(), 0.95, 0.6, List.of(
                            new PriceMove("ETH", 1, 0.88), new PriceMove("ETH", 2, 0.8625),
                            new PriceMove("ETH", 4, Math.exp(0.053)),
                            new PriceMove("BTC", 1, 0.90), new PriceMove("BTC", 2, 0.86),
                            new PriceMove("BTC", 4, Math.exp(0.033)),
                            new PriceMove("SOL", 1, Math.exp(-0.223)), new PriceMove("SOL", 2, 0.55),
                            new PriceMove("SOL", 4, Math.exp(0.186)), new PriceMove("SOL", 7, Math.exp(-0.322)))),
            template(USDC_2023,
                    "10-13 March 2023: Silicon Valley Bank failed with 3.3 B USD of Circle's reserves; USDC"
                            + " fell to about 0.87 on 11 March and DAI to 0.89, both back at the peg by 13 March.",
                    1.0, Map.of(), Double.NaN, 1.0, List.of(
                            new Depeg("USDC", 2, 0.13, 0.5), new Depeg("DAI", 2, 0.11, 0.5))));

    private HistoricalScenarios() {
    }

    private static ScenarioTemplate template(String name, String description, double volatilityMultiplier,
                                             Map<String, Double> drifts, double correlation, double depthMultiplier,
                                             List<Event> events) {
        OptionalDouble correlationOverride = Double.isNaN(correlation)
                ? OptionalDouble.empty() : OptionalDouble.of(correlation);
        return new ScenarioTemplate(name, description, volatilityMultiplier, drifts, correlationOverride,
                depthMultiplier, events);
    }
}
