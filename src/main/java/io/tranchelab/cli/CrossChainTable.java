package io.tranchelab.cli;

import io.tranchelab.report.ChainTables;
import io.tranchelab.sim.CrossChainMetrics;

import java.util.List;

/**
 * The cross-chain part of {@code simulate}'s and {@code compare}'s tables (docs/model.md §8.14):
 * the pool's line, then bridges, then chains, with the cells every view shows ({@link ChainTables}).
 */
final class CrossChainTable {

    private CrossChainTable() {
    }

    static void print(CrossChainMetrics chains, Terminal out) {
        out.printf("%nCross-chain: %s%n", ChainTables.summary(chains));
        if (!chains.bridges().isEmpty()) {
            table(ChainTables.headers(ChainTables.BRIDGE_COLUMNS), ChainTables.bridgeRows(chains), out);
        }
        if (!chains.chains().isEmpty()) {
            table(ChainTables.headers(ChainTables.CHAIN_COLUMNS), ChainTables.chainRows(chains), out);
        }
    }

    /** Names left-aligned, figures right-aligned, each column as wide as its widest cell. */
    private static void table(List<String> header, List<List<String>> rows, Terminal out) {
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = header.get(c).length();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        line(header, width, out);
        rows.forEach(row -> line(row, width, out));
    }

    private static void line(List<String> cells, int[] width, Terminal out) {
        StringBuilder text = new StringBuilder(" ");
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            text.append(' ').append(c < 2 ? cell + pad : pad + cell).append(' ');
        }
        out.printf("%s%n", text.toString().stripTrailing());
    }
}
