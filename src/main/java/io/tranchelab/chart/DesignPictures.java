package io.tranchelab.chart;

import io.tranchelab.design.AlignmentGrid;
import io.tranchelab.design.ContourSegment;
import io.tranchelab.design.DesignRun;
import io.tranchelab.design.MapAxis;
import io.tranchelab.design.MetricSpec;
import io.tranchelab.design.Tornado;
import io.tranchelab.design.TornadoBar;
import io.tranchelab.format.Formats;

import java.util.List;

/**
 * The design package's results as the design charts draw them: a {@link Tornado} as a
 * {@link TornadoChart.Picture}, an {@link AlignmentGrid} as an {@link AlignmentMapChart.Picture},
 * with titles naming the metric and captions naming what it was computed from. The workbench,
 * the CLI and the PDF report make their pictures here, so all three say the same.
 */
public final class DesignPictures {

    private DesignPictures() {
    }

    /** The metric as a chart quantity: "Senior EL" in percent. */
    public static ChartQuantity metric(MetricSpec metric) {
        return new ChartQuantity(metric.label(), metric.unit());
    }

    /** "ETH lending book · scenario base · 2,000 paths · seed 42" (seeds: "seeds 1, 2, 3"). */
    public static String caption(String structureName, DesignRun run) {
        List<Long> seeds = run.seeds();
        String seedText = seeds.size() == 1 ? "seed " + seeds.get(0)
                : "seeds " + String.join(", ", seeds.stream().map(String::valueOf).toList());
        return structureName + " \u00b7 scenario " + run.scenario() + " \u00b7 " + Formats.count(run.paths())
                + " paths \u00b7 " + seedText;
    }

    /**
     * The tornado's largest {@code maxBars} bars (all when it has fewer), each row naming the
     * parameter and its two bumped inputs in the parameter's unit.
     */
    public static TornadoChart.Picture tornado(Tornado tornado, String structureName, int maxBars) {
        List<TornadoBar> shown = tornado.bars().subList(0, Math.min(maxBars, tornado.bars().size()));
        List<TornadoChart.Bar> bars = shown.stream().map(b -> {
            ChartQuantity input = ChartQuantity.parameter(b.pointer(), b.label());
            return new TornadoChart.Bar(b.label() + (b.clipped() ? " (range-limited)" : ""),
                    input.format(b.lowInput()), input.format(b.highInput()), b.lowValue(), b.highValue());
        }).toList();
        String title = tornado.metric().label() + ": sensitivity to " + tornado.bump() + " bumps";
        String caption = caption(structureName, tornado.run())
                + (shown.size() < tornado.bars().size()
                        ? " \u00b7 the " + shown.size() + " largest of " + tornado.bars().size() + " parameters" : "");
        return new TornadoChart.Picture(title, caption, metric(tornado.metric()), tornado.base(),
                tornado.bump().toString(), bars);
    }

    /** The grid as computed so far; the caption says how much of it is done while it is not complete. */
    public static AlignmentMapChart.Picture map(AlignmentGrid grid, String structureName, DesignRun run) {
        MapAxis x = grid.x();
        MapAxis y = grid.y();
        String title = grid.metric().label() + " over " + x.label() + " \u00d7 " + y.label();
        String caption = caption(structureName, run) + (grid.complete() ? ""
                : " \u00b7 " + grid.computed() + " of " + grid.total() + " points computed");
        List<AlignmentMapChart.Segment> contour = grid.contour().stream()
                .map(DesignPictures::segment).toList();
        double limit = grid.target() == null ? Double.NaN : grid.target().limit();
        String meaning = grid.target() == null ? "" : grid.target().label() + (contour.isEmpty() ? where(grid) : "");
        return new AlignmentMapChart.Picture(title, caption, metric(grid.metric()),
                new ChartQuantity(x.label(), x.unit()), new ChartQuantity(y.label(), y.unit()),
                x.values(), y.values(), grid.values(), grid.currentX(), grid.currentY(), limit, meaning, contour);
    }

    /** Without a contour: "; holds at every point computed" or "; fails at every point computed" (else nothing to say). */
    static String where(AlignmentGrid grid) {
        int holds = 0;
        int fails = 0;
        for (double[] row : grid.values()) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    if (grid.target().holds(v)) {
                        holds++;
                    } else {
                        fails++;
                    }
                }
            }
        }
        if (holds + fails == 0 || holds > 0 && fails > 0) {
            return "";
        }
        return fails == 0 ? "; holds at every point computed" : "; fails at every point computed";
    }

    private static AlignmentMapChart.Segment segment(ContourSegment s) {
        return new AlignmentMapChart.Segment(s.x1(), s.y1(), s.x2(), s.y2());
    }
}
