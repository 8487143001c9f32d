package io.tranchelab.design;

import io.tranchelab.sim.SimulationResult;

import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * What to solve for: the parameter varied, the metric read from each run, the target it must meet
 * and how each value of the parameter is run ({@link SolveQuestions} builds the four questions of
 * docs/model.md §14.8).
 *
 * @param question    for people: "largest senior share with Senior EL ≤ 0.05 %"
 * @param metricLabel "Senior EL"
 * @param trialAt     the structure and scenario to run at a value of the parameter
 */
public record SolveQuestion(String question, SolvedParameter parameter, String metricLabel, MetricUnit metricUnit,
                            ToDoubleFunction<SimulationResult> metric, Comparison comparison, double target,
                            DoubleFunction<Trial> trialAt) {

    /** What is run at one value of the parameter: the structure (overrides applied) under a scenario. */
    public record Trial(io.tranchelab.model.Structure structure, String scenario) {
    }
}
