package io.tranchelab.design;

import io.tranchelab.sim.PoolMetrics;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.TrancheMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricSpecTest {

    @Test
    void theDefaultIsBadDebtWithALoanBookElseTheSeniorsEl() {
        assertEquals("pool:pBadDebt", MetricSpec.defaultFor(Samples.lending()).toString());
        assertEquals("tranche:Senior:el", MetricSpec.defaultFor(Samples.read("staking-steth-note.json")).toString());
    }


    /** Each figure a different number, so reading the wrong field cannot pass. */
    private static final SimulationResult RESULT = new SimulationResult("s", "base", 10, 12, 1, 7, List.of(
            new TrancheMetrics("Senior", 100, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.10, 0.11, 0.12,
                    0.13, 0.14, 0.15, "AAA"),
            new TrancheMetrics("Mezz: B", 50, 0.21, 0.22, 0.23, 0.24, 0.25, 0.26, 0.27, 0.28, 0.29, 0.30, 0.31, 0.32,
                    0.33, 0.34, 0.35, "BB")),
            new PoolMetrics(1000, 0.41, 0.42, 43, 44, 45, 46, 47, 48), null, null, List.of(), 0);

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "tranche:Senior:el | 0.01", "tranche:Senior:elStdErr | 0.02", "tranche:Senior:pLoss | 0.03",
            "tranche:Senior:lgd | 0.04", "tranche:Senior:returnMean | 0.05", "tranche:Senior:return5 | 0.06",
            "tranche:Senior:return50 | 0.07", "tranche:Senior:return95 | 0.08", "tranche:Senior:var95 | 0.09",
            "tranche:Senior:var99 | 0.10", "tranche:Senior:es95 | 0.11", "tranche:Senior:es99 | 0.12",
            "tranche:Senior:maxDrawdown | 0.13", "tranche:Senior:maxDrawdown95 | 0.14", "tranche:Senior:wal | 0.15",
            "tranche:Mezz: B:el | 0.21", "tranche:Mezz: B:wal | 0.35",
            "pool:expectedCreditLoss | 0.41", "pool:pBadDebt | 0.42", "pool:expectedBadDebt | 43",
            "pool:liquidationVolume | 44", "pool:finalValueMean | 45", "pool:finalValue5 | 46",
            "pool:finalValue50 | 47", "pool:finalValue95 | 48"})
    void readsTheNamedFigure(String text, double expected) {
        MetricSpec metric = MetricSpec.parse(text);
        assertEquals(expected, metric.of(RESULT));
        assertEquals(text, metric.toString());
    }

    @ParameterizedTest
    @EnumSource(Measure.class)
    void everyMeasurePrintsAsTextThatParsesBack(Measure measure) {
        MetricSpec metric = measure.pool() ? MetricSpec.pool(measure) : MetricSpec.tranche("Senior", measure);
        assertEquals(metric, MetricSpec.parse(metric.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "el", "tranche:el", "tranche:Senior:nope", "pool:el", "pool:", "senior:el"})
    void badTextIsRefusedSayingWhatIsAllowed(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MetricSpec.parse(text));
        assertTrue(e.getMessage().contains("'"), e.getMessage());
    }

    @Test
    void anUnknownTrancheIsRefusedListingTheStructuresTranches() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MetricSpec.parse("tranche:Junior:el").requireIn(Samples.lending()));
        assertTrue(e.getMessage().contains("Senior, Mezzanine, Equity"), e.getMessage());
    }

    @Test
    void labelsAndUnits() {
        assertEquals("Senior EL", MetricSpec.parse("tranche:Senior:el").label());
        assertEquals("Pool P(bad debt)", MetricSpec.parse("pool:pBadDebt").label());
        assertEquals(MetricUnit.USD, MetricSpec.parse("pool:expectedBadDebt").unit());
        assertEquals("1.25 %", MetricUnit.FRACTION.format(0.0125));
    }
}
