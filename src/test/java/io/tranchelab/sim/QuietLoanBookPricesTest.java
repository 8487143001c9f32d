package io.tranchelab.sim;

import io.tranchelab.model.LoanBook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.OptionalDouble;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A loan book's step is taken as quiet (the kept interest and mark) only where the full step
 * would find every open loan healthy and marked at its debt: then both give the same sums, so
 * the quiet prices decide only which of two identical computations runs (docs/model.md §5.2).
 * Checked here with the full step's own arithmetic, on generated books as they start.
 */
class QuietLoanBookPricesTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void aQuietPriceIsOneTheFullCheckFindsQuietAndNotMuchAbove(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < 500; trial++) {
            int borrowers = 1 + random.nextInt(trial % 5 == 0 ? 2_000 : 40);
            double low = 0.05 + 0.8 * random.nextDouble();
            double high = low + (0.95 - low) * random.nextDouble();
            double threshold = Math.max(high, 0.3 + 0.7 * random.nextDouble()); // LT at least the highest LTV
            double principal = Math.exp(random.nextDouble(0, 25));
            double price = Math.exp(random.nextDouble(-10, 12));
            LoanBook book = new LoanBook("book", "ETH", principal, borrowers, low, high, 0.07, threshold, 0.05, 0.5,
                    0, OptionalDouble.empty());
            LoanBookPath path = new LoanBookPath(book, 0, Double.POSITIVE_INFINITY, new double[] {1}, 1 / 365.0, 1);
            path.reset(price);

            double oracle = path.quietOracle(0);
            double mark = path.quietMark(0);
            double each = principal / borrowers; // the loans as reset makes them
            double highestRatio = 0;
            for (int i = 0; i < borrowers; i++) {
                double collateral = each / (book.initialLtv(i) * price);
                highestRatio = Math.max(highestRatio, each / collateral);
                for (double reported : new double[] {oracle, Math.nextUp(oracle), oracle * (1 + 1e-12)}) {
                    // the full step's health check: LT x oracle, times the collateral, against the debt
                    double covered = threshold * reported * collateral;
                    assertTrue(covered >= each, "loan " + i + " unhealthy at a quiet oracle price, trial " + trial);
                }
                assertTrue(collateral * mark >= each, "loan " + i + " below its debt at the quiet mark, trial " + trial);
            }
            // tight: within the margin (1e-9) and a few roundings of the exact thresholds
            assertTrue(mark <= highestRatio * (1 + 2e-9), "trial " + trial);
            assertTrue(oracle <= highestRatio / threshold * (1 + 2e-9), "trial " + trial);
        }
    }
}
