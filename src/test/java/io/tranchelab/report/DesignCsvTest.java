package io.tranchelab.report;

import io.tranchelab.design.AlignmentGrid;
import io.tranchelab.design.Bump;
import io.tranchelab.design.DesignRun;
import io.tranchelab.design.MapAxis;
import io.tranchelab.design.MetricSpec;
import io.tranchelab.design.Target;
import io.tranchelab.design.Tornado;
import io.tranchelab.design.TornadoBar;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DesignCsvTest {

    @Test
    void aTornadoIsOneRowPerBarWithPlainNumbersAndGuardedNames() {
        MetricSpec metric = MetricSpec.parse("tranche:Senior:el");
        Tornado t = new Tornado(metric, Bump.DEFAULT, new DesignRun("base", List.of(1L), 100), 0.01,
                List.of(new TornadoBar("/positions/0/rate", "=cmd loans rate", 0.06, 0.054, 0.066, 0.009, 0.012,
                        false, true)), List.of());
        List<String> lines = DesignCsv.of(t).lines().toList();
        assertEquals(String.join(",", DesignCsv.TORNADO_HEADER), lines.get(0));
        assertEquals("1,/positions/0/rate,'=cmd loans rate,0.06,0.054,0.066,tranche:Senior:el,0.01,0.009,0.012,"
                + Double.toString(0.012 - 0.009) + ",false,true", lines.get(1));
    }

    @Test
    void aMapIsOneRowPerPointWithAnEmptyValueWhereNotComputed() {
        MapAxis x = new MapAxis("/assets/0/volatility", "ETH volatility", 0.5, 1.0, 2);
        MapAxis y = new MapAxis("/tranches/0/share", "Senior share", 0.7, 0.8, 2);
        AlignmentGrid grid = new AlignmentGrid(x, y, MetricSpec.parse("pool:pBadDebt"),
                new Target("at most 10 %", 0.1, true), 0.6, 0.75, new double[][] {{0.05, 0.2}, {Double.NaN, 0.1}});
        List<String> lines = DesignCsv.of(grid).lines().toList();
        assertEquals(String.join(",", DesignCsv.MAP_HEADER), lines.get(0));
        assertEquals("/assets/0/volatility,0.5,/tranches/0/share,0.7,pool:pBadDebt,0.05,true", lines.get(1));
        assertEquals("/assets/0/volatility,1.0,/tranches/0/share,0.7,pool:pBadDebt,0.2,false", lines.get(2));
        assertEquals("/assets/0/volatility,0.5,/tranches/0/share,0.8,pool:pBadDebt,,", lines.get(3));
        assertEquals("/assets/0/volatility,1.0,/tranches/0/share,0.8,pool:pBadDebt,0.1,true", lines.get(4));
    }
}
