package io.tranchelab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.design.Bump;
import io.tranchelab.design.DesignRun;
import io.tranchelab.design.MetricSpec;
import io.tranchelab.design.MetricUnit;
import io.tranchelab.design.NumericParameter;
import io.tranchelab.design.Sensitivity;
import io.tranchelab.design.StructureOverrides;
import io.tranchelab.design.Tornado;
import io.tranchelab.design.TornadoBar;
import io.tranchelab.chart.DesignPictures;
import io.tranchelab.chart.TornadoChart;
import io.tranchelab.format.Formats;
import io.tranchelab.model.Problem;
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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code sensitivity FILE}: the tornado. Every numeric parameter moved down and up (10 % by
 * default, or a stated step), every run on the same seed, the effects on the metric ranked.
 */
@Command(name = "sensitivity", header = "Bump every parameter down and up; rank the effects on a metric.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = "Moves every numeric parameter of the structure down and up (by --bump, 10 %% by default, or"
                + " by an absolute --step), keeping each inside its allowed range, runs every variant on the same"
                + " paths and seed (common random numbers) and prints the metric at each end, ranked by the swing"
                + " |high - low|. Each point runs 2,000 paths unless --paths says otherwise.",
        footerHeading = "%nExamples:%n",
        footer = {"  tranchelab sensitivity samples/eth-lending-book.json",
            "  tranchelab sensitivity deal.json --metric pool:pBadDebt --bump 20%%",
            "  tranchelab sensitivity deal.json --metric tranche:Senior:es99 --step 0.05 --format csv",
            "  tranchelab sensitivity deal.json --metric pool:pBadDebt --png tornado.png --svg tornado.svg"})
final class SensitivityCommand implements Callable<Integer> {

    /** The chart shows the largest effects; the table and the CSV list every one. */
    static final int MAX_CHART_BARS = 15;

    @ParentCommand
    private TrancheLabCommand parent;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The structure (JSON).")
    private String file;

    @Option(names = "--bump", paramLabel = "PCT",
            description = "Relative bump, e.g. 10%% or 0.1 (default: 10%%).")
    private String bump;

    @Option(names = "--step", paramLabel = "X",
            description = "Absolute step instead, in each parameter's own unit (0.05 = 5 points of a fraction).")
    private String step;

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
        Bump bumpBy = bump();
        DesignRun designRun = design.run(structure, run);
        Map<String, Path> files = chartFiles.check(file);
        long start = System.nanoTime();
        Tornado tornado;
        try {
            tornado = Sensitivity.tornado(structure, metric, bumpBy, designRun, DesignOptions.threads(run),
                    ProgressListener.NONE, CancellationToken.none());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        switch (design.format) {
            case JSON -> out.json(json(structure, tornado, millis));
            case CSV -> out.printf("%s", DesignCsv.of(tornado));
            default -> printTable(structure, tornado, millis);
        }
        if (chartFiles.any()) {
            TornadoChart chart = new TornadoChart();
            chart.show(DesignPictures.tornado(tornado, structure.name(), MAX_CHART_BARS));
            chartFiles.write(chart.chart(), files, out, design.format == DesignOptions.Format.TABLE);
        }
        return Cli.OK;
    }

    private Bump bump() throws UsageException {
        if (bump != null && step != null) {
            throw new UsageException("--bump and --step: give one of them");
        }
        if (step != null) {
            double x = DesignOptions.number("--step", step);
            if (!(x > 0)) {
                throw new UsageException("--step must be greater than 0, was " + step);
            }
            return Bump.absolute(x);
        }
        if (bump == null) {
            return Bump.DEFAULT;
        }
        double fraction = DesignOptions.number("--bump", bump);
        if (!bump.strip().endsWith("%") && fraction >= 1) {
            throw new UsageException("--bump " + bump + ": write a percentage (10%) or a fraction (0.1)");
        }
        if (!(fraction > 0 && fraction < 1)) {
            throw new UsageException("--bump must be above 0 % and below 100 %, was " + bump);
        }
        return Bump.relative(fraction);
    }

    private void printTable(Structure structure, Tornado t, long millis) {
        MetricUnit unit = t.metric().unit();
        Map<String, NumericParameter> parameters = StructureOverrides.numericParameters(structure).stream()
                .collect(Collectors.toMap(NumericParameter::pointer, Function.identity()));
        out.printf("%s — %s, bumps of %s, scenario %s, %,d paths a point, seed %d%n", structure.name(),
                t.metric().label(), t.bump().toString(), t.run().scenario(), t.run().paths(), t.run().seeds().get(0));
        out.printf("%s at the base: %s%n%n", t.metric().label(), unit.format(t.base()));
        String row = "%4s  %-44s %12s %12s %12s %12s %12s%n";
        out.printf(row, "Rank", "Parameter", "Low", "High", "at low", "at high", "Swing");
        boolean anyClipped = false;
        for (int i = 0; i < t.bars().size(); i++) {
            TornadoBar bar = t.bars().get(i);
            MetricUnit input = parameters.get(bar.pointer()).unit();
            anyClipped |= bar.clipped();
            out.printf(row, Integer.toString(i + 1), clip(bar.label(), 44),
                    input.format(bar.lowInput()) + (bar.lowClipped() ? "*" : ""),
                    input.format(bar.highInput()) + (bar.highClipped() ? "*" : ""),
                    unit.format(bar.lowValue()), unit.format(bar.highValue()), unit.format(bar.swing()));
        }
        if (anyClipped) {
            out.printf("%n* the bump was cut short by the parameter's allowed range%n");
        }
        if (!t.skipped().isEmpty()) {
            out.printf("%nNot bumped:%n");
            for (Problem p : t.skipped()) {
                out.printf("  %s (%s): %s%n", p.pointer(), parameters.get(p.pointer()).label(), p.message());
            }
        }
        if (design.timing) {
            out.printf("%ntiming: %s ms for %d runs of %,d paths on %d threads%n", Formats.count(millis),
                    1 + 2 * t.bars().size(), t.run().paths(), DesignOptions.threads(run));
        }
    }

    private ObjectNode json(Structure structure, Tornado t, long millis) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("structure", structure.name());
        root.put("metric", t.metric().toString());
        root.put("metricLabel", t.metric().label());
        root.put("unit", t.metric().unit().name());
        root.put("bump", t.bump().toString());
        root.put("scenario", t.run().scenario());
        root.put("paths", t.run().paths());
        root.put("seed", t.run().seeds().get(0));
        root.put("base", t.base());
        ArrayNode bars = root.putArray("bars");
        for (TornadoBar bar : t.bars()) {
            bars.addObject().put("pointer", bar.pointer()).put("label", bar.label()).put("baseInput", bar.baseInput())
                    .put("lowInput", bar.lowInput()).put("highInput", bar.highInput())
                    .put("lowValue", bar.lowValue()).put("highValue", bar.highValue()).put("swing", bar.swing())
                    .put("lowClipped", bar.lowClipped()).put("highClipped", bar.highClipped());
        }
        ArrayNode skipped = root.putArray("skipped");
        t.skipped().forEach(p -> skipped.addObject().put("pointer", p.pointer()).put("reason", p.message()));
        if (design.timing) {
            root.put("elapsedMillis", millis);
        }
        return root;
    }

    static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
