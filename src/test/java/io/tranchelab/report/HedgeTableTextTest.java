package io.tranchelab.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tables' cells as the window, the report's page and the slide show them: one format, one unit per column. */
class HedgeTableTextTest {

    @Test
    void aTranchesCellsAreItsFiguresInPercentWithTheChangeSigned() {
        HedgeFigures f = HedgeFiguresTest.figures();
        assertEquals(List.of("Senior", "11.33 %", "0.00 %", "-11.33 %", "73.95 %", "0.00 %", "17.02 %", "0.00 %",
                "CCC/C", "AAA"), HedgeTableText.cells(f.tranches().get(0)));
        assertEquals(HedgeTableText.TRANCHE_HEADER.size(), HedgeTableText.cells(f.tranches().get(1)).size());
    }

    @Test
    void aCostLineIsUsdPercentOfThePoolAndPercentAYear() {
        HedgeFigures f = HedgeFiguresTest.figures();
        assertEquals(List.of("Premiums paid", "$200", "2.00 %", "1.00 %/yr"),
                HedgeTableText.cells(f.cost(HedgeFigures.Cost.PREMIUMS)));
        // below 0.1 % the one format keeps two significant digits
        assertEquals(List.of("Perp short P&L", "$10", "0.10 %", "0.050 %/yr"),
                HedgeTableText.cells(f.cost(HedgeFigures.Cost.PERP_PNL)));
    }

    @Test
    void theTwoHeaderRowsNameEachMeasureOnceOverItsRunsAndTogetherMakeTheOneLineHeader() {
        assertEquals(List.of("Tranche", "EL", "", "", "VaR 99", "", "Max DD", "", "Rating", ""),
                HedgeTableText.groupRow());
        assertEquals(List.of("", "unhedged", "hedged", "change", "unhedged", "hedged", "unhedged", "hedged",
                "unhedged", "hedged"), HedgeTableText.nameRow());
        assertEquals("EL change", HedgeTableText.TRANCHE_HEADER.get(3));
        assertEquals("VaR 99 hedged", new HedgeTableText.Column("VaR 99", "hedged").header());
        assertEquals("Tranche", new HedgeTableText.Column("Tranche", "").header());
        assertEquals("Tranche", HedgeTableText.TRANCHE_HEADER.get(0));
    }

    @Test
    void aChangeCarriesItsSignAndNoChangeNone() {
        assertEquals("+0.42 %", HedgeTableText.signed(0.0042));
        assertEquals("-0.42 %", HedgeTableText.signed(-0.0042));
        assertEquals("0.00 %", HedgeTableText.signed(0));
    }
}
