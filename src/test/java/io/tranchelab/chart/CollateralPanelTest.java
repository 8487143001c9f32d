package io.tranchelab.chart;

import io.tranchelab.chart.CollateralPanel.Kind;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.Simulator;
import io.tranchelab.ui.document.DefaultStructures;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fourth workbench panel per pool kind, drawn without JavaFX (JFreeChart only). */
class CollateralPanelTest {

    private static SimulationResult run(Structure structure) {
        return Simulator.run(structure, RunSettings.of(structure).withPaths(200).withThreads(1));
    }

    private static Structure sample(String file) throws Exception {
        return StructureJson.read(Path.of("samples", file));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            eth-lending-book.json       | LOAN_HEALTH   | Loan health and liquidations
            credit-pool-reputation.json | CREDIT_LOSSES | Credit losses and defaults
            staking-steth-note.json     | PEG           | stETH peg ratio and pool value
            lp-fee-pool.json            | PEG           | USDC peg ratio and pool value
            """)
    void eachSampleGetsThePanelOfItsPoolKindTitledByWhatItShows(String file, Kind kind, String title)
            throws Exception {
        Structure structure = sample(file);
        SimulationResult result = run(structure);
        CollateralPanel panel = new CollateralPanel();

        JFreeChart shown = panel.show(result);

        assertEquals(kind, Kind.of(result));
        assertEquals(title, shown.getTitle().getText());
        assertSpansTheHorizon(shown, structure.simulation().horizonYears());
        assertTrue(hasData(shown), "something is drawn");
        if (kind == Kind.PEG) {
            // a peg that holds is a flat line at par, not noise on an axis of identical labels
            ValueAxis ratio = ((org.jfree.chart.plot.CombinedDomainXYPlot) shown.getPlot()).getSubplots().get(0)
                    .getRangeAxis();
            assertTrue(ratio.getLowerBound() <= 0.99 && ratio.getUpperBound() > 1, ratio.getRange().toString());
        }
        shown.createBufferedImage(400, 300); // draws without throwing
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1", "2", "3.5"})
    void aPoolWithNothingSpecificShowsItsValueOverTheWholeHorizon(double years) {
        Structure empty = DefaultStructures.empty();
        Structure structure = empty.withSimulation(new io.tranchelab.model.SimulationSettings(years, 12, 200, 1));
        SimulationResult result = run(structure);

        JFreeChart shown = new CollateralPanel().show(result);

        assertEquals(Kind.POOL_VALUE, Kind.of(result));
        assertEquals("Pool value (NAV)", shown.getTitle().getText());
        assertSpansTheHorizon(shown, years);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"credit-pool-reputation.json", "eth-lending-book.json"})
    void oneChartFollowsTheStructureFromOneKindToAnother(String first) throws Exception {
        CollateralPanel panel = new CollateralPanel();
        panel.show(run(sample(first)));
        Structure steth = sample("staking-steth-note.json");

        JFreeChart shown = panel.show(run(steth));

        assertEquals("stETH peg ratio and pool value", shown.getTitle().getText());
        assertSpansTheHorizon(shown, steth.simulation().horizonYears());
        assertEquals(shown, panel.chart());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"eth-lending-book.json", "credit-pool-reputation.json", "staking-steth-note.json"})
    void eachRunRedrawsThePanelOnceNotOncePerSetting(String file) throws Exception {
        CollateralPanel panel = new CollateralPanel();
        Structure structure = sample(file);
        JFreeChart chart = panel.show(run(structure)); // the first show may swap the chart in
        int[] redraws = {0};
        chart.addChangeListener(e -> redraws[0]++);

        panel.show(run(structure.withSimulation(structure.simulation().withSeed(7))));

        assertEquals(1, redraws[0]);
        assertSpansTheHorizon(chart, structure.simulation().horizonYears());
    }

    @ParameterizedTest(name = "{0} years")
    @CsvSource({"1", "2.5"})
    void aPoolValuePanelAlsoRedrawsOnce(double years) {
        Structure structure = DefaultStructures.empty()
                .withSimulation(new io.tranchelab.model.SimulationSettings(years, 12, 200, 1));
        CollateralPanel panel = new CollateralPanel();
        JFreeChart chart = panel.show(run(structure));
        int[] redraws = {0};
        chart.addChangeListener(e -> redraws[0]++);

        panel.show(run(structure));

        assertEquals(1, redraws[0]);
        assertSpansTheHorizon(chart, years);
    }

    private static void assertSpansTheHorizon(JFreeChart chart, double years) {
        ValueAxis time = ((XYPlot) chart.getPlot()).getDomainAxis();
        assertEquals(0, time.getLowerBound(), 0);
        assertEquals(years, time.getUpperBound(), 1e-12);
        BufferedImage ignored = chart.createBufferedImage(300, 200); // a draw must not refit the axis
        assertEquals(years, time.getUpperBound(), 1e-12);
    }

    private static boolean hasData(JFreeChart chart) {
        XYPlot plot = (XYPlot) chart.getPlot();
        if (plot instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined) {
            plot = combined.getSubplots().get(0);
        }
        return plot.getDataset() != null && plot.getDataset().getItemCount(0) > 1;
    }
}
