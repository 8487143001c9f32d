package io.tranchelab.report;

import io.tranchelab.format.Formats;
import io.tranchelab.sim.CrossChainMetrics;

import java.util.ArrayList;
import java.util.List;

/**
 * A cross-chain pool's figures (docs/model.md §8.14) as the tables every view shows them: the
 * workbench's Chains panel, the PDF's page, {@code simulate} and {@code compare}. One place writes
 * the cells, through the one number formatter, so a figure reads the same everywhere; each column
 * holds one unit, named in its header (money cells carry their $ and are in USD). The CSV writes the
 * same figures as plain numbers ({@link CrossChainCsv}).
 */
public final class ChainTables {

    /** A column: its title, its unit (empty for a name or a count) and what it means, for a tooltip. */
    public record Column(String title, String unit, String tip) {

        /** The header on one line: "E[loss] (% of bridged)". */
        public String header() {
            return unit.isEmpty() ? title : title + " (" + unit + ")";
        }
    }

    public static final List<Column> BRIDGE_COLUMNS = List.of(
            new Column("Bridge", "", "The bridge the chains below reach the pool's assets over"),
            new Column("Chains", "", "The chains whose positions are bridged over it"),
            new Column("Bridged", "USD", "Initial value of the positions on those chains: yield positions at"
                    + " their first price, loan books at their principal, in US dollars"),
            new Column("P(loss)", "%", "Share of paths on which an exploit of this bridge destroyed part of a"
                    + " holding, percent"),
            new Column("E[loss]", "USD", "Mean over paths of what this bridge's exploits destroyed, in US dollars"),
            new Column("E[loss] / bridged", "%", "The expected loss as a percentage of the bridged value; for"
                    + " holdings whose price does not move it is 1 - e^(-intensity x loss fraction x years)"));

    public static final List<Column> CHAIN_COLUMNS = List.of(
            new Column("Chain", "", "A chain some of the pool's positions are on (the home chain never halts)"),
            new Column("Bridge", "", "The bridge it is reached over; none for a chain reached without one"),
            new Column("Value", "USD", "Initial value of the positions on the chain, in US dollars"),
            new Column("P(halt)", "%", "Share of paths on which the chain halted at least once, percent"),
            new Column("E[halts]", "", "Mean number of halts that began within the horizon (a count)"),
            new Column("E[time halted]", "days", "Mean time the chain was halted: halted steps times the step's"
                    + " length, in days of 365 a year; no liquidations and frozen oracles meanwhile"));

    private ChainTables() {
    }

    /** One row a bridge, cells under {@link #BRIDGE_COLUMNS}. */
    public static List<List<String>> bridgeRows(CrossChainMetrics chains) {
        List<List<String>> rows = new ArrayList<>();
        for (CrossChainMetrics.BridgeFigures bridge : chains.bridges()) {
            List<String> served = chains.chains().stream().filter(c -> c.bridge().equals(bridge.name()))
                    .map(CrossChainMetrics.ChainFigures::name).toList();
            rows.add(List.of(bridge.name(), served.isEmpty() ? "none" : String.join(", ", served),
                    Formats.money(bridge.bridgedValue()), Formats.percentNumber(bridge.probabilityOfLoss(), 2),
                    Formats.money(bridge.expectedLoss()),
                    bridge.bridgedValue() > 0 ? Formats.percentNumber(bridge.expectedLossShareOfBridged(), 2) : "n/a"));
        }
        return rows;
    }

    /** One row a chain, cells under {@link #CHAIN_COLUMNS}. */
    public static List<List<String>> chainRows(CrossChainMetrics chains) {
        List<List<String>> rows = new ArrayList<>();
        for (CrossChainMetrics.ChainFigures chain : chains.chains()) {
            rows.add(List.of(chain.name(), chain.bridge().isEmpty() ? "none" : chain.bridge(),
                    Formats.money(chain.initialValue()), Formats.percentNumber(chain.probabilityOfHalt(), 2),
                    Formats.number(chain.expectedHalts()), Formats.number(chain.expectedHaltedDays())));
        }
        return rows;
    }

    /**
     * The pool's line, short enough for the workbench panel's title: "Bridge losses $1.5M (1.51 % of
     * the pool), P(any bridge loss) 11.50 %" (the pool's initial value; the tooltips and the PDF say so).
     */
    public static String summary(CrossChainMetrics chains) {
        return "Bridge losses " + Formats.money(chains.expectedBridgeLoss()) + " ("
                + Formats.percent(chains.expectedBridgeLossShare()) + " of the pool), P(any bridge loss) "
                + Formats.percent(chains.probabilityOfBridgeLoss());
    }

    /** The headers of {@code columns} on one line each. */
    public static List<String> headers(List<Column> columns) {
        return columns.stream().map(Column::header).toList();
    }
}
