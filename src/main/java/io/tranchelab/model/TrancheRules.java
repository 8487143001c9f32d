package io.tranchelab.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks the capital structure: the tranches, the waterfall terms and the score-to-PD table. */
final class TrancheRules {

    static final double SHARE_SUM_TOLERANCE = 1e-9;

    private TrancheRules() {
    }

    static void check(Structure structure, Checks checks) {
        checkTranches(structure.tranches(), checks);
        WaterfallTerms w = structure.waterfall();
        checks.number("/waterfall/managementFee", w.managementFee(), Range.closed(0, 0.2));
        checks.number("/waterfall/reserveTarget", w.reserveTarget(), Range.closed(0, 1));
        if (w.ocThreshold() != 0) {
            checks.variesIn("/waterfall/ocThreshold", w.ocThreshold(), Range.closed(1, 10));
        }
        if (w.ocThreshold() != 0 && !Range.closed(1, 10).contains(w.ocThreshold())) {
            checks.report("/waterfall/ocThreshold", "is " + Numbers.show(w.ocThreshold())
                    + "; it must be 0 (no trigger) or from 1 to 10");
        }
        WaterfallKindRules.check(structure, checks);
        checkScoreTable(structure.creditScoreTable(), checks);
    }

    private static void checkTranches(List<Tranche> tranches, Checks checks) {
        if (tranches.isEmpty()) {
            checks.report("/tranches", "no tranches; a structure needs at least two (a senior and an equity tranche)");
            return;
        }
        if (tranches.size() == 1) {
            checks.report("/tranches", "only one tranche; a structure needs at least two"
                    + " (a senior and an equity tranche)");
        }
        checks.count("/tranches", tranches.size(), Limits.MAX_TRANCHES, "tranches");
        Set<String> names = new HashSet<>();
        boolean sharesOk = true;
        double sum = 0;
        for (int i = 0; i < tranches.size(); i++) {
            Tranche tranche = tranches.get(i);
            String pointer = Pointers.child("/tranches", i);
            checks.uniqueName(pointer + "/name", tranche.name(), names, "tranche name");
            sharesOk &= checks.number(pointer + "/share", tranche.share(), Range.aboveUpTo(0, 1));
            sum += tranche.share();
            checks.number(pointer + "/coupon", tranche.coupon(), Range.closed(0, 1));
        }
        if (sharesOk && Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
            checks.report("/tranches", "shares sum to " + Numbers.show(sum) + "; they must sum to 1");
        }
        int last = tranches.size() - 1;
        double equityCoupon = tranches.get(last).coupon();
        if (tranches.size() > 1 && equityCoupon != 0 && Range.closed(0, 1).contains(equityCoupon)) {
            checks.report("/tranches/" + last + "/coupon", "is " + Numbers.show(equityCoupon)
                    + "; the equity tranche takes the residual and has no coupon, so it must be 0");
        }
    }

    private static void checkScoreTable(List<ScoreBand> table, Checks checks) {
        checks.count("/creditScoreTable", table.size(), Limits.MAX_SCORE_BANDS, "bands");
        for (int i = 0; i < table.size(); i++) {
            ScoreBand band = table.get(i);
            String pointer = Pointers.child("/creditScoreTable", i);
            if (i == 0 && band.minScore() != 0) {
                checks.report(pointer + "/minScore", "is " + band.minScore()
                        + "; the first band must start at 0 so that every score has a PD");
            } else if (i > 0 && band.minScore() <= table.get(i - 1).minScore()) {
                checks.report(pointer + "/minScore", "is " + band.minScore() + ", not above the previous band's "
                        + table.get(i - 1).minScore() + "; minScore must increase strictly");
            } else {
                checks.whole(pointer + "/minScore", band.minScore(), 0, Limits.MAX_CREDIT_SCORE);
            }
            checks.number(pointer + "/annualDefaultProbability", band.annualDefaultProbability(), Range.closed(0, 1));
        }
    }
}
