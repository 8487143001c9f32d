package io.tranchelab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.chart.AlignmentMapChart;
import io.tranchelab.chart.DesignPictures;
import io.tranchelab.design.AlignmentGrid;
import io.tranchelab.design.AlignmentMap;
import io.tranchelab.design.ContourSegment;
import io.tranchelab.design.DesignRun;
import io.tranchelab.design.MapAxis;
import io.tranchelab.design.Measure;
import io.tranchelab.design.MetricSpec;
import io.tranchelab.design.Target;
import io.tranchelab.format.Formats;
import io.tranchelab.model.Structure;
import io.tranchelab.report.DesignCsv;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code heatmap FILE}: the alignment map. A metric over a grid of two parameters (by default the
 * collateral's volatility and the loan book's liquidation capacity), every point on the same seed,
 * with the current structure's point and where a target stops holding.
 */
@Command(name = "heatmap", header = "A metric over a grid of two parameters (the alignment map).",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs the structure at every point of a grid over two parameters, all else as in the file,"
                + " every point on the same paths and seed (common random numbers), and prints the metric at"
                + " each point, the current structure's point and, with --target, the points that miss it. By"
                + " default x is the main collateral's volatility and y the first loan book's liquidation"
                + " capacity (from half to twice the volatility, a tenth to twice the capacity, 11 points each). Each point runs 2,000 paths unless"
                + " --paths says otherwise.",
        footerHeading = "%nExamples:%n",
        footer = {"  tranchelab heatmap samples/eth-lending-book.json --target BBB",
            "  tranchelab heatmap deal.json --metric pool:pBadDebt --target 5%%",
            "  tranchelab heatmap deal.json --x /tranches/0/share --x-range 0.6:0.9:7"
                    + " --y /assets/0/volatility --y-range 0.3:1.2:10 --format csv",
            "  tranchelab heatmap deal.json --png map.png --svg map.svg"})
final class HeatmapCommand implements Callable<Integer> {

    @ParentCommand
    private TrancheLabCommand parent;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The structure (JSON).")
    private String file;

    @Option(names = "--x", paramLabel = "POINTER",
            description = "The x parameter as a JSON pointer, e.g. /assets/0/volatility (default: the main"
                    + " collateral's volatility).")
    private String x;

    @Option(names = "--x-range", paramLabel = "FROM:TO:N",
            description = "x from FROM to TO in N points, e.g. 0.3:1.2:10 (default: half to twice the value, 11).")
    private String xRange;

    @Option(names = "--y", paramLabel = "POINTER",
            description = "The y parameter (default: the first loan book's liquidation capacity).")
    private String y;

    @Option(names = "--y-range", paramLabel = "FROM:TO:N", description = "y's range, as --x-range.")
    private String yRange;

    @Option(names = "--target", paramLabel = "T",
            description = "A rating (AAA ... CCC/C: the metric, a tranche's el, at most that grade's allowance)"
                    + " or a level (0.5%% or 0.005: at most it for losses, at least it for returns).")
    private String target;

    @Mixin
    private DesignOptions design;

    @Mixin
    private ChartFileOptions chartFiles;

    @Mixin
    private RunOptions run;

    private Terminal out;

    @Override
    public Integer call() throws UsageException {
        out = parent.terminal;
        Structure structure = design.withScenario(Cli.load(file));
        MetricSpec metric = design.metric(structure, MetricSpec.defaultFor(structure));
        MapAxis xAxis = axis("--x", x, xRange, structure, true);
        MapAxis yAxis = axis("--y", y, yRange, structure, false);
        if (xAxis.pointer().equals(yAxis.pointer())) {
            throw new UsageException("--y " + yAxis.pointer() + " is also the x axis; the map needs two different"
                    + " parameters");
        }
        Target goal = target(metric, structure);
        DesignRun designRun = design.run(structure, run);
        Map<String, Path> files = chartFiles.check(file);
        long start = System.nanoTime();
        long[] firstPicture = {-1};
        int[] firstPoints = {0};
        AlignmentGrid grid;
        try {
            grid = AlignmentMap.compute(structure, xAxis, yAxis, metric, goal, designRun, DesignOptions.threads(run),
                    ProgressListener.NONE, CancellationToken.none(), snapshot -> {
                        if (firstPicture[0] < 0) {
                            firstPicture[0] = (System.nanoTime() - start) / 1_000_000;
                            firstPoints[0] = snapshot.computed();
                        }
                    });
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        switch (design.format) {
            case JSON -> out.json(json(structure, grid, designRun, millis, firstPicture[0]));
            case CSV -> out.printf("%s", DesignCsv.of(grid));
            default -> printTable(structure, grid, designRun);
        }
        if (chartFiles.any()) {
            AlignmentMapChart chart = new AlignmentMapChart();
            chart.show(DesignPictures.map(grid, structure.name(), designRun));
            chartFiles.write(chart.chart(), files, out, design.format == DesignOptions.Format.TABLE);
        }
        if (design.timing && design.format == DesignOptions.Format.TABLE) {
            out.printf("%ntiming: first picture %s ms (%d of %d points), complete %s ms, %,d paths a point on %d"
                            + " threads%n", Formats.count(firstPicture[0]), firstPoints[0], grid.total(),
                    Formats.count(millis), designRun.paths(), DesignOptions.threads(run));
        }
        return Cli.OK;
    }

    private MapAxis axis(String option, String pointer, String range, Structure structure, boolean isX)
            throws UsageException {
        try {
            if (pointer == null && range == null) {
                return isX ? AlignmentMap.defaultX(structure) : AlignmentMap.defaultY(structure);
            }
            String p = pointer != null ? pointer
                    : (isX ? AlignmentMap.defaultX(structure) : AlignmentMap.defaultY(structure)).pointer();
            if (range == null) {
                return AlignmentMap.around(structure, p, MapAxis.DEFAULT_COUNT);
            }
            String[] parts = range.split(":");
            if (parts.length != 3) {
                throw new UsageException(option + "-range must be FROM:TO:N, e.g. 0.3:1.2:10, was '" + range + "'");
            }
            double from = DesignOptions.number(option + "-range", parts[0]);
            double to = DesignOptions.number(option + "-range", parts[1]);
            long n = Converters.wholeNumberOrUsage(option + "-range", parts[2]);
            if (n < 2 || n > 101) {
                throw new UsageException(option + "-range: N must be from 2 to 101, was " + parts[2]);
            }
            if (from == to) {
                throw new UsageException(option + "-range: FROM and TO must differ, both were " + parts[0]);
            }
            return AlignmentMap.axis(structure, p, from, to, (int) n);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + " " + e.getMessage());
        }
    }

    private Target target(MetricSpec metric, Structure structure) throws UsageException {
        if (target == null) {
            return null;
        }
        String t = target.strip();
        if (!t.isEmpty() && Character.isLetter(t.charAt(0))) {
            if (metric.measure() != Measure.EL) {
                throw new UsageException("--target " + target + ": a rating target needs a tranche's el metric, not "
                        + metric);
            }
            try {
                return Target.rating(t, structure.simulation().horizonYears());
            } catch (IllegalArgumentException e) {
                throw new UsageException("--target " + e.getMessage());
            }
        }
        double level = DesignOptions.number("--target", t);
        return metric.lowerIsBetter() ? Target.atMost(level, metric.unit()) : Target.atLeast(level, metric.unit());
    }

    private void printTable(Structure structure, AlignmentGrid grid, DesignRun designRun) {
        MapAxis xa = grid.x();
        MapAxis ya = grid.y();
        out.printf("%s — %s over %s (x) and %s (y), scenario %s, %,d paths a point, seed %d%n", structure.name(),
                grid.metric().label(), xa.label(), ya.label(), designRun.scenario(), designRun.paths(),
                designRun.seeds().get(0));
        if (grid.target() != null) {
            out.printf("target: %s %s; a point marked * misses it%n", grid.metric().label(), grid.target().label());
        }
        out.printf("%n%s (%s); rows: %s, highest first; columns: %s%n", grid.metric().label(),
                grid.metric().unit().symbol(), ya.label(), xa.label());
        // one short argument per cell: the terminal cuts each text argument, not the line
        String cells = "%-12s" + " %10s".repeat(xa.count()) + "%n";
        Object[] header = new Object[xa.count() + 1];
        header[0] = "";
        for (int i = 0; i < xa.count(); i++) {
            header[i + 1] = xa.unit().format(xa.value(i));
        }
        out.printf(cells, header);
        for (int j = ya.count() - 1; j >= 0; j--) {
            Object[] line = new Object[xa.count() + 1];
            line[0] = ya.unit().format(ya.value(j));
            for (int i = 0; i < xa.count(); i++) {
                double v = grid.value(i, j);
                boolean misses = grid.target() != null && !Double.isNaN(v) && !grid.target().holds(v);
                line[i + 1] = grid.metric().unit().formatBare(v) + (misses ? "*" : "");
            }
            out.printf(cells, line);
        }
        out.printf("%ncurrent structure: %s %s, %s %s%n", xa.label(), xa.unit().format(grid.currentX()), ya.label(),
                ya.unit().format(grid.currentY()));
    }

    private ObjectNode json(Structure structure, AlignmentGrid grid, DesignRun designRun, long millis,
                            long firstMillis) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("structure", structure.name());
        root.put("metric", grid.metric().toString());
        root.put("metricLabel", grid.metric().label());
        root.put("unit", grid.metric().unit().name());
        root.put("scenario", designRun.scenario());
        root.put("paths", designRun.paths());
        root.put("seed", designRun.seeds().get(0));
        axisJson(root.putObject("x"), grid.x(), grid.currentX());
        axisJson(root.putObject("y"), grid.y(), grid.currentY());
        ArrayNode rows = root.putArray("values");
        for (int j = 0; j < grid.y().count(); j++) {
            ArrayNode row = rows.addArray();
            for (int i = 0; i < grid.x().count(); i++) {
                row.add(grid.value(i, j));
            }
        }
        if (grid.target() != null) {
            root.putObject("target").put("label", grid.target().label()).put("limit", grid.target().limit())
                    .put("atMost", grid.target().atMost());
            ArrayNode contour = root.putArray("contour");
            for (ContourSegment s : grid.contour()) {
                contour.addObject().put("x1", s.x1()).put("y1", s.y1()).put("x2", s.x2()).put("y2", s.y2());
            }
        }
        if (design.timing) {
            root.put("firstPictureMillis", firstMillis);
            root.put("elapsedMillis", millis);
        }
        return root;
    }

    private static void axisJson(ObjectNode node, MapAxis axis, double current) {
        node.put("pointer", axis.pointer()).put("label", axis.label()).put("current", current);
        ArrayNode values = node.putArray("values");
        for (double v : axis.values()) {
            values.add(v);
        }
    }
}
