package io.tranchelab.cli;

import io.tranchelab.report.ChartExport;

import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** --png and --svg: the design commands' chart as files, checked before the run and written after it. */
final class ChartFileOptions {

    static final int WIDTH = 960;
    static final int HEIGHT = 720;

    @Option(names = "--png", paramLabel = "FILE", description = "Also write the chart as a PNG (1920 x 1440).")
    String png;

    @Option(names = "--svg", paramLabel = "FILE", description = "Also write the chart as an SVG (960 x 720).")
    String svg;

    /** The files asked for, refused with a sentence naming the option before anything runs. */
    Map<String, Path> check(String input) throws UsageException {
        Map<String, Path> targets = new LinkedHashMap<>();
        if (png != null) {
            targets.put("--png", Cli.path("--png", png));
        }
        if (svg != null) {
            targets.put("--svg", Cli.path("--svg", svg));
        }
        ReportFiles.check(targets, Cli.path("FILE", input));
        return targets;
    }

    boolean any() {
        return png != null || svg != null;
    }

    /** Writes the chart; says so on stdout only when {@code announce} (not under JSON or CSV, which own stdout). */
    void write(JFreeChart chart, Map<String, Path> targets, Terminal out, boolean announce) throws UsageException {
        for (Map.Entry<String, Path> target : targets.entrySet()) {
            try {
                if (target.getKey().equals("--png")) {
                    ChartExport.png(chart, 2 * WIDTH, 2 * HEIGHT, target.getValue());
                } else {
                    ChartExport.svg(chart, WIDTH, HEIGHT, target.getValue());
                }
            } catch (IOException e) {
                throw new UsageException(target.getKey() + " " + target.getValue() + ": cannot write ("
                        + e.getMessage() + ")");
            }
            if (announce) {
                out.println("wrote " + target.getValue());
            }
        }
    }
}
