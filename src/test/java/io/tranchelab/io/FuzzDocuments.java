package io.tranchelab.io;

import static io.tranchelab.io.FuzzValues.quoted;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated JSON documents for the reader fuzz test: random trees of random shapes (often with
 * the format's field names, sometimes nested deeper than the parser allows), and documents of
 * the structure's shape built from scratch with random values, missing and unknown fields.
 */
final class FuzzDocuments {

    /** Containers a random tree may have, so that a tree stays small whatever its depth. */
    private static final int NODE_BUDGET = 200;

    private FuzzDocuments() {
    }

    static String randomTree(SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        int maxDepth = random.nextInt(4) == 0 ? 12 + random.nextInt(12) : 1 + random.nextInt(6);
        value(random, out, 0, maxDepth, new int[] {NODE_BUDGET});
        return out.toString();
    }

    private static void value(SplittableRandom random, StringBuilder out, int depth, int maxDepth, int[] budget) {
        boolean container = depth < maxDepth && budget[0]-- > 0;
        int kind = !container ? 2 + random.nextInt(3) : depth == 0 && random.nextInt(10) > 0 ? 0 : random.nextInt(5);
        // Deep trees are chains (one element per container), wide trees are shallow.
        int width = maxDepth > 8 ? 1 + random.nextInt(2) : random.nextInt(7);
        switch (kind) {
            case 0 -> {
                out.append('{');
                for (int i = 0; i < width; i++) {
                    out.append(i > 0 ? "," : "").append(quoted(FuzzValues.fieldName(random))).append(':');
                    value(random, out, depth + 1, maxDepth, budget);
                }
                out.append('}');
            }
            case 1 -> {
                out.append('[');
                for (int i = 0; i < width; i++) {
                    out.append(i > 0 ? "," : "");
                    value(random, out, depth + 1, maxDepth, budget);
                }
                out.append(']');
            }
            case 2 -> out.append(FuzzValues.number(random));
            case 3 -> out.append(FuzzValues.string(random));
            default -> out.append(FuzzValues.wild(random));
        }
    }

    /** A document of the structure's shape: every field of every object, each with a random value. */
    static String shapedStructure(SplittableRandom random) {
        return object(random, JsonShape.STRUCTURE);
    }

    private static String object(SplittableRandom random, JsonShape shape) {
        List<String> members = new ArrayList<>();
        for (String field : shape.fields()) {
            int roll = random.nextInt(25);
            if (roll == 0) {
                continue; // a missing field
            }
            members.add(quoted(field) + ":" + (roll == 1 ? FuzzValues.wild(random) : value(random, shape, field)));
        }
        if (random.nextInt(8) == 0) {
            members.add(random.nextInt(members.size() + 1), quoted(FuzzValues.fieldName(random)) + ":"
                    + FuzzValues.number(random)); // an unknown field, or a field given twice
        }
        return "{" + String.join(",", random.nextInt(10) == 0 ? FuzzValues.shuffled(random, members) : members)
                + "}";
    }

    private static String value(SplittableRandom random, JsonShape shape, String field) {
        return switch (field) {
            case "schemaVersion" -> FuzzValues.pick(random, "1", "1", "1", "1", "1.0", "2", "0", "\"1\"");
            case "kind" -> random.nextInt(8) > 0 && shape.kind() != null ? quoted(shape.kind())
                    : FuzzValues.string(random);
            case "simulation" -> object(random, JsonShape.SIMULATION);
            case "assets" -> list(random, 0, 4, JsonShape.ASSETS);
            case "positions" -> list(random, 0, 4, JsonShape.POSITIONS);
            case "tranches" -> list(random, 1, 5, List.of(JsonShape.TRANCHE));
            case "waterfall" -> object(random, JsonShape.WATERFALL);
            case "creditScoreTable" -> list(random, 0, 4, List.of(JsonShape.SCORE_BAND));
            case "scenarios" -> list(random, 0, 3, List.of(JsonShape.SCENARIO));
            case "shocks" -> list(random, 0, 3, JsonShape.SHOCKS);
            case "jumps" -> object(random, JsonShape.JUMPS);
            case "depeg" -> object(random, JsonShape.DEPEG);
            case "lossEvents" -> object(random, JsonShape.LOSS_EVENTS);
            case "driftOverrides" -> "{" + quoted(FuzzValues.pick(random, "ETH", "stETH", "BTC", "A")) + ":"
                    + FuzzValues.number(random) + "}";
            case "correlations" -> correlations(random);
            case "name", "description", "id", "reference", "asset", "collateral" -> FuzzValues.string(random);
            default -> FuzzValues.number(random);
        };
    }

    private static String list(SplittableRandom random, int min, int max, List<JsonShape> kinds) {
        List<String> elements = new ArrayList<>();
        for (int i = min + random.nextInt(max - min + 1); i > 0; i--) {
            elements.add(object(random, kinds.get(random.nextInt(kinds.size()))));
        }
        return "[" + String.join(",", elements) + "]";
    }

    /** Square or ragged, with a unit diagonal or not, entries in [-1, 1] mostly. */
    private static String correlations(SplittableRandom random) {
        int n = random.nextInt(5);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> row = new ArrayList<>();
            for (int j = random.nextInt(8) == 0 ? random.nextInt(5) : n; j > 0; j--) {
                row.add(random.nextInt(3) == 0 ? "1" : random.nextInt(10) == 0 ? FuzzValues.wild(random)
                        : Double.toString(random.nextDouble(-1, 1)));
            }
            rows.add("[" + String.join(",", row) + "]");
        }
        return "[" + String.join(",", rows) + "]";
    }
}
