package io.tranchelab.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.tranchelab.model.Asset;
import io.tranchelab.model.CorrelationMatrix;
import io.tranchelab.model.CrossChain;
import io.tranchelab.model.Hedge;
import io.tranchelab.model.Limits;
import io.tranchelab.model.Position;
import io.tranchelab.model.ProblemList;
import io.tranchelab.model.Reinvestment;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.ScoreBand;
import io.tranchelab.model.Scorecard;
import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.model.WaterfallKind;
import io.tranchelab.model.WaterfallTerms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a parsed JSON tree into a {@link Structure}, checking the form (fields, types, finite
 * numbers) but not the meaning, which is {@link io.tranchelab.model.StructureValidator}'s job.
 */
final class StructureReader {

    private final ProblemList problems = new ProblemList();

    /** The structure, or the problems that kept the tree from being one (all of them, in document order). */
    static Structure read(JsonNode tree) throws StructureFormatException {
        StructureReader reader = new StructureReader();
        Structure structure = reader.readRoot(NodeReader.root(tree, reader.problems, declaredVersion(tree)));
        if (!reader.problems.isEmpty()) {
            throw new StructureFormatException(reader.problems.toList());
        }
        return structure;
    }

    private Structure readRoot(NodeReader in) {
        if (!in.isObject() || !versionSupported(in)) {
            return null;
        }
        in.allowOnly(JsonShape.STRUCTURE);
        String name = in.text("name");
        String description = in.text("description", "");
        SimulationSettings simulation = in.object("simulation", true).map(StructureReader::simulation).orElse(null);
        List<NodeReader> assetNodes = in.array("assets", true, Limits.MAX_ASSETS);
        List<Asset> assets = each(assetNodes, AssetReader::read);
        CorrelationMatrix correlations = in.has("correlations") ? correlations(in)
                : CorrelationMatrix.identity(assetNodes.size());
        double initialCash = in.number("initialCash", 0);
        List<NodeReader> positionNodes = in.array("positions", true, Limits.MAX_POSITIONS);
        List<Position> positions = each(positionNodes, PositionReader::read);
        CrossChain crossChain = CrossChainReader.read(in, positionNodes); // cross-chain pools (model.md §2.10)
        List<Tranche> tranches = each(in.array("tranches", true, Limits.MAX_TRANCHES), StructureReader::tranche);
        WaterfallTerms waterfall = in.object("waterfall", false).map(StructureReader::waterfall)
                .orElse(WaterfallTerms.NONE);
        List<ScoreBand> scoreTable = each(in.array("creditScoreTable", false, Limits.MAX_SCORE_BANDS), StructureReader::scoreBand);
        Scorecard scorecard = in.object("scorecard", false).map(StructureReader::scorecard).orElse(Scorecard.DEFAULT);
        List<Scenario> scenarios = each(in.array("scenarios", false, Limits.MAX_SCENARIOS), ScenarioReader::read);
        List<Hedge> hedges = each(in.array("hedges", false, Limits.MAX_HEDGES), HedgeReader::read);
        if (!problems.isEmpty()) {
            return null;
        }
        return new Structure(name, description, simulation, assets, correlations, initialCash, positions, tranches,
                waterfall, scoreTable, scenarios).withCrossChain(crossChain).withScorecard(scorecard)
                .withHedges(hedges);
    }

    /** Whether the tree reads as a structure of schemaVersion {@code version} (what the writer asks). */
    static boolean readsAs(JsonNode tree, int version) {
        StructureReader reader = new StructureReader();
        reader.readRoot(NodeReader.root(tree, reader.problems, version));
        return reader.problems.isEmpty();
    }

    /** The file's schemaVersion when it is one this version reads; otherwise the current one (and reported later). */
    private static int declaredVersion(JsonNode tree) {
        JsonNode version = tree.isObject() ? tree.get("schemaVersion") : null;
        return version != null && version.isIntegralNumber() && supported(version.longValue())
                ? version.intValue() : StructureJson.SCHEMA_VERSION;
    }

    private static boolean supported(long version) {
        return version >= StructureJson.OLDEST_SCHEMA_VERSION && version <= StructureJson.SCHEMA_VERSION;
    }

    /** A file of another version is reported alone: its other fields would only add noise. */
    private static boolean versionSupported(NodeReader in) {
        if (!in.has("schemaVersion")) {
            in.report("/schemaVersion", "missing required field; it must be " + StructureJson.OLDEST_SCHEMA_VERSION
                    + " or " + StructureJson.SCHEMA_VERSION);
            return true;
        }
        JsonNode version = in.raw("schemaVersion");
        if (!version.isIntegralNumber() || !supported(version.longValue())) {
            String found = version.isNumber() ? version.asText() : JsonValues.describe(version);
            in.report("/schemaVersion", "is " + found + "; this version of TrancheLab reads"
                    + " schemaVersion " + StructureJson.OLDEST_SCHEMA_VERSION + " to " + StructureJson.SCHEMA_VERSION);
            return false;
        }
        return true;
    }

    private static SimulationSettings simulation(NodeReader in) {
        in.allowOnly(JsonShape.SIMULATION);
        return new SimulationSettings(in.number("horizonYears"),
                in.whole("stepsPerYear", SimulationSettings.DEFAULT_STEPS_PER_YEAR), in.whole("paths"),
                in.wholeLong("seed"));
    }

    private static CorrelationMatrix correlations(NodeReader in) {
        List<NodeReader> rows = in.array("correlations", false, Limits.MAX_ASSETS);
        double[][] matrix = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            List<NodeReader> entries = rows.get(i).isArray() ? rows.get(i).elements(Limits.MAX_ASSETS) : List.of();
            matrix[i] = new double[entries.size()];
            for (int j = 0; j < entries.size(); j++) {
                matrix[i][j] = entries.get(j).asNumber();
            }
        }
        return new CorrelationMatrix(matrix);
    }

    private static Optional<Tranche> tranche(NodeReader in) {
        if (!in.isObject()) {
            return Optional.empty();
        }
        in.allowOnly(JsonShape.TRANCHE);
        return Optional.of(new Tranche(in.text("name"), in.number("share"), in.number("coupon")));
    }

    private static WaterfallTerms waterfall(NodeReader in) {
        in.allowOnly(JsonShape.WATERFALL);
        // a version-1 file's distribution is refused by allowOnly at its pointer, and not read further
        WaterfallKind kind = JsonShape.WATERFALL.since("distribution") > in.version() ? WaterfallKind.SEQUENTIAL
                : in.object("distribution", false).flatMap(StructureReader::distribution).orElse(WaterfallKind.SEQUENTIAL);
        return new WaterfallTerms(in.number("managementFee", 0), in.number("reserveTarget", 0),
                in.number("ocThreshold", 0), kind)
                .withReinvestment(in.object("reinvestment", false).map(StructureReader::reinvestment)
                        .orElse(Reinvestment.NONE));
    }

    /** The waterfall's kind (docs/model.md §7.9); empty when unreadable (already reported). */
    private static Optional<WaterfallKind> distribution(NodeReader in) {
        return KindReader.shapeOf(in, JsonShape.DISTRIBUTIONS, "waterfall distribution").map(shape -> switch (shape) {
            case PRO_RATA_DISTRIBUTION -> new WaterfallKind.ProRata(in.number("switchCoverage"));
            case SMART_YIELD_DISTRIBUTION -> new WaterfallKind.SmartYield(in.number("gainFee"));
            case PERPETUAL_YIELD_DISTRIBUTION -> new WaterfallKind.PerpetualYield(in.number("aprSplitRatio"),
                    in.number("lossTolerance"), in.number("performanceFee"));
            case TINLAKE_DISTRIBUTION -> new WaterfallKind.Tinlake(in.number("minSeniorRatio"),
                    in.number("maxSeniorRatio"));
            case GOLDFINCH_DISTRIBUTION -> new WaterfallKind.Goldfinch(in.number("protocolFee"),
                    in.number("juniorFee"));
            default -> new WaterfallKind.Strips();
        });
    }

    /** docs/model.md §7.6: every field optional, defaulting to v1's rule (cash at 0 %). */
    private static Reinvestment reinvestment(NodeReader in) {
        in.allowOnly(JsonShape.REINVESTMENT);
        String rule = in.text("rule", Reinvestment.Rule.CASH.name());
        Reinvestment.Rule parsed = null;
        for (Reinvestment.Rule r : Reinvestment.Rule.values()) {
            if (r.name().equals(rule)) {
                parsed = r;
            }
        }
        if (parsed == null) {
            in.report(in.pointer() + "/rule", "is '" + rule + "'; it must be CASH, POSITION or PAY_OUT");
            parsed = Reinvestment.Rule.CASH;
        }
        return new Reinvestment(parsed, in.text("position", ""), in.number("cashRate", 0));
    }

    /**
     * Every weight is required: a scorecard stated in part would silently mix with the default's.
     * But {@code perMissedPayment}, added after the others (§5.4.1): absent, a card does not read misses.
     */
    private static Scorecard scorecard(NodeReader in) {
        in.allowOnly(JsonShape.SCORECARD);
        return new Scorecard(in.number("intercept"), in.number("perRepayment"), in.number("perLiquidation"),
                in.number("perYearOfAge"), in.number("perCollateralRatio"), in.number("baseScore"),
                in.number("baseOdds"), in.number("pointsToDoubleOdds"), in.number("perMissedPayment", 0));
    }

    private static Optional<ScoreBand> scoreBand(NodeReader in) {
        if (!in.isObject()) {
            return Optional.empty();
        }
        in.allowOnly(JsonShape.SCORE_BAND);
        return Optional.of(new ScoreBand(in.whole("minScore"), in.number("annualDefaultProbability")));
    }

    private static <T> List<T> each(List<NodeReader> elements, Function<NodeReader, Optional<? extends T>> read) {
        List<T> out = new ArrayList<>(elements.size());
        for (NodeReader element : elements) {
            read.apply(element).ifPresent(out::add);
        }
        return out;
    }
}
