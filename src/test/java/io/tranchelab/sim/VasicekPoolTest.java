package io.tranchelab.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reference integrator against an independent evaluation and the pool's exact mean loss. */
class VasicekPoolTest {

    @ParameterizedTest(name = "LGD {0}, [{1}, {2}]")
    @CsvSource({
        // scipy.integrate.quad over scipy.stats.norm and binom; PD 0.02, rho 0.15, 2,000 lines.
        "1.0, 0.05, 1.0, 0.0022660799041360263, 0.002310083220696862",
        "1.0, 0.02, 0.05, 0.17725581238186858, 0.1787759250248346",
        "1.0, 0.0, 0.02, 0.6264774859807355, 0.6221071594796475",
        "0.6, 0.05, 1.0, 0.00040594136991280015, 0.0004159078261306918",
        "0.6, 0.02, 0.05, 0.07088907811801848, 0.07190208082165794",
    })
    void trancheLossesMatchAnIndependentEvaluation(double lgd, double attachment, double detachment,
                                                   double largePool, double finitePool) {
        assertEquals(largePool, VasicekPool.expectedTrancheLoss(0.02, 0.15, lgd, attachment, detachment, 0),
                1e-6 * largePool);
        assertEquals(finitePool, VasicekPool.expectedTrancheLoss(0.02, 0.15, lgd, attachment, detachment, 2000),
                1e-6 * finitePool);
    }

    @Test
    void wholePoolLosesDefaultProbabilityTimesLossGivenDefaultWhateverItsSize() {
        assertEquals(0.02 * 0.6, VasicekPool.expectedTrancheLoss(0.02, 0.15, 0.6, 0, 1, 0), 1e-9);
        assertEquals(0.02 * 0.6, VasicekPool.expectedTrancheLoss(0.02, 0.15, 0.6, 0, 1, 50), 1e-9);
    }
}
