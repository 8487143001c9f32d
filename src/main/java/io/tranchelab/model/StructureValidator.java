package io.tranchelab.model;

import java.util.List;

/**
 * Checks the meaning of a structure (shares sum to 1, references resolve, the correlation
 * matrix is a correlation matrix ...). Every problem names its field as a JSON pointer into
 * the structure's JSON form and says what is allowed; an empty list means the structure can
 * be simulated. Total: it never throws, whatever the records hold (the UI validates drafts).
 */
public final class StructureValidator {

    private StructureValidator() {
    }

    public static List<Problem> validate(Structure structure) {
        return check(structure).problems();
    }

    /**
     * Every number the validator checks against a range, with that range, in document order of
     * the rules: the parameters a sensitivity run may bump without leaving what is allowed. A
     * number whose check was skipped (its section already invalid) is not listed.
     */
    public static List<NumericField> numericFields(Structure structure) {
        return check(structure).fields();
    }

    private static Checks check(Structure structure) {
        Checks checks = new Checks();
        if (structure.name().isBlank()) {
            checks.report("/name", "is blank; a structure needs a name");
        }
        checks.length("/name", structure.name(), Limits.MAX_NAME_LENGTH);
        checks.length("/description", structure.description(), Limits.MAX_DESCRIPTION_LENGTH);
        SimulationRules.check(structure.simulation(), checks);
        AssetRules.check(structure.assets(), structure.simulation().horizonYears(), checks);
        CorrelationRules.check(structure.correlations(), structure.assets().size(), checks);
        PositionRules.check(structure, checks);
        CrossChainRules.check(structure, checks); // cross-chain pools (§2.10)
        HedgeRules.check(structure, checks); // hedging overlay (§5.6)
        TrancheRules.check(structure, checks);
        ScoringRules.checkScorecard(structure, checks);
        ReinvestmentRules.check(structure, checks); // reinvestment (§7.6)
        ScenarioRules.check(structure, checks);
        if (checks.problems().isEmpty()) {
            SimulationRules.checkWork(structure, checks);
        }
        return checks;
    }
}
