package io.tranchelab.ui.params;

import io.tranchelab.model.Limits;
import io.tranchelab.model.Structure;

import java.util.List;

/**
 * The structure-wide terms: fees, reserve, OC trigger, horizon and paths. Horizon and paths are
 * capped by {@link Limits} (horizon x steps per year by the validator); whether a run of that
 * size fits this machine's memory the core checks before it starts, and the refusal, with its
 * figures, shows in the status bar.
 */
final class PoolParameters {

    /** Seeds are edited as doubles: up to 2^53 every whole number is exact. */
    static final double MAX_EXACT_SEED = 9_007_199_254_740_991d;

    private PoolParameters() {
    }

    private static List<ParameterSpec> concat(List<ParameterSpec> a, List<ParameterSpec> b) {
        List<ParameterSpec> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    static List<ParameterGroup> groups(Structure s) {
        return List.of(
                new ParameterGroup("Waterfall", concat(WaterfallKindParameters.specs(s), List.of(
                        NumberSpec.of("managementFee", "Management fee", ValueUnit.PERCENT, 0, 0.2,
                                "Yearly fee on pool NAV, paid first out of each step's cash, before any coupon.",
                                x -> x.waterfall().managementFee(),
                                (x, v) -> x.withWaterfall(x.waterfall().withManagementFee(v))).withSlider(0, 0.05),
                        NumberSpec.of("reserveTarget", "Reserve target", ValueUnit.PERCENT, 0, 1,
                                "Reserve account target as a share of senior principal outstanding; topped up from"
                                        + " cash after the coupons and drawn on when a coupon falls short.",
                                x -> x.waterfall().reserveTarget(),
                                (x, v) -> x.withWaterfall(x.waterfall().withReserveTarget(v))).withSlider(0, 0.2),
                        NumberSpec.of("ocThreshold", "OC threshold", ValueUnit.RATIO, 0, 10,
                                "Overcollateralization trigger: while NAV / senior principal is below this, cash"
                                        + " below the senior coupon pays down senior principal (turbo). 0 disables it.",
                                x -> x.waterfall().ocThreshold(),
                                (x, v) -> x.withWaterfall(x.waterfall().withOcThreshold(v))).withSlider(0, 2),
                        ReinvestmentParameters.rule(),
                        ReinvestmentParameters.cashRate()))),
                new ParameterGroup("Simulation", List.of(
                        NumberSpec.of("horizonYears", "Horizon", ValueUnit.YEARS, 1.0 / 365, Limits.MAX_HORIZON_YEARS,
                                "Years simulated; at the horizon the pool is liquidated at market and the"
                                        + " proceeds paid to the tranches senior first.",
                                x -> x.simulation().horizonYears(),
                                (x, v) -> x.withSimulation(x.simulation().withHorizonYears(v))).withSlider(0.25, 5),
                        NumberSpec.of("paths", "Paths", ValueUnit.PATHS, 100, Limits.MAX_PATHS,
                                "Monte Carlo paths of a full run. More paths narrow the standard error of every"
                                        + " metric (it shrinks as 1/sqrt(paths)); previews while dragging use 1,000.",
                                x -> x.simulation().paths(),
                                (x, v) -> x.withSimulation(x.simulation().withPaths((int) Math.round(v))))
                                .withSlider(1_000, 50_000),
                        NumberSpec.of("stepsPerYear", "Steps per year", ValueUnit.STEPS, 1, Limits.MAX_STEPS_PER_YEAR,
                                "Time steps a year: 365 is daily, 52 weekly. Finer steps catch liquidations"
                                        + " between daily closes and cost proportionally more.",
                                x -> x.simulation().stepsPerYear(),
                                (x, v) -> x.withSimulation(x.simulation().withStepsPerYear((int) Math.round(v))))
                                .withSlider(12, 365),
                        NumberSpec.of("seed", "Seed", ValueUnit.WHOLE, 0, MAX_EXACT_SEED,
                                "The random seed: the same structure, seed and paths give the same results to the"
                                        + " last digit. Change it to see how much of a difference is Monte Carlo noise.",
                                x -> x.simulation().seed(),
                                (x, v) -> x.withSimulation(x.simulation().withSeed(Math.round(v)))).withSlider(0, 1_000))));
    }
}
