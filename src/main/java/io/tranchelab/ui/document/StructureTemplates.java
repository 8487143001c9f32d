package io.tranchelab.ui.document;

import io.tranchelab.io.StructureFormatException;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The shipped samples, bundled in the jar under {@code /io/tranchelab/samples/}, offered by
 * File &gt; New from template. A jar cannot list a resource folder, so the files are named here;
 * {@code StructureTemplatesTest} checks the list against the samples folder.
 */
public final class StructureTemplates {

    private static final String FOLDER = "/io/tranchelab/samples/";

    /** One sample: the menu label and the bundled file it is read from. */
    public record Template(String label, String fileName) {

        /** The sample's structure, read afresh from the jar (a structure is immutable, but cheap to read). */
        public Structure structure() throws IOException, StructureFormatException {
            try (InputStream in = StructureTemplates.class.getResourceAsStream(FOLDER + fileName)) {
                if (in == null) {
                    throw new IOException(fileName + " is missing from the application");
                }
                return StructureJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    public static final List<Template> ALL = List.of(
            new Template("ETH-collateralized lending book", "eth-lending-book.json"),
            new Template("Reputation-scored credit pool", "credit-pool-reputation.json"),
            new Template("Credit pool scored from on-chain histories", "credit-pool-scored.json"),
            new Template("stETH staking note", "staking-steth-note.json"),
            new Template("DEX LP fee pool", "lp-fee-pool.json"),
            new Template("Cross-chain yield vault", "cross-chain-vault.json"),
            new Template("Hedged staked-ETH vault", "hedged-eth-vault.json"));

    /**
     * One structure per DeFi tranching protocol (docs/model.md §7.9), in samples/templates/ with
     * parameters from the protocol's documents (sources in samples/README.md). Listed apart from
     * the samples: File &gt; New from Template shows them under their own heading.
     */
    public static final List<Template> PROTOCOLS = List.of(
            new Template("BarnBridge SMART Yield (Compound USDC)", "templates/barnbridge-smart-yield.json"),
            new Template("Idle Perpetual Yield Tranches (DAI)", "templates/idle-perpetual-yield.json"),
            new Template("Centrifuge Tinlake DROP/TIN (invoice pool)", "templates/tinlake-drop-tin.json"),
            new Template("Goldfinch borrower pool (4x leverage)", "templates/goldfinch-borrower-pool.json"),
            new Template("Pendle PT/YT (aUSDC, 1 year)", "templates/pendle-pt-yt.json"));

    private StructureTemplates() {
    }
}
