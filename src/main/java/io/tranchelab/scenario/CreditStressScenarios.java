package io.tranchelab.scenario;

import io.tranchelab.model.CreditLine;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The library's credit stresses (docs/scenarios.md, "Credit stress"), offered to structures that
 * hold credit lines. Market episodes do not reach credit lines unless a line is tied to the
 * market; these move the credit factor itself.
 */
final class CreditStressScenarios {

    static final String CREDIT_CRUNCH_2009 = "Credit crunch 2009";
    /** Phi^-1(1/44), to four decimals. */
    private static final double CRUNCH_SHIFT = -2.0004;

    /**
     * The systemic factor at the worst year of S&P's 44-year default series (1981-2024): the
     * factor's 1/44 quantile, Phi^-1(1/44) = -2.0. 2009 was that year: 264 rated defaults, the most
     * since 1981 (S&P, 2009 Annual Global Corporate Default Study, 17 March 2010); Moody's all-rated
     * default rate was 5.4 % at year-end 2009 against 2.0 % a year before (Moody's, Corporate
     * Default and Recovery Rates 1920-2009, February 2010). PDs stay as stated: in a one-factor
     * model a bad year is a low factor, not a higher long-run PD.
     */
    static final List<Scenario> ALL = List.of(
            new Scenario(CREDIT_CRUNCH_2009, "The credit factor at the worst year of S&P's 1981-2024 default"
                    + " series (2009: 264 rated defaults, a record; Moody's all-rated default rate 5.4 %, from"
                    + " 2.0 % in 2008): a shift of -2 standard deviations, its 1-in-44 quantile.", 1.0, Map.of(),
                    OptionalDouble.empty(), 1.0, 1.0, List.of()).withCreditStress(1.0, CRUNCH_SHIFT));

    private CreditStressScenarios() {
    }

    static boolean appliesTo(Structure structure) {
        return structure.positions().stream().anyMatch(p -> p instanceof CreditLine);
    }

    static List<Scenario> applicableTo(Structure structure) {
        return appliesTo(structure) ? ALL : List.of();
    }
}
