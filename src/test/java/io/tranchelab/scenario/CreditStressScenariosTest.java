package io.tranchelab.scenario;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/scenarios.md "Credit stress": the library's credit crunch, for structures with credit lines. */
class CreditStressScenariosTest {

    @Test
    void theCrunchIsTheFactorsOneInFortyFourQuantile() {
        Scenario crunch = CreditStressScenarios.ALL.get(0);
        // Phi^-1(1/44) = -2.0004 (the worst of the 44 years 1981-2024 as the factor's quantile)
        assertEquals(-2.0004, crunch.creditFactorShift(), 5e-4);
        assertEquals(1.0, crunch.defaultProbabilityMultiplier());
        assertTrue(crunch.stressesCredit());
    }

    @Test
    void itIsOfferedToACreditPoolAndNotToALendingBook() throws Exception {
        Structure credit = StructureJson.read(Path.of("samples/credit-pool-reputation.json"));
        Structure lending = StructureJson.read(Path.of("samples/eth-lending-book.json"));
        assertTrue(ScenarioLibrary.namesFor(credit).contains(CreditStressScenarios.CREDIT_CRUNCH_2009));
        assertFalse(ScenarioLibrary.namesFor(lending).contains(CreditStressScenarios.CREDIT_CRUNCH_2009));
    }

    @Test
    void theCrunchRaisesTheCreditPoolsLossesAndNeverLowersATranchesLoss() throws Exception {
        Structure credit = StructureJson.read(Path.of("samples/credit-pool-reputation.json"));
        ScenarioComparison comparison = ScenarioComparison.run(credit, List.of(CreditStressScenarios.CREDIT_CRUNCH_2009),
                RunSettings.of(credit).withPaths(2_000).withThreads(2), ProgressListener.NONE, CancellationToken.none());
        for (int k = 0; k < credit.tranches().size(); k++) {
            assertTrue(comparison.metrics(1, k).expectedLoss() >= comparison.metrics(0, k).expectedLoss(),
                    credit.tranches().get(k).name());
        }
        int equity = credit.tranches().size() - 1;
        assertTrue(comparison.metrics(1, equity).expectedLoss() > 1.5 * comparison.metrics(0, equity).expectedLoss(),
                "the equity's loss rises markedly");
    }
}
