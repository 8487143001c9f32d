package io.tranchelab.ui;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.CorrelationMatrix;
import io.tranchelab.model.Jumps;
import io.tranchelab.model.LossEvents;
import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.model.WaterfallTerms;
import io.tranchelab.model.YieldPosition;
import io.tranchelab.ui.document.DefaultStructures;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What File > New starts from: an almost empty structure (one asset, one position, senior and
 * equity, which is the least a structure can be and still run), or a copy of one of the samples
 * as a template. A template opens unsaved and untitled, so saving never overwrites the sample.
 */
final class Templates {

    /** A template's menu name and where it comes from. */
    record Template(String name, Path file) {
    }

    private Templates() {
    }

    static Structure blank() {
        VolatileAsset eth = new VolatileAsset("ETH", 3000, 0.0, 0.60, Jumps.NONE, OptionalDouble.empty());
        YieldPosition holding = new YieldPosition("ETH holding", "ETH", 1_000, 0.0, LossEvents.NONE);
        return new Structure("New structure", "", new SimulationSettings(1.0, 365, 10_000, 42), List.of(eth),
                CorrelationMatrix.identity(1), 0, List.of(holding),
                List.of(new Tranche("Senior", 0.80, 0.05), new Tranche("Equity", 0.20, 0.0)),
                WaterfallTerms.NONE, List.of(), List.of());
    }

    /** The samples beside the app (the working directory's samples/), by file name. */
    static List<Template> samples() {
        Path folder = DefaultStructures.SAMPLE.getParent();
        List<Template> out = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : files) {
                out.add(new Template(file.getFileName().toString().replaceFirst("\\.json$", "").replace('-', ' '),
                        file));
            }
        } catch (IOException e) {
            return out; // no samples to offer is not an error
        }
        out.sort(java.util.Comparator.comparing(Template::name));
        return out;
    }

    /** The template's structure (read like any opened file: size-checked, validated). */
    static Structure read(Template template) throws IOException, io.tranchelab.io.StructureFormatException {
        return StructureJson.read(template.file());
    }
}
