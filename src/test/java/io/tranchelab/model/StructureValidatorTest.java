package io.tranchelab.model;

import static io.tranchelab.model.Edits.book;
import static io.tranchelab.model.Edits.eth;
import static io.tranchelab.model.Edits.line;
import static io.tranchelab.model.Edits.steth;
import static io.tranchelab.model.Edits.staking;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StructureValidatorTest {

    private static final Structure FULL = ExampleStructures.full();

    @Test
    void theExampleStructuresAreValid() {
        assertEquals(List.of(), StructureValidator.validate(FULL));
        assertEquals(List.of(), StructureValidator.validate(ExampleStructures.minimal()));
    }

    @Test
    void sharesThatDoNotSumToOneAreReportedAtTheTrancheList() {
        Structure s = Edits.tranche(FULL, 1, t -> t.withShare(0.27));
        assertEquals(List.of(new Problem("/tranches", "shares sum to 1.07; they must sum to 1")),
                StructureValidator.validate(s));
    }

    @Test
    void anIndefiniteCorrelationMatrixIsReportedWithItsSmallestEigenvalue() {
        CorrelationMatrix m = CorrelationMatrix.identity(3).with(0, 1, 0.9).with(0, 2, 0.9).with(1, 2, -0.9);
        assertEquals(List.of(new Problem("/correlations",
                        "not positive semi-definite (smallest eigenvalue -0.8); a correlation matrix must be")),
                StructureValidator.validate(FULL.withCorrelations(m)));
    }

    @Test
    void aCashOnlyPoolIsValid() {
        assertEquals(List.of(), StructureValidator.validate(FULL.withPositions(List.of()).withInitialCash(100)));
    }

    @Test
    void theValidatorNeverThrowsOnMissingNames() {
        Structure s = FULL.withName(null)
                .withAssets(List.of(new VolatileAsset(null, 1, 0, 0, null, null),
                        new PeggedAsset("x", null, null, null)))
                .withCorrelations(CorrelationMatrix.identity(2))
                .withPositions(List.of(new YieldPosition(null, null, 1, 0, null),
                        new LoanBook("b", null, 1, 1, 0.5, 0.5, 0, 0.8, 0, 1, 0, null)))
                .withTranches(List.of(new Tranche(null, 0.5, 0), new Tranche("e", 0.5, 0)))
                .withScenarios(List.of(new Scenario(null, null, 1, null, null, 1, 1,
                        List.of(new PriceShock(null, 1, 0), new DepegShock(null, 1, 0, 1)))));
        List<Problem> problems = StructureValidator.validate(s);
        assertTrue(problems.stream().anyMatch(p -> p.pointer().equals("/assets/0/id")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.pointer().equals("/scenarios/0/shocks/1/asset")),
                problems::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidStructures")
    void eachInvalidFieldIsNamedWithWhatIsAllowed(String change, UnaryOperator<Structure> edit, String pointer,
            String keyWords) {
        List<Problem> problems = StructureValidator.validate(edit.apply(FULL));
        assertTrue(problems.stream().anyMatch(p -> p.pointer().equals(pointer)
                        && Stream.of(keyWords.split("\\|")).allMatch(p.message()::contains)),
                () -> "expected a problem at " + pointer + " mentioning " + keyWords + ", got " + problems);
    }

    static Stream<Arguments> invalidStructures() {
        return Stream.of(
                // structure and simulation
                of("blank name", s -> s.withName(" "), "/name", "blank"),
                of("zero horizon", s -> Edits.simulation(s, x -> x.withHorizonYears(0)), "/simulation/horizonYears",
                        "is 0|greater than 0 and at most 30"),
                of("horizon over 30 years", s -> Edits.simulation(s, x -> x.withHorizonYears(31)),
                        "/simulation/horizonYears", "at most 30"),
                of("NaN horizon", s -> Edits.simulation(s, x -> x.withHorizonYears(Double.NaN)),
                        "/simulation/horizonYears", "NaN"),
                of("no steps", s -> Edits.simulation(s, x -> x.withStepsPerYear(0)), "/simulation/stepsPerYear",
                        "from 1 to 10,000"),
                of("too many steps per year", s -> Edits.simulation(s, x -> x.withStepsPerYear(10_001)),
                        "/simulation/stepsPerYear", "10,001|from 1 to 10,000"),
                of("too many steps", s -> Edits.simulation(s, x -> x.withHorizonYears(20).withStepsPerYear(10_000)),
                        "/simulation/stepsPerYear", "200,000 steps|at most 100,000"),
                of("no paths", s -> Edits.simulation(s, x -> x.withPaths(0)), "/simulation/paths", "from 1"),
                of("too many paths", s -> Edits.simulation(s, x -> x.withPaths(10_000_001)), "/simulation/paths",
                        "10,000,000"),
                // assets
                of("duplicate asset id", s -> Edits.asset(s, 1, new PeggedAsset("ETH", "USD", null, null)),
                        "/assets/1/id", "\"ETH\" is used twice|unique"),
                of("blank asset id", s -> Edits.asset(s, 2, new PeggedAsset("", "USD", null, null)), "/assets/2/id",
                        "blank"),
                of("asset named USD", s -> Edits.asset(s, 2, new PeggedAsset("USD", "USD", null, null)),
                        "/assets/2/id", "reserved"),
                of("too many assets", s -> s.withAssets(Edits.copies(eth(s), 51)), "/assets", "51 assets|at most 50"),
                of("zero price", s -> Edits.asset(s, 0, eth(s).withPrice(0)), "/assets/0/price", "is 0|from 1E-9 to 1000000000000"),
                of("negative volatility", s -> Edits.asset(s, 0, eth(s).withVolatility(-0.1)), "/assets/0/volatility",
                        "-0.1|from 0 to 5"),
                of("infinite drift", s -> Edits.asset(s, 0, eth(s).withDrift(Double.POSITIVE_INFINITY)),
                        "/assets/0/drift", "Infinity|from -1 to 3"),
                of("negative jump intensity", s -> Edits.asset(s, 0, eth(s).withJumps(new Jumps(-1, 0, 0))),
                        "/assets/0/jumps/intensity", "from 0 to 365"),
                of("negative jump stdev", s -> Edits.asset(s, 0, eth(s).withJumps(new Jumps(1, 0, -0.1))),
                        "/assets/0/jumps/stdevLogJump", "from 0 to 2"),
                of("NaN mean jump", s -> Edits.asset(s, 0, eth(s).withJumps(new Jumps(1, Double.NaN, 0))),
                        "/assets/0/jumps/meanLogJump", "NaN"),
                of("zero market depth", s -> Edits.asset(s, 0, eth(s).withMarketDepth(OptionalDouble.of(0))),
                        "/assets/0/marketDepth", "greater than 0"),
                of("peg to an unknown asset", s -> Edits.asset(s, 1, new PeggedAsset("stETH", "BTC", null, null)),
                        "/assets/1/reference", "\"BTC\"|\"USD\"|\"ETH\""),
                of("peg to a pegged asset", s -> Edits.asset(s, 1, new PeggedAsset("stETH", "USDC", null, null)),
                        "/assets/1/reference", "VOLATILE"),
                of("negative depeg intensity", s -> Edits.asset(s, 1, steth(s).withDepeg(new Depeg(-1, 0, 1))),
                        "/assets/1/depeg/intensity", "from 0 to 365"),
                of("depeg depth of 1", s -> Edits.asset(s, 1, steth(s).withDepeg(new Depeg(1, 1, 1))),
                        "/assets/1/depeg/meanDepth", "at least 0 and below 1"),
                of("zero depeg half-life", s -> Edits.asset(s, 1, steth(s).withDepeg(new Depeg(1, 0.1, 0))),
                        "/assets/1/depeg/halfLifeDays", "from 0.01 to 36500"),
                // correlations
                of("matrix of the wrong size", s -> s.withCorrelations(CorrelationMatrix.identity(2)), "/correlations",
                        "2 rows|one row per asset (3)"),
                of("ragged matrix", s -> s.withCorrelations(new CorrelationMatrix(new double[][] {{1, 0, 0}, {0, 1},
                        {0, 0, 1}})), "/correlations/1", "2 entries"),
                of("asymmetric matrix", s -> s.withCorrelations(new CorrelationMatrix(new double[][] {{1, 0.2, 0},
                        {0.3, 1, 0}, {0, 0, 1}})), "/correlations/0/1", "symmetric"),
                of("diagonal not 1", s -> s.withCorrelations(CorrelationMatrix.identity(3).with(1, 1, 0.9)),
                        "/correlations/1/1", "diagonal"),
                of("entry above 1", s -> s.withCorrelations(CorrelationMatrix.identity(3).with(0, 2, 1.5)),
                        "/correlations/2/0", "from -1 to 1"),
                // pool
                of("negative initial cash", s -> s.withInitialCash(-1), "/initialCash", "from 0 to 10000000000000"),
                of("empty pool", s -> s.withPositions(List.of()).withInitialCash(0), "/positions", "empty"),
                of("too many positions", s -> s.withPositions(Edits.copies(staking(s), 1001)), "/positions",
                        "at most 1,000"),
                of("duplicate position name", s -> Edits.position(s, 1, book(s).withPrincipal(1).withRate(0)
                        .withLiquidationCapacity(OptionalDouble.empty())).withPositions(List.of(staking(s), staking(s))),
                        "/positions/1/name", "used twice"),
                of("yield on an unknown asset", s -> Edits.position(s, 0, new YieldPosition("y", "BTC", 1, 0, null)),
                        "/positions/0/asset", "\"BTC\" is not an asset"),
                of("negative units", s -> Edits.position(s, 0, staking(s).withUnits(-5)), "/positions/0/units",
                        "-5|greater than 0"),
                of("apr above 10", s -> Edits.position(s, 0, staking(s).withApr(11)), "/positions/0/apr", "from 0 to 10"),
                of("loss fraction above 1", s -> Edits.position(s, 0, staking(s).withLossEvents(new LossEvents(1, 1.5))),
                        "/positions/0/lossEvents/lossFraction", "from 0 to 1"),
                of("negative loss intensity", s -> Edits.position(s, 0, staking(s).withLossEvents(new LossEvents(-1, 0))),
                        "/positions/0/lossEvents/intensity", "from 0 to 365"),
                of("loan book on an unknown asset", s -> Edits.position(s, 1, new LoanBook("b", "BTC", 1, 1, 0.5, 0.5,
                        0, 0.8, 0, 1, 0, null)), "/positions/1/collateral", "not an asset"),
                of("zero principal", s -> Edits.position(s, 1, book(s).withPrincipal(0)), "/positions/1/principal",
                        "from 0.01 to 10000000000000"),
                of("no borrowers", s -> Edits.position(s, 1, new LoanBook("b", "ETH", 1, 0, 0.5, 0.5, 0, 0.8, 0, 1, 0,
                        null)), "/positions/1/borrowers", "from 1 to 10,000"),
                of("too many borrowers", s -> Edits.position(s, 1, new LoanBook("b", "ETH", 1, 10_001, 0.5, 0.5, 0,
                        0.8, 0, 1, 0, null)), "/positions/1/borrowers", "10,001"),
                of("zero ltvLow", s -> Edits.position(s, 1, book(s).withLtvRange(0, 0.5)), "/positions/1/ltvLow",
                        "greater than 0 and below 1"),
                of("ltvHigh of 1", s -> Edits.position(s, 1, book(s).withLtvRange(0.5, 1)), "/positions/1/ltvHigh",
                        "below 1"),
                of("ltv range reversed", s -> Edits.position(s, 1, book(s).withLtvRange(0.7, 0.6)),
                        "/positions/1/ltvHigh", "below ltvLow"),
                of("negative loan rate", s -> Edits.position(s, 1, book(s).withRate(-0.01)), "/positions/1/rate",
                        "from 0 to 10"),
                of("threshold above 1", s -> Edits.position(s, 1, book(s).withLiquidationThreshold(1.1)),
                        "/positions/1/liquidationThreshold", "greater than 0 and at most 1"),
                of("penalty of 1", s -> Edits.position(s, 1, book(s).withLiquidationPenalty(1)),
                        "/positions/1/liquidationPenalty", "below 1"),
                of("zero close factor", s -> Edits.position(s, 1, book(s).withCloseFactor(0)),
                        "/positions/1/closeFactor", "greater than 0 and at most 1"),
                of("negative oracle delay", s -> Edits.position(s, 1, book(s).withOracleDelaySteps(-1)),
                        "/positions/1/oracleDelaySteps", "from 0 to 10,000"),
                of("oracle delay too long", s -> Edits.position(s, 1, book(s).withOracleDelaySteps(10_001)),
                        "/positions/1/oracleDelaySteps", "from 0 to 10,000"),
                of("zero liquidation capacity", s -> Edits.position(s, 1, book(s).withLiquidationCapacity(
                        OptionalDouble.of(0))), "/positions/1/liquidationCapacity", "greater than 0"),
                of("negative credit principal", s -> Edits.position(s, 2, line(s).withPrincipal(-1)),
                        "/positions/2/principal", "from 0.01"),
                of("no credit lines", s -> Edits.position(s, 2, new CreditLine("c", 1, 0, 0, 500, null, 0.5, 0)),
                        "/positions/2/lines", "from 1 to 1,000,000"),
                of("too many credit lines", s -> Edits.position(s, 2, new CreditLine("c", 1, 1_000_001, 0, 500, null,
                        0.5, 0)), "/positions/2/lines", "1,000,001"),
                of("credit score above 1000", s -> Edits.position(s, 2, line(s).withCreditScore(1001)),
                        "/positions/2/creditScore", "from 0 to 1,000"),
                of("certain default", s -> Edits.position(s, 2, new CreditLine("c", 1, 1, 0, 500,
                        OptionalDouble.of(1.0), 0.5, 0)), "/positions/2/annualDefaultProbability", "below 1"),
                of("loss given default above 1", s -> Edits.position(s, 2, line(s).withLossGivenDefault(1.5)),
                        "/positions/2/lossGivenDefault", "from 0 to 1"),
                of("asset correlation of 1", s -> Edits.position(s, 2, line(s).withAssetCorrelation(1)),
                        "/positions/2/assetCorrelation", "below 1"),
                // tranches and waterfall
                of("no tranches", s -> s.withTranches(List.of()), "/tranches", "no tranches|at least two"),
                of("one tranche", s -> s.withTranches(List.of(new Tranche("All", 1, 0))), "/tranches",
                        "only one tranche|at least two"),
                of("too many tranches", s -> s.withTranches(Edits.copies(new Tranche("t", 0.05, 0), 21)), "/tranches",
                        "21 tranches|at most 20"),
                of("duplicate tranche names", s -> Edits.tranche(s, 1, t -> t.withName("Senior")), "/tranches/1/name",
                        "used twice"),
                of("blank tranche name", s -> Edits.tranche(s, 1, t -> t.withName("")), "/tranches/1/name", "blank"),
                of("zero share", s -> Edits.tranche(s, 1, t -> t.withShare(0)), "/tranches/1/share",
                        "greater than 0 and at most 1"),
                of("NaN share", s -> Edits.tranche(s, 1, t -> t.withShare(Double.NaN)), "/tranches/1/share", "NaN"),
                of("negative coupon", s -> Edits.tranche(s, 0, t -> t.withCoupon(-0.1)), "/tranches/0/coupon",
                        "from 0 to 1"),
                of("equity with a coupon", s -> Edits.tranche(s, 2, t -> t.withCoupon(0.02)), "/tranches/2/coupon",
                        "the equity tranche takes the residual and has no coupon"),
                of("fee above 20 %", s -> s.withWaterfall(s.waterfall().withManagementFee(0.25)),
                        "/waterfall/managementFee", "from 0 to 0.2"),
                of("reserve above 100 %", s -> s.withWaterfall(s.waterfall().withReserveTarget(1.5)),
                        "/waterfall/reserveTarget", "from 0 to 1"),
                of("OC threshold below 1", s -> s.withWaterfall(s.waterfall().withOcThreshold(0.5)),
                        "/waterfall/ocThreshold", "0 (no trigger) or from 1 to 10"),
                of("OC threshold above 10", s -> s.withWaterfall(s.waterfall().withOcThreshold(11)),
                        "/waterfall/ocThreshold", "from 1 to 10"),
                // score table
                of("score table not from 0", s -> s.withCreditScoreTable(List.of(new ScoreBand(100, 0.1))),
                        "/creditScoreTable/0/minScore", "start at 0"),
                of("score table not increasing", s -> s.withCreditScoreTable(List.of(new ScoreBand(0, 0.2),
                        new ScoreBand(600, 0.1), new ScoreBand(600, 0.05))), "/creditScoreTable/2/minScore",
                        "increase strictly"),
                of("score band above 1000", s -> s.withCreditScoreTable(List.of(new ScoreBand(0, 0.2),
                        new ScoreBand(1001, 0.1))), "/creditScoreTable/1/minScore", "from 0 to 1,000"),
                of("score PD above 1", s -> s.withCreditScoreTable(List.of(new ScoreBand(0, 1.5))),
                        "/creditScoreTable/0/annualDefaultProbability", "from 0 to 1"),
                // scenarios
                of("scenario named base", s -> Edits.scenario(s, x -> Edits.renamed(x, "Base")), "/scenarios/0/name",
                        "reserved"),
                of("duplicate scenario names", s -> s.withScenarios(List.of(s.scenarios().get(0),
                        s.scenarios().get(0))), "/scenarios/1/name", "used twice"),
                of("negative volatility multiplier", s -> Edits.scenario(s, x -> new Scenario("x", "", -1, null, null,
                        1, 1, null)), "/scenarios/0/volatilityMultiplier", "from 0 to 10"),
                of("negative capacity multiplier", s -> Edits.scenario(s, x -> new Scenario("x", "", 1, null, null,
                        -1, 1, null)), "/scenarios/0/liquidationCapacityMultiplier", "from 0 to 100"),
                of("negative depth multiplier", s -> Edits.scenario(s, x -> new Scenario("x", "", 1, null, null,
                        1, -1, null)), "/scenarios/0/marketDepthMultiplier", "from 0 to 100"),
                of("drift override of a pegged asset", s -> Edits.scenario(s, x -> new Scenario("x", "", 1,
                        Map.of("stETH", 0.1), null, 1, 1, null)), "/scenarios/0/driftOverrides/stETH", "VOLATILE"),
                of("drift override key escaped", s -> Edits.scenario(s, x -> new Scenario("x", "", 1,
                        Map.of("a/b~c", 0.1), null, 1, 1, null)), "/scenarios/0/driftOverrides/a~1b~0c", "VOLATILE"),
                of("NaN drift override", s -> Edits.scenario(s, x -> new Scenario("x", "", 1,
                        Map.of("ETH", Double.NaN), null, 1, 1, null)), "/scenarios/0/driftOverrides/ETH", "NaN"),
                of("correlation override above 1", s -> Edits.scenario(s, x -> new Scenario("x", "", 1, null,
                        OptionalDouble.of(1.5), 1, 1, null)), "/scenarios/0/correlationOverride", "from -1 to 1"),
                of("correlation override not PSD", s -> Edits.scenario(s, x -> new Scenario("x", "", 1, null,
                        OptionalDouble.of(-0.6), 1, 1, null)), "/scenarios/0/correlationOverride",
                        "not positive semi-definite|at least -0.5"),
                of("shock on an unknown asset", s -> Edits.scenario(s, x -> Edits.withShocks(x,
                        new PriceShock("BTC", 1, -0.1))), "/scenarios/0/shocks/0/asset", "\"BTC\" is not an asset"),
                of("depeg shock on a volatile asset", s -> Edits.scenario(s, x -> Edits.withShocks(x,
                        new DepegShock("ETH", 1, 0.1, 1))), "/scenarios/0/shocks/0/asset", "PEGGED|\"stETH\""),
                of("shock at step 0", s -> Edits.scenario(s, x -> Edits.withShocks(x, new PriceShock("ETH", 0, -0.1))),
                        "/scenarios/0/shocks/0/step", "from 1 to 365"),
                of("shock after the horizon", s -> Edits.scenario(s, x -> Edits.withShocks(x,
                        new PriceShock("ETH", 366, -0.1))), "/scenarios/0/shocks/0/step", "366|from 1 to 365"),
                of("infinite log return", s -> Edits.scenario(s, x -> Edits.withShocks(x,
                        new PriceShock("ETH", 1, Double.NEGATIVE_INFINITY))), "/scenarios/0/shocks/0/logReturn",
                        "-Infinity"),
                of("depeg shock depth 1", s -> Edits.scenario(s, x -> Edits.withShocks(x,
                        new DepegShock("stETH", 1, 1, 1))), "/scenarios/0/shocks/0/depth", "below 1"),
                of("depeg shock half-life 0", s -> Edits.scenario(s, x -> Edits.withShocks(x,
                        new DepegShock("stETH", 1, 0.1, 0))), "/scenarios/0/shocks/0/halfLifeDays", "from 0.01"),
                of("keeper outage on an unknown asset", s -> Edits.scenario(s, x -> Edits.withShocks(x,
                        new KeeperOutage("BTC", 1, 5, 0))), "/scenarios/0/shocks/0/asset", "\"BTC\" is not an asset"),
                of("keeper outage of no steps", s -> Edits.scenario(s, x -> Edits.withShocks(x,
                        new KeeperOutage("ETH", 1, 0, 0))), "/scenarios/0/shocks/0/steps", "from 1 to 365"),
                of("keeper outage with a negative multiplier", s -> Edits.scenario(s, x -> Edits.withShocks(x,
                        new KeeperOutage("ETH", 1, 5, -1))), "/scenarios/0/shocks/0/capacityMultiplier", "from 0 to 100"),
                // values that passed validation but could not be simulated (NaN or Infinity in the results)
                of("drift of 710 %/yr", s -> Edits.asset(s, 0, eth(s).withDrift(7.1)), "/assets/0/drift",
                        "7.1|from -1 to 3"),
                of("drift x horizon above 15", s -> Edits.asset(Edits.simulation(s, x -> x.withHorizonYears(10)),
                        0, eth(s).withDrift(2)), "/assets/0/drift", "drift x horizonYears must be at most 15"),
                of("drift override x horizon above 15", s -> Edits.scenario(Edits.simulation(s,
                        x -> x.withHorizonYears(10)), x -> new Scenario("x", "", 1, Map.of("ETH", 3.0), null, 1, 1,
                        null)), "/scenarios/0/driftOverrides/ETH", "at most 1.5 per year here"),
                of("price of 1e308", s -> Edits.asset(s, 0, eth(s).withPrice(1e308)), "/assets/0/price",
                        "from 1E-9 to 1000000000000"),
                of("jump intensity of 1e6", s -> Edits.asset(s, 0, eth(s).withJumps(new Jumps(1e6, 0, 0))),
                        "/assets/0/jumps/intensity", "from 0 to 365"),
                of("mean log jump of +2", s -> Edits.asset(s, 0, eth(s).withJumps(new Jumps(1, 2, 0))),
                        "/assets/0/jumps/meanLogJump", "from -5 to 1"),
                of("market depth of 1e300", s -> Edits.asset(s, 0, eth(s).withMarketDepth(OptionalDouble.of(1e300))),
                        "/assets/0/marketDepth", "at most 1E+15"),
                of("units x price below a cent", s -> Edits.position(s, 0, staking(s).withUnits(1e-300)),
                        "/positions/0/units", "at a price of 3000|from 0.01 to 10000000000000 USD"),
                of("units x price above ten trillion", s -> Edits.position(s, 0, staking(s).withUnits(1e12)),
                        "/positions/0/units", "a value of 3E+15 USD"),
                of("pool value above 1e14", s -> s.withPositions(Edits.copies(line(s).withPrincipal(1e13), 11)),
                        "/positions", "the pool's initial value is|from 1 to 100000000000000 USD"),
                of("pool value below a dollar", s -> s.withPositions(List.of(line(s).withPrincipal(0.5)))
                        .withInitialCash(0), "/positions", "the pool's initial value is 0.5 USD"),
                of("loan rate of 1,100 %", s -> Edits.position(s, 1, book(s).withRate(11)), "/positions/1/rate",
                        "from 0 to 10"),
                of("stressed volatility above 500 %", s -> Edits.scenario(s, x -> new Scenario("x", "", 8, null, null,
                        1, 1, null)), "/scenarios/0/volatilityMultiplier", "takes the volatility of \"ETH\" to 6"),
                of("log-return shock of 1000", s -> Edits.scenario(s, x -> Edits.withShocks(x,
                        new PriceShock("ETH", 1, 1000))), "/scenarios/0/shocks/0/logReturn", "from -20 to 5"),
                of("price shocks rising by more than 5 together", s -> Edits.scenario(s, x -> Edits.withShocks(x,
                        new PriceShock("ETH", 1, 3), new PriceShock("ETH", 2, 3))), "/scenarios/0/shocks/1/logReturn",
                        "rises of this scenario's price shocks on \"ETH\" to 6|at most 5"),
                // sizes and work
                of("a run of days: 10,000 borrowers at 1,000,000 paths", s -> Edits.position(Edits.simulation(s,
                        x -> x.withPaths(1_000_000)), 1, new LoanBook("b", "ETH", 1, 10_000, 0.5, 0.5, 0, 0.8, 0, 1, 0,
                        null)), "/simulation/paths", "365 steps and 10,008 assets, positions, borrowers, chains and bridges|3.7e+12 units"
                        + " of work|use at most 27,375 paths"),
                of("name of 201 characters", s -> s.withName("n".repeat(201)), "/name", "201 characters|at most 200"),
                of("tranche name of 100,000 characters", s -> Edits.tranche(s, 1, t -> t.withName("m".repeat(100_000))),
                        "/tranches/1/name", "100,000 characters|at most 200"),
                of("too many scenarios", s -> s.withScenarios(java.util.stream.IntStream.range(0, 101)
                        .mapToObj(i -> Edits.renamed(s.scenarios().get(0), "s" + i)).toList()), "/scenarios",
                        "101 scenarios|at most 100"));
    }

    @ParameterizedTest(name = "{0} assets allow a correlation override down to -1/(n-1)")
    @org.junit.jupiter.params.provider.ValueSource(ints = {2, 3, 5})
    void theLowestConstantCorrelationIsAllowedAndAnythingBelowIsNot(int n) {
        Structure s = FULL.withAssets(List.of()).withCorrelations(CorrelationMatrix.identity(0))
                .withPositions(List.of()).withScenarios(List.of()).withHedges(List.of());
        List<Asset> assets = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            assets.add(new VolatileAsset("A" + i, 1, 0, 0.1, null, null));
        }
        Structure base = s.withAssets(assets).withCorrelations(CorrelationMatrix.identity(n)).withInitialCash(1);
        double lowest = -1.0 / (n - 1);
        UnaryOperator<Double> overrideProblems = rho -> (double) StructureValidator.validate(base.withScenarios(
                List.of(new Scenario("x", "", 1, null, OptionalDouble.of(rho), 1, 1, null)))).size();
        assertEquals(0.0, overrideProblems.apply(lowest));
        assertEquals(1.0, overrideProblems.apply(lowest - 0.01));
    }

    private static Arguments of(String change, UnaryOperator<Structure> edit, String pointer, String keyWords) {
        return Arguments.of(change, edit, pointer, keyWords);
    }
}
