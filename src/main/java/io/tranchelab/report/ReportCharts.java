package io.tranchelab.report;

import io.tranchelab.sim.SimulationResult;
import org.jfree.chart.JFreeChart;

import java.util.List;

/** Which charts a report shows for one run, built fresh for each (JFreeChart objects are mutable). */
@FunctionalInterface
public interface ReportCharts {

    List<JFreeChart> chartsFor(SimulationResult result);
}
