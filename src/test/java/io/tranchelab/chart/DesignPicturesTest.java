package io.tranchelab.chart;

import io.tranchelab.design.AlignmentGrid;
import io.tranchelab.design.Bump;
import io.tranchelab.design.ContourSegment;
import io.tranchelab.design.DesignRun;
import io.tranchelab.design.MapAxis;
import io.tranchelab.design.Measure;
import io.tranchelab.design.MetricSpec;
import io.tranchelab.design.MetricUnit;
import io.tranchelab.design.Target;
import io.tranchelab.design.Tornado;
import io.tranchelab.design.TornadoBar;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tornado and a grid of the design package drawn with their own numbers, named and captioned. */
class DesignPicturesTest {

    private static final MetricSpec SENIOR_EL = MetricSpec.tranche("Senior", Measure.EL);
    private static final DesignRun RUN = new DesignRun("crash", List.of(42L), 2000);

    private static Tornado tornado() {
        return new Tornado(SENIOR_EL, Bump.relative(0.10), RUN, 0.004, List.of(
                new TornadoBar("/assets/0/volatility", "ETH volatility", 0.6, 0.54, 0.66, 0.002, 0.007, false, false),
                new TornadoBar("/positions/0/liquidationCapacity", "USDC loans liquidation capacity", 10e6, 9e6,
                        11e6, 0.005, 0.0035, false, false),
                new TornadoBar("/tranches/0/share", "Senior share", 0.75, 0.675, 0.825, 0.0039, 0.0041, false, true)),
                List.of());
    }

    @Test
    void theTornadosBarsAreDrawnWithTheirOwnValuesFromTheBase() {
        TornadoChart chart = new TornadoChart();
        chart.show(DesignPictures.tornado(tornado(), "ETH lending book", 15));
        IntervalCategoryDataset data = (IntervalCategoryDataset) chart.plot().getDataset();
        Tornado t = tornado();
        for (int row = 0; row < 3; row++) {
            assertEquals(t.base(), data.getStartValue(0, row).doubleValue(), 0);
            assertEquals(t.bars().get(row).lowValue(), data.getEndValue(0, row).doubleValue(), 0);
            assertEquals(t.bars().get(row).highValue(), data.getEndValue(1, row).doubleValue(), 0);
        }
    }

    @Test
    void rowsNameTheInputsInTheParametersUnitAndSayWhenTheRangeCutABump() {
        TornadoChart.Picture picture = DesignPictures.tornado(tornado(), "ETH lending book", 15);
        assertEquals("ETH volatility: 54.00 % | 66.00 %", TornadoChart.rowLabel(picture.bars().get(0)));
        assertEquals("USDC loans liquidation capacity: $9.0M | $11.0M", TornadoChart.rowLabel(picture.bars().get(1)));
        assertEquals("Senior share (range-limited): 67.50 % | 82.50 %", TornadoChart.rowLabel(picture.bars().get(2)));
    }

    @Test
    void titleAndCaptionNameMetricBumpStructureScenarioPathsAndSeed() {
        TornadoChart.Picture picture = DesignPictures.tornado(tornado(), "ETH lending book", 2);
        assertEquals("Senior EL: sensitivity to \u00b110 % bumps", picture.title());
        assertEquals("ETH lending book \u00b7 scenario crash \u00b7 2,000 paths \u00b7 seed 42"
                + " \u00b7 the 2 largest of 3 parameters", picture.caption());
        assertEquals(2, picture.bars().size(), "the largest first");
        assertEquals("Senior EL (%)", picture.metric().axisLabel());
    }

    @Test
    void theMapsCellsAreTheGridsValuesAndItsPendingCellsStayPending() {
        MapAxis x = new MapAxis("/assets/0/volatility", "ETH volatility", 0.3, 1.2, 3);
        MapAxis y = new MapAxis("/positions/0/liquidationCapacity", "USDC loans liquidation capacity", 5e6, 20e6, 2);
        double n = Double.NaN;
        AlignmentGrid grid = new AlignmentGrid(x, y, SENIOR_EL, Target.atMost(0.01, MetricUnit.FRACTION), 0.6, 10e6,
                new double[][] {{0.001, n, 0.03}, {0.0, n, 0.02}});
        AlignmentMapChart.Picture picture = DesignPictures.map(grid, "ETH lending book", RUN);
        AlignmentMapChart chart = new AlignmentMapChart();
        chart.show(picture);
        XYZDataset values = (XYZDataset) chart.plot().getDataset(AlignmentMapChart.VALUES);
        XYZDataset pending = (XYZDataset) chart.plot().getDataset(AlignmentMapChart.PENDING);
        assertEquals(4, values.getItemCount(0));
        assertEquals(2, pending.getItemCount(0));
        assertEquals(0.75, pending.getXValue(0, 0), 1e-12, "the middle column is pending");
        assertEquals(0.03, values.getZValue(0, 1), 0);
        assertEquals("Senior EL over ETH volatility \u00d7 USDC loans liquidation capacity", picture.title());
        assertTrue(picture.caption().endsWith("\u00b7 4 of 6 points computed"), picture.caption());
        assertEquals("ETH volatility (%)", picture.x().axisLabel());
        assertEquals("USDC loans liquidation capacity (USD)", picture.y().axisLabel());
        assertEquals(0.01, picture.target(), 0);
        assertEquals("at most 1.00 %", picture.targetLabel());
        List<ContourSegment> contour = grid.contour();
        assertEquals(contour.size(), picture.contour().size());
    }

    @Test
    void aMapWithoutACrossingSaysWhereTheTargetStandsInsteadOfNamingAContour() {
        MapAxis x = new MapAxis("/assets/0/volatility", "ETH volatility", 0.3, 1.2, 2);
        MapAxis y = new MapAxis("/positions/0/liquidationCapacity", "capacity", 5e6, 20e6, 2);
        Target a = Target.atMost(0.0005, MetricUnit.FRACTION);
        AlignmentGrid safe = new AlignmentGrid(x, y, SENIOR_EL, a, 0.6, 10e6, new double[][] {{0, 0}, {0, 0}});
        assertEquals("at most 0.050 %; holds at every point computed",
                DesignPictures.map(safe, "book", RUN).targetLabel());
        AlignmentGrid bad = new AlignmentGrid(x, y, SENIOR_EL, a, 0.6, 10e6,
                new double[][] {{0.01, Double.NaN}, {0.02, 0.03}});
        assertEquals("at most 0.050 %; fails at every point computed", DesignPictures.map(bad, "book", RUN).targetLabel());
        AlignmentGrid crossing = new AlignmentGrid(x, y, SENIOR_EL, a, 0.6, 10e6, new double[][] {{0, 0}, {0, 0.01}});
        assertEquals("at most 0.050 %", DesignPictures.map(crossing, "book", RUN).targetLabel(), "the contour says it");
    }
}
