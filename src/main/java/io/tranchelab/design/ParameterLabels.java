package io.tranchelab.design;

import io.tranchelab.model.Structure;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names a structure's number for people from its JSON pointer: "ETH volatility",
 * "ETH-backed USDC loans liquidation capacity", "Senior share", "Correlation ETH / BTC".
 */
final class ParameterLabels {

    /** Field names whose words are not their camel-case split. */
    private static final Map<String, String> SPECIAL = Map.of(
            "ltvLow", "LTV low", "ltvHigh", "LTV high", "ocThreshold", "OC threshold", "apr", "APR",
            "annualDefaultProbability", "annual PD", "jumps", "jump", "stdevLogJump", "log size stdev",
            "meanLogJump", "mean log size", "lossEvents", "loss event");

    /** Fields whose values are fractions (shown as percentages), money, or counts; the rest are plain numbers. */
    private static final Set<String> FRACTIONS = Set.of("volatility", "drift", "ltvLow", "ltvHigh", "rate", "apr",
            "liquidationThreshold", "liquidationPenalty", "closeFactor", "share", "coupon", "managementFee",
            "reserveTarget", "lossFraction", "meanDepth", "annualDefaultProbability", "lossGivenDefault",
            "assetCorrelation", "correlation", "cashRate");
    private static final Set<String> MONEY = Set.of("price", "marketDepth", "principal", "liquidationCapacity",
            "initialCash");
    private static final Set<String> COUNTS = Set.of("borrowers", "lines", "oracleDelaySteps", "creditScore");

    private ParameterLabels() {
    }

    static MetricUnit unit(String pointer) {
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (FRACTIONS.contains(field) || pointer.startsWith("/correlations/")) {
            return MetricUnit.FRACTION;
        }
        if (MONEY.contains(field)) {
            return MetricUnit.USD;
        }
        return COUNTS.contains(field) ? MetricUnit.COUNT : MetricUnit.NUMBER;
    }

    static String label(Structure s, String pointer) {
        String[] t = pointer.substring(1).split("/", -1);
        try {
            switch (t[0]) {
                case "assets":
                    return s.assets().get(Integer.parseInt(t[1])).id() + " " + words(t, 2);
                case "positions":
                    return s.positions().get(Integer.parseInt(t[1])).name() + " " + words(t, 2);
                case "tranches":
                    return s.tranches().get(Integer.parseInt(t[1])).name() + " " + words(t, 2);
                case "scenarios":
                    return s.scenarios().get(Integer.parseInt(t[1])).name() + " " + words(t, 2);
                case "correlations":
                    return "Correlation " + s.assets().get(Integer.parseInt(t[1])).id() + " / "
                            + s.assets().get(Integer.parseInt(t[2])).id();
                case "creditScoreTable":
                    return "Scores from " + s.creditScoreTable().get(Integer.parseInt(t[1])).minScore() + " "
                            + words(t, 2);
                default:
                    return capitalized(words(t, 0));
            }
        } catch (RuntimeException e) {
            return pointer; // a pointer the structure does not have: show it as it is
        }
    }

    /** The tokens from {@code from} on as words: "jumps/intensity" -> "jumps intensity". */
    private static String words(String[] tokens, int from) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < tokens.length; i++) {
            String token = tokens[i].replace("~1", "/").replace("~0", "~");
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(SPECIAL.getOrDefault(token, token.replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                    .toLowerCase(Locale.ROOT)));
        }
        return out.toString();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
