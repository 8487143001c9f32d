package io.tranchelab.sim;

import io.tranchelab.model.LoanBook;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link LoanBookPath#step} takes every lane's quiet step first, then the full step of the lanes
 * that are not quiet. Checked here against the one-pass loop it replaced ({@link OnePass}, the old
 * code): both books step through the same markets, side by side, and every flow they write, their
 * marks and the market's sales must be the same to the bit, step after step. The markets are pushed
 * off their paths at random (crashes, zero, NaN and infinite prices in some lanes), the incomes
 * the books add into start at random values (zeros of both signs among them), and on a chain that
 * halts the lanes halt at random.
 */
class LoanBookStepShapeTest {

    /** Borrowers 0: the sample's books as they are; otherwise each book with that many (odd counts: the quiet prices' last loan). */
    @ParameterizedTest(name = "{0}, seed {1}, halts {2}, borrowers {3}")
    @CsvSource({
            "eth-lending-book, 1, false, 0", "eth-lending-book, 2, true, 0", "eth-lending-book, 3, false, 0",
            "cross-chain-vault, 4, false, 0", "cross-chain-vault, 5, true, 0", "eth-lending-book, 6, true, 0",
            "eth-lending-book, 7, false, 21", "eth-lending-book, 8, true, 1", "cross-chain-vault, 9, false, 7"})
    void threePassesGiveTheOnePassLoopsBits(String sample, long seed, boolean halts, int borrowers) throws Exception {
        Structure structure = GoldenResultsTest.sample(sample);
        SimulationPlan plan = new SimulationPlan(structure, Scenario.BASE);
        int lanes = BlockSimulator.LANES;
        MarketBlock marketA = new MarketBlock(plan, lanes);
        MarketBlock marketB = new MarketBlock(plan, lanes);
        int books = plan.loanBooks.size();
        LoanBookPath[] tested = new LoanBookPath[books];
        OnePass[] reference = new OnePass[books];
        boolean[] halted = new boolean[lanes];
        for (int b = 0; b < books; b++) {
            LoanBook book = withBorrowers(plan.loanBooks.get(b), borrowers);
            tested[b] = new LoanBookPath(book, plan.loanCollateral[b], plan.liquidationCapacity[b],
                    plan.outageMultiplier[b], plan.dt, lanes);
            reference[b] = new OnePass(book, plan.loanCollateral[b], plan.liquidationCapacity[b],
                    plan.outageMultiplier[b], plan.dt, lanes);
            if (halts) {
                tested[b].haltWith(halted);
                reference[b].haltWith(halted);
            }
        }
        BlockFlows flowsA = new BlockFlows(plan.trancheCount, lanes);
        BlockFlows flowsB = new BlockFlows(plan.trancheCount, lanes);
        SplittableRandom random = new SplittableRandom(seed);
        for (int group = 0; group < 3; group++) {
            marketA.reset(structure.simulation().seed() + seed, group * lanes);
            marketB.reset(structure.simulation().seed() + seed, group * lanes);
            for (int b = 0; b < books; b++) {
                tested[b].reset(plan.initialPrice[plan.loanCollateral[b]]);
                reference[b].reset(plan.initialPrice[plan.loanCollateral[b]]);
            }
            for (int step = 1; step <= plan.steps; step++) {
                flowsA.clear();
                flowsB.clear();
                marketA.advance(step);
                marketB.advance(step);
                for (int l = 0; l < lanes; l++) {
                    double income = switch (random.nextInt(8)) {
                        case 0 -> 0.0;
                        case 1 -> -0.0;
                        case 2 -> -random.nextDouble(1e6);
                        default -> random.nextDouble(1e6);
                    };
                    flowsA.income[l] = income;
                    flowsB.income[l] = income;
                    halted[l] = halts && random.nextInt(6) == 0;
                    if (random.nextInt(40) == 0) {
                        double[] pricesA = marketA.prices(step)[plan.loanCollateral[0]];
                        double[] pricesB = marketB.prices(step)[plan.loanCollateral[0]];
                        double pushed = switch (random.nextInt(6)) {
                            case 0 -> 0.0;
                            case 1 -> Double.NaN;
                            case 2 -> Double.POSITIVE_INFINITY;
                            default -> pricesA[l] * random.nextDouble(0.2, 1.0);
                        };
                        pricesA[l] = pushed;
                        pricesB[l] = pushed;
                    }
                }
                for (int b = 0; b < books; b++) {
                    tested[b].step(step, marketA, flowsA);
                    reference[b].step(step, marketB, flowsB);
                }
                String where = sample + " group " + group + " step " + step;
                sameBits(flowsB.income, flowsA.income, "income, " + where);
                sameBits(flowsB.principalCash, flowsA.principalCash, "principal cash, " + where);
                sameBits(flowsB.badDebt, flowsA.badDebt, "bad debt, " + where);
                sameBits(flowsB.losses, flowsA.losses, "losses, " + where);
                sameBits(flowsB.liquidationVolume, flowsA.liquidationVolume, "liquidation volume, " + where);
                for (int a = 0; a < plan.assetCount; a++) {
                    sameBits(marketB.sales[a], marketA.sales[a], "sales, " + where);
                }
                for (int b = 0; b < books; b++) {
                    for (int l = 0; l < lanes; l++) {
                        assertEquals(Double.doubleToRawLongBits(reference[b].value(l)),
                                Double.doubleToRawLongBits(tested[b].value(l)), "mark, lane " + l + ", " + where);
                        // the quiet prices (two maxima now, one in the reference) to the bit as well
                        assertEquals(Double.doubleToRawLongBits(reference[b].quietOracle[l]),
                                Double.doubleToRawLongBits(tested[b].quietOracle(l)), "quiet oracle, lane " + l + ", " + where);
                        assertEquals(Double.doubleToRawLongBits(reference[b].quietMark[l]),
                                Double.doubleToRawLongBits(tested[b].quietMark(l)), "quiet mark, lane " + l + ", " + where);
                    }
                }
            }
        }
    }

    private static LoanBook withBorrowers(LoanBook book, int borrowers) {
        return borrowers == 0 ? book : new LoanBook(book.name(), book.collateral(), book.principal(), borrowers, book.ltvLow(),
                book.ltvHigh(), book.rate(), book.liquidationThreshold(), book.liquidationPenalty(), book.closeFactor(),
                book.oracleDelaySteps(), book.liquidationCapacity());
    }

    private static void sameBits(double[] expected, double[] actual, String what) {
        for (int l = 0; l < expected.length; l++) {
            assertEquals(Double.doubleToRawLongBits(expected[l]), Double.doubleToRawLongBits(actual[l]),
                    what + ", lane " + l + ": " + expected[l] + " against " + actual[l]);
        }
    }

    /** The loan book's step as one loop over the lanes, as it was before the three passes (the old code, kept as the reference). */
    private static final class OnePass {
        private static final double QUIET_MARGIN = 1 + 1e-9;
        private final LoanBook book;
        private final int collateralAsset;
        private final int oracleDelay;
        private final double capacityPerStep;
        private final double[] outageMultiplier;
        private final int lanes;
        private final int borrowers;
        private final double liquidationThreshold;
        private final double interestRate;
        private final double[][] debt;
        private final double[][] collateral;
        private final double[] health;
        private final int[] queue;
        private final int[] sortBuffer;
        private final double[] markedValue;
        private final double[] quietOracle;
        private final double[] quietMark;
        private final double[] quietInterest;
        private final double[] quietValue;
        private boolean[] halted;
        private double[] lastOracle;

        OnePass(LoanBook book, int collateralAsset, double capacityPerStep, double[] outageMultiplier, double dt, int lanes) {
            this.book = book;
            this.collateralAsset = collateralAsset;
            this.oracleDelay = book.oracleDelaySteps();
            this.capacityPerStep = capacityPerStep;
            this.outageMultiplier = outageMultiplier;
            this.lanes = lanes;
            this.borrowers = book.borrowers();
            this.liquidationThreshold = book.liquidationThreshold();
            this.interestRate = book.rate() * dt;
            debt = new double[lanes][borrowers];
            collateral = new double[lanes][borrowers];
            health = new double[borrowers];
            queue = new int[borrowers];
            sortBuffer = new int[borrowers];
            markedValue = new double[lanes];
            quietOracle = new double[lanes];
            quietMark = new double[lanes];
            quietInterest = new double[lanes];
            quietValue = new double[lanes];
        }

        void haltWith(boolean[] halted) {
            this.halted = halted;
            this.lastOracle = new double[lanes];
        }

        void reset(double initialPrice) {
            double each = book.principal() / borrowers;
            for (int l = 0; l < lanes; l++) {
                for (int i = 0; i < borrowers; i++) {
                    debt[l][i] = each;
                    collateral[l][i] = each / (book.initialLtv(i) * initialPrice);
                }
                markedValue[l] = book.principal();
                findQuietPrices(l);
            }
            if (lastOracle != null) {
                java.util.Arrays.fill(lastOracle, initialPrice);
            }
        }

        void step(int step, MarketBlock market, BlockFlows flows) {
            double[] price = market.prices(step)[collateralAsset];
            double[] oracle = market.prices(Math.max(0, step - oracleDelay))[collateralAsset];
            for (int l = 0; l < lanes; l++) {
                double reported = oracle[l];
                if (halted != null) {
                    if (halted[l]) {
                        reported = lastOracle[l];
                    } else {
                        lastOracle[l] = reported;
                    }
                }
                if (reported >= quietOracle[l] && price[l] >= quietMark[l]) {
                    flows.income[l] += quietInterest[l];
                    markedValue[l] = quietValue[l];
                } else if (stepLane(step, l, price[l], reported, market, flows)) {
                    findQuietPrices(l);
                }
            }
        }

        private boolean stepLane(int step, int l, double price, double oracle, MarketBlock market, BlockFlows flows) {
            double[] debt = this.debt[l];
            double[] collateral = this.collateral[l];
            double thresholdValue = liquidationThreshold * oracle;
            double interest = 0;
            double value = 0;
            int waiting = 0;
            for (int i = 0; i < borrowers; i++) {
                double owed = debt[i];
                if (owed <= 0) {
                    continue;
                }
                double covered = thresholdValue * collateral[i];
                if (covered < owed) {
                    health[i] = covered / owed;
                    queue[waiting++] = i;
                } else {
                    interest += interestRate * owed;
                    value += Math.min(owed, collateral[i] * price);
                }
            }
            flows.income[l] += interest;
            LoanBookPath.sortByHealth(queue, waiting, health, sortBuffer);
            double multiplier = outageMultiplier[step - 1];
            double capacity = multiplier == 0 ? 0 : capacityPerStep * multiplier;
            if (halted != null && halted[l]) {
                capacity = 0;
            }
            boolean liquidated = false;
            for (int k = 0; k < waiting; k++) {
                int loan = queue[k];
                if (capacity > 0) {
                    capacity -= liquidate(l, loan, price, capacity, market, flows);
                    liquidated = true;
                }
                value += Math.min(debt[loan], collateral[loan] * price);
            }
            markedValue[l] = value;
            return liquidated;
        }

        private void findQuietPrices(int l) {
            double mark = Double.NEGATIVE_INFINITY;
            double interest = 0;
            double value = 0;
            for (int i = 0; i < borrowers; i++) {
                double owed = debt[l][i];
                if (owed <= 0) {
                    continue;
                }
                mark = Math.max(mark, owed / collateral[l][i]);
                interest += interestRate * owed;
                value += owed;
            }
            quietMark[l] = mark * QUIET_MARGIN;
            quietOracle[l] = mark / liquidationThreshold * QUIET_MARGIN;
            quietInterest[l] = interest;
            quietValue[l] = value;
        }

        private double liquidate(int l, int i, double price, double capacity, MarketBlock market, BlockFlows flows) {
            double[] debt = this.debt[l];
            double[] collateral = this.collateral[l];
            double bonus = 1 + book.liquidationPenalty();
            double repaid = Math.min(book.closeFactor() * debt[i], capacity);
            double seized = repaid * bonus / price;
            if (seized >= collateral[i]) {
                seized = collateral[i];
                repaid = seized * price / bonus;
                double bad = debt[i] - repaid;
                debt[i] = 0;
                collateral[i] = 0;
                flows.badDebt[l] += bad;
                flows.losses[l] += bad;
            } else {
                debt[i] -= repaid;
                collateral[i] -= seized;
            }
            market.sales[collateralAsset][l] += seized * price;
            flows.principalCash[l] += repaid;
            flows.liquidationVolume[l] += repaid;
            return repaid;
        }

        double value(int l) {
            return markedValue[l];
        }
    }
}
