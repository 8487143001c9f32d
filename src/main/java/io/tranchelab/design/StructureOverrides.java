package io.tranchelab.design;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.io.StructureFormatException;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.NumericField;
import io.tranchelab.model.Structure;
import io.tranchelab.model.StructureValidator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies {@link ParameterOverride}s to a structure through its JSON form: the structure is
 * written as a tree, each number is set at its pointer, and the tree is read back and validated
 * exactly as a file would be. So every field the file format has can be varied, and a bad pointer
 * or value is refused with the same pointer-naming message as a bad file (docs/model.md §14).
 *
 * <p>Two rules keep a variant meaningful: setting {@code /tranches/i/share} keeps the shares
 * summing to 1 (the tranches whose share is not set are rescaled pro rata), and setting an
 * off-diagonal correlation {@code /correlations/i/j} sets {@code /correlations/j/i} too.
 */
public final class StructureOverrides {

    private static final Pattern SHARE = Pattern.compile("/tranches/(\\d+)/share");
    private static final Pattern CORRELATION = Pattern.compile("/correlations/(\\d+)/(\\d+)");

    private StructureOverrides() {
    }

    /**
     * The base with the overrides applied (the base itself when there are none).
     *
     * @throws InvalidOverrideException naming the pointer when a pointer names no number of the
     *                                  structure, or the result is not a valid structure
     */
    public static Structure apply(Structure base, List<ParameterOverride> overrides) {
        if (overrides.isEmpty()) {
            return base;
        }
        ObjectNode tree = StructureJson.toTree(base);
        Map<Integer, ParameterOverride> shares = new LinkedHashMap<>();
        Set<String> explicit = new LinkedHashSet<>();
        overrides.forEach(o -> explicit.add(o.pointer()));
        for (ParameterOverride override : overrides) {
            set(tree, override.pointer(), override.value());
            Matcher share = SHARE.matcher(override.pointer());
            if (share.matches()) {
                shares.put(Integer.parseInt(share.group(1)), override);
            }
            Matcher correlation = CORRELATION.matcher(override.pointer());
            if (correlation.matches() && !correlation.group(1).equals(correlation.group(2))) {
                String mirror = "/correlations/" + correlation.group(2) + "/" + correlation.group(1);
                if (!explicit.contains(mirror)) {
                    set(tree, mirror, override.value());
                }
            }
        }
        if (!shares.isEmpty()) {
            rescaleOtherShares((ArrayNode) tree.get("tranches"), shares, base);
        }
        try {
            return StructureJson.fromTree(tree);
        } catch (StructureFormatException e) {
            throw new InvalidOverrideException(e.problems());
        }
    }

    /**
     * The number at the pointer in the structure's JSON form.
     *
     * @throws InvalidOverrideException when the pointer names no number
     */
    public static double valueAt(Structure structure, String pointer) {
        JsonNode node = StructureJson.toTree(structure).at(compile(pointer));
        if (!node.isNumber()) {
            throw new InvalidOverrideException(pointer, node.isMissingNode()
                    ? "no such field in this structure" : "is not a number; only numbers can be varied");
        }
        return node.doubleValue();
    }

    /**
     * Every number a sensitivity run may bump, with the range the validator allows, in document
     * order: the market, the pool, the tranches, the waterfall and the credit score table. Left
     * out: the simulation settings and the scenarios (how a structure is run, not what it is), the
     * correlation matrix's diagonal and lower triangle (fixed at 1, mirrors of the upper one), the
     * equity's coupon (fixed at 0) and the score bands' boundaries (an ordering, not a level).
     */
    public static List<NumericParameter> numericParameters(Structure structure) {
        List<NumericParameter> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String equityCoupon = "/tranches/" + (structure.tranches().size() - 1) + "/coupon";
        for (NumericField field : StructureValidator.numericFields(structure)) {
            String p = field.pointer();
            if (p.startsWith("/simulation/") || p.startsWith("/scenarios/") || p.equals(equityCoupon)
                    || p.endsWith("/minScore") || !seen.add(p) || !upperTriangle(p)) {
                continue;
            }
            out.add(new NumericParameter(p, ParameterLabels.label(structure, p), field.value(), field.range(),
                    field.whole()));
        }
        return List.copyOf(out);
    }

    private static boolean upperTriangle(String pointer) {
        Matcher m = CORRELATION.matcher(pointer);
        return !m.matches() || Integer.parseInt(m.group(2)) > Integer.parseInt(m.group(1));
    }

    /** Sets a number that exists (or a new field of an existing object, which the reader then judges). */
    private static void set(ObjectNode tree, String pointer, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidOverrideException(pointer, "is " + value + "; an override must be a finite number");
        }
        JsonPointer path = compile(pointer);
        if (path.matches()) {
            throw new InvalidOverrideException(pointer, "names the whole structure; name one number, e.g."
                    + " /assets/0/volatility");
        }
        JsonNode parent = tree.at(path.head());
        String last = path.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            JsonNode existing = object.get(last);
            if (existing != null && !existing.isNumber()) {
                throw new InvalidOverrideException(pointer, "is not a number; only numbers can be varied");
            }
            if (existing != null && existing.isIntegralNumber() && value == Math.rint(value)
                    && Math.abs(value) < 1e15) {
                object.put(last, (long) value);
            } else {
                object.put(last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = path.last().getMatchingIndex();
            if (index < 0 || index >= array.size() || !array.get(index).isNumber()) {
                throw new InvalidOverrideException(pointer, "no such number in this structure");
            }
            array.set(index, array.numberNode(value));
        } else {
            throw new InvalidOverrideException(pointer, "no such field in this structure (" + path.head()
                    + " is not an object or array of it)");
        }
    }

    /**
     * The tranches whose share is not set share what the set ones leave, in proportion to their
     * current shares, so the shares still sum to 1. A set share outside (0, 1) is left for the
     * validator to report at its own pointer; shares set to their current values change nothing.
     */
    private static void rescaleOtherShares(ArrayNode tranches, Map<Integer, ParameterOverride> set, Structure base) {
        if (set.entrySet().stream().allMatch(e -> e.getKey() < base.tranches().size()
                && base.tranches().get(e.getKey()).share() == e.getValue().value())) {
            return; // shares set to what they are: nothing to rescale (and no rounding to add)
        }
        double setSum = 0;
        for (ParameterOverride o : set.values()) {
            if (o.value() >= 1 && set.size() < tranches.size()) {
                throw new InvalidOverrideException(o.pointer(), "is " + o.value() + "; it must be below 1, so that"
                        + " the other tranches keep a share");
            }
            if (!(o.value() > 0 && o.value() < 1)) {
                return;
            }
            setSum += o.value();
        }
        double othersSum = 0;
        for (int i = 0; i < tranches.size(); i++) {
            if (!set.containsKey(i)) {
                othersSum += tranches.get(i).get("share").doubleValue();
            }
        }
        if (othersSum == 0) {
            return; // every share set: they must sum to 1 themselves, which the validator checks
        }
        double left = 1 - setSum;
        if (!(left > 0)) {
            String first = set.values().iterator().next().pointer();
            throw new InvalidOverrideException(first, "the shares set sum to " + setSum + ", leaving nothing for"
                    + " the other tranches; the shares set must sum to less than 1");
        }
        double scale = left / othersSum;
        for (int i = 0; i < tranches.size(); i++) {
            if (!set.containsKey(i)) {
                ObjectNode tranche = (ObjectNode) tranches.get(i);
                tranche.put("share", tranche.get("share").doubleValue() * scale);
            }
        }
    }

    private static JsonPointer compile(String pointer) {
        try {
            return JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            throw new InvalidOverrideException(pointer, "is not a JSON pointer (RFC 6901: it starts with '/',"
                    + " e.g. /assets/0/volatility)");
        }
    }
}
