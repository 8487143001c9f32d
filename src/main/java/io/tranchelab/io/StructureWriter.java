package io.tranchelab.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.model.Asset;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.CreditScoring;
import io.tranchelab.model.DepegShock;
import io.tranchelab.model.Hedge;
import io.tranchelab.model.KeeperOutage;
import io.tranchelab.model.LoanBook;
import io.tranchelab.model.PeggedAsset;
import io.tranchelab.model.PerpetualShort;
import io.tranchelab.model.Position;
import io.tranchelab.model.PriceShock;
import io.tranchelab.model.ProtectivePut;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Scorecard;
import io.tranchelab.model.Shock;
import io.tranchelab.model.Reinvestment;
import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.model.WaterfallKind;
import io.tranchelab.model.YieldPosition;

import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Builds the JSON tree of a structure in the field order of docs/format.md. Defaults are
 * written out (an analyst reading the file sees every term); only absent optional numbers
 * and an empty score table (meaning the built-in one) are left out, which reads back the same.
 */
final class StructureWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StructureWriter() {
    }

    static ObjectNode toTree(Structure s) {
        ObjectNode root = NODES.objectNode();
        root.put("schemaVersion", StructureJson.SCHEMA_VERSION);
        root.put("name", s.name());
        root.put("description", s.description());
        SimulationSettings sim = s.simulation();
        root.putObject("simulation").put("horizonYears", sim.horizonYears()).put("stepsPerYear", sim.stepsPerYear())
                .put("paths", sim.paths()).put("seed", sim.seed());
        ArrayNode assets = root.putArray("assets");
        s.assets().forEach(a -> assets.add(asset(a)));
        ArrayNode rows = root.putArray("correlations");
        for (double[] row : s.correlations().toArray()) {
            ArrayNode out = rows.addArray();
            for (double value : row) {
                out.add(value);
            }
        }
        root.put("initialCash", s.initialCash());
        ArrayNode positions = root.putArray("positions");
        s.positions().forEach(p -> positions.add(position(p)));
        CrossChainWriter.write(s, positions, root); // cross-chain pools (model.md §2.10)
        ArrayNode tranches = root.putArray("tranches");
        s.tranches().forEach(t -> tranches.addObject().put("name", t.name()).put("share", t.share())
                .put("coupon", t.coupon()));
        ObjectNode waterfall = root.putObject("waterfall").put("managementFee", s.waterfall().managementFee())
                .put("reserveTarget", s.waterfall().reserveTarget()).put("ocThreshold", s.waterfall().ocThreshold());
        if (!s.waterfall().isSequential()) { // sequential, the default, is written as no distribution (schemaVersion 1)
            waterfall.set("distribution", distribution(s.waterfall().kind()));
        }
        Reinvestment reinvestment = s.waterfall().reinvestment();
        if (!reinvestment.equals(Reinvestment.NONE)) { // omitted at its default, so the file stays schemaVersion 1
            ObjectNode r = waterfall.putObject("reinvestment").put("rule", reinvestment.rule().name());
            if (!reinvestment.position().isEmpty()) {
                r.put("position", reinvestment.position());
            }
            r.put("cashRate", reinvestment.cashRate());
        }
        if (!s.creditScoreTable().isEmpty()) {
            ArrayNode table = root.putArray("creditScoreTable");
            s.creditScoreTable().forEach(b -> table.addObject().put("minScore", b.minScore())
                    .put("annualDefaultProbability", b.annualDefaultProbability()));
        }
        if (CreditScoring.usesScorecard(s)) {
            Scorecard card = s.scorecard();
            root.putObject("scorecard").put("intercept", card.intercept()).put("perRepayment", card.perRepayment())
                    .put("perLiquidation", card.perLiquidation()).put("perYearOfAge", card.perYearOfAge())
                    .put("perCollateralRatio", card.perCollateralRatio()).put("baseScore", card.baseScore())
                    .put("baseOdds", card.baseOdds()).put("pointsToDoubleOdds", card.pointsToDoubleOdds());
            if (card.perMissedPayment() != 0) { // §5.4.1: absent reads as 0, so a card from before stays as written
                ((ObjectNode) root.get("scorecard")).put("perMissedPayment", card.perMissedPayment());
            }
        }
        ArrayNode scenarios = root.putArray("scenarios");
        s.scenarios().forEach(sc -> scenarios.add(scenario(sc)));
        if (!s.hedges().isEmpty()) { // schemaVersion 2: absent when there is none, so the file stays version 1
            ArrayNode hedges = root.putArray("hedges");
            s.hedges().forEach(h -> hedges.add(hedge(h)));
        }
        root.put("schemaVersion", oldestVersionThatReads(root));
        return root;
    }

    /** The waterfall kind's object (docs/model.md §7.9), fields in JsonShape's order. */
    private static ObjectNode distribution(WaterfallKind kind) {
        ObjectNode out = JsonNodeFactory.instance.objectNode().put("kind", kind.id());
        if (kind instanceof WaterfallKind.ProRata p) {
            out.put("switchCoverage", p.switchCoverage());
        } else if (kind instanceof WaterfallKind.SmartYield y) {
            out.put("gainFee", y.gainFee());
        } else if (kind instanceof WaterfallKind.PerpetualYield p) {
            out.put("aprSplitRatio", p.aprSplitRatio()).put("lossTolerance", p.lossTolerance())
                    .put("performanceFee", p.performanceFee());
        } else if (kind instanceof WaterfallKind.Tinlake t) {
            out.put("minSeniorRatio", t.minSeniorRatio()).put("maxSeniorRatio", t.maxSeniorRatio());
        } else if (kind instanceof WaterfallKind.Goldfinch g) {
            out.put("protocolFee", g.protocolFee()).put("juniorFee", g.juniorFee());
        }
        return out;
    }

    /**
     * The oldest schemaVersion the tree reads as: a structure that uses nothing added since
     * schemaVersion 1 is written as 1, so an older TrancheLab still opens it.
     */
    private static int oldestVersionThatReads(ObjectNode root) {
        for (int v = StructureJson.OLDEST_SCHEMA_VERSION; v < StructureJson.SCHEMA_VERSION; v++) {
            root.put("schemaVersion", v);
            if (StructureReader.readsAs(root, v)) {
                return v;
            }
        }
        return StructureJson.SCHEMA_VERSION;
    }

    private static ObjectNode asset(Asset asset) {
        ObjectNode out = NODES.objectNode();
        if (asset instanceof VolatileAsset v) {
            out.put("kind", JsonShape.VOLATILE_ASSET.kind()).put("id", v.id()).put("price", v.price())
                    .put("drift", v.drift()).put("volatility", v.volatility());
            out.putObject("jumps").put("intensity", v.jumps().intensity())
                    .put("meanLogJump", v.jumps().meanLogJump()).put("stdevLogJump", v.jumps().stdevLogJump());
        } else if (asset instanceof PeggedAsset p) {
            out.put("kind", JsonShape.PEGGED_ASSET.kind()).put("id", p.id()).put("reference", p.reference());
            out.putObject("depeg").put("intensity", p.depeg().intensity()).put("meanDepth", p.depeg().meanDepth())
                    .put("halfLifeDays", p.depeg().halfLifeDays());
        }
        optional(out, "marketDepth", asset.marketDepth());
        return out;
    }

    private static ObjectNode position(Position position) {
        ObjectNode out = NODES.objectNode();
        if (position instanceof YieldPosition y) {
            out.put("kind", JsonShape.YIELD_POSITION.kind()).put("name", y.name()).put("asset", y.asset())
                    .put("units", y.units()).put("apr", y.apr());
            out.putObject("lossEvents").put("intensity", y.lossEvents().intensity())
                    .put("lossFraction", y.lossEvents().lossFraction());
        } else if (position instanceof LoanBook b) {
            out.put("kind", JsonShape.LOAN_BOOK.kind()).put("name", b.name()).put("collateral", b.collateral())
                    .put("principal", b.principal()).put("borrowers", b.borrowers()).put("ltvLow", b.ltvLow())
                    .put("ltvHigh", b.ltvHigh()).put("rate", b.rate())
                    .put("liquidationThreshold", b.liquidationThreshold())
                    .put("liquidationPenalty", b.liquidationPenalty()).put("closeFactor", b.closeFactor())
                    .put("oracleDelaySteps", b.oracleDelaySteps());
            optional(out, "liquidationCapacity", b.liquidationCapacity());
        } else if (position instanceof CreditLine c) {
            out.put("kind", JsonShape.CREDIT_LINE.kind()).put("name", c.name()).put("principal", c.principal())
                    .put("lines", c.lines()).put("rate", c.rate()).put("creditScore", c.creditScore());
            optional(out, "annualDefaultProbability", c.annualDefaultProbability());
            out.put("lossGivenDefault", c.lossGivenDefault()).put("assetCorrelation", c.assetCorrelation());
            c.marketTie().ifPresent(tie -> out.putObject("marketTie").put("asset", tie.asset())
                    .put("correlation", tie.correlation()));
            c.history().ifPresent(h -> {
                ObjectNode history = out.putObject("history").put("repayments", h.repayments())
                        .put("liquidations", h.liquidations()).put("accountAgeDays", h.accountAgeDays())
                        .put("meanCollateralRatio", h.meanCollateralRatio())
                        .put("repaymentsPerYear", h.repaymentsPerYear());
                if (h.missedPayments() != 0) { // §5.4.1: absent reads as 0
                    history.put("missedPayments", h.missedPayments());
                }
                if (h.missedPaymentProbability() != 0) {
                    history.put("missedPaymentProbability", h.missedPaymentProbability());
                }
            });
        }
        return out;
    }

    private static ObjectNode hedge(Hedge hedge) {
        ObjectNode out = NODES.objectNode();
        if (hedge instanceof ProtectivePut p) {
            out.put("kind", JsonShape.PROTECTIVE_PUT.kind()).put("name", p.name()).put("asset", p.asset())
                    .put("hedgeRatio", p.hedgeRatio()).put("strike", p.strike()).put("tenorDays", p.tenorDays())
                    .put("impliedVolatility", p.impliedVolatility()).put("volatilitySpread", p.volatilitySpread())
                    .put("riskFreeRate", p.riskFreeRate());
        } else if (hedge instanceof PerpetualShort p) {
            out.put("kind", JsonShape.PERPETUAL_SHORT.kind()).put("name", p.name()).put("asset", p.asset())
                    .put("hedgeRatio", p.hedgeRatio()).put("rebalanceBand", p.rebalanceBand())
                    .put("fundingMean", p.fundingMean()).put("fundingVolatility", p.fundingVolatility());
        }
        return out;
    }

    private static ObjectNode scenario(Scenario scenario) {
        ObjectNode out = NODES.objectNode().put("name", scenario.name()).put("description", scenario.description())
                .put("volatilityMultiplier", scenario.volatilityMultiplier());
        ObjectNode drifts = out.putObject("driftOverrides");
        // Sorted: the model's map has no order, and the same structure must always give the same text.
        new TreeMap<>(scenario.driftOverrides()).forEach(drifts::put);
        optional(out, "correlationOverride", scenario.correlationOverride());
        out.put("liquidationCapacityMultiplier", scenario.liquidationCapacityMultiplier())
                .put("marketDepthMultiplier", scenario.marketDepthMultiplier());
        // credit stress (schemaVersion 2): left out when off, so an unstressed scenario reads in version 1
        if (scenario.defaultProbabilityMultiplier() != 1.0) {
            out.put("defaultProbabilityMultiplier", scenario.defaultProbabilityMultiplier());
        }
        if (scenario.creditFactorShift() != 0.0) {
            out.put("creditFactorShift", scenario.creditFactorShift());
        }
        ArrayNode shocks = out.putArray("shocks");
        scenario.shocks().forEach(shock -> shocks.add(shock(shock)));
        return out;
    }

    private static ObjectNode shock(Shock shock) {
        ObjectNode out = NODES.objectNode();
        if (shock instanceof PriceShock p) {
            out.put("kind", JsonShape.PRICE_SHOCK.kind()).put("asset", p.asset()).put("step", p.step())
                    .put("logReturn", p.logReturn());
        } else if (shock instanceof DepegShock d) {
            out.put("kind", JsonShape.DEPEG_SHOCK.kind()).put("asset", d.asset()).put("step", d.step())
                    .put("depth", d.depth()).put("halfLifeDays", d.halfLifeDays());
        } else if (shock instanceof KeeperOutage k) {
            out.put("kind", JsonShape.KEEPER_OUTAGE.kind()).put("asset", k.asset()).put("step", k.step())
                    .put("steps", k.steps()).put("capacityMultiplier", k.capacityMultiplier());
        }
        return out;
    }

    private static void optional(ObjectNode out, String field, OptionalDouble value) {
        value.ifPresent(v -> out.put(field, v));
    }
}
