package io.tranchelab.ui.document;

import io.tranchelab.io.StructureFormatException;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.CorrelationMatrix;
import io.tranchelab.model.Depeg;
import io.tranchelab.model.Jumps;
import io.tranchelab.model.LoanBook;
import io.tranchelab.model.LossEvents;
import io.tranchelab.model.PeggedAsset;
import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.model.WaterfallTerms;
import io.tranchelab.model.YieldPosition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The structure the workbench starts with when no file is given: the ETH lending sample from the
 * working directory, else the copy bundled in the jar, else the same book built in code. File &gt;
 * New starts from {@link #empty()} instead.
 */
public final class DefaultStructures {

    public static final Path SAMPLE = Path.of("samples", "eth-lending-book.json");
    private static final String RESOURCE = "/io/tranchelab/samples/eth-lending-book.json";

    private DefaultStructures() {
    }

    /** The sample file when it exists (so the title names it), else null. */
    public static Path sampleFile() {
        return Files.isRegularFile(SAMPLE) ? SAMPLE : null;
    }

    /**
     * What File &gt; New opens: the smallest structure that runs, to fill in. One volatile asset
     * held as one yield position, a senior and an equity tranche; the simulation settings of the
     * samples (one year, daily steps, 10,000 paths) so results compare with theirs.
     */
    public static Structure empty() {
        VolatileAsset eth = new VolatileAsset("ETH", 3000, 0.0, 0.60, Jumps.NONE, OptionalDouble.empty());
        YieldPosition holding = new YieldPosition("ETH holding", "ETH", 1000, 0.03, LossEvents.NONE);
        return new Structure("New structure", "New structure",
                new SimulationSettings(1.0, 365, 10_000, 42), List.of(eth), CorrelationMatrix.identity(1), 0,
                List.of(holding),
                List.of(new Tranche("Senior", 0.80, 0.05), new Tranche("Equity", 0.20, 0.0)),
                new WaterfallTerms(0.01, 0.02, 1.10), List.of(), List.of());
    }

    /** The bundled structure, when the sample is absent. */
    public static Structure bundled() {
        try (InputStream in = DefaultStructures.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return StructureJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException | StructureFormatException e) {
            System.getLogger(DefaultStructures.class.getName())
                    .log(System.Logger.Level.WARNING, "bundled structure unreadable, using the built-in one", e);
        }
        return builtIn();
    }

    /** An ETH lending book with a staked-ETH sleeve, three tranches (the shape of the sample). */
    public static Structure builtIn() {
        VolatileAsset eth = new VolatileAsset("ETH", 3000, 0.0, 0.75, new Jumps(2.0, -0.08, 0.10),
                OptionalDouble.of(250_000_000));
        PeggedAsset steth = new PeggedAsset("stETH", "ETH", new Depeg(0.5, 0.02, 30), OptionalDouble.of(80_000_000));
        YieldPosition staking = new YieldPosition("stETH staking", "stETH", 10_000, 0.03, new LossEvents(0.01, 0.05));
        LoanBook loans = new LoanBook("ETH-backed loans", "ETH", 50_000_000, 20, 0.50, 0.75, 0.06, 0.83, 0.05, 0.5,
                0, OptionalDouble.of(5_000_000));
        return new Structure("ETH lending book", "Built-in example: ETH-backed loans and staked ETH",
                new SimulationSettings(1.0, 365, 10_000, 42), List.of(eth, steth), CorrelationMatrix.identity(2), 0,
                List.of(loans, staking),
                List.of(new Tranche("Senior", 0.70, 0.05), new Tranche("Mezzanine", 0.20, 0.10),
                        new Tranche("Equity", 0.10, 0.0)),
                new WaterfallTerms(0.01, 0.02, 1.10), List.of(), List.of());
    }
}
