package io.tranchelab.ui.document;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Names an edit from the two structures it goes between, for "Undo Change volatility": the
 * model is immutable records, so the record components that differ say what changed, and no
 * edit site has to name itself. A list that grew or shrank is an "Add" or "Remove" of its kind.
 */
final class EditNames {

    private EditNames() {
    }

    static String describe(Object before, Object after) {
        Set<String> changed = new LinkedHashSet<>();
        diff(before, after, null, changed);
        if (changed.isEmpty()) {
            return "Edit";
        }
        if (changed.size() == 1) {
            return changed.iterator().next();
        }
        if (changed.size() == 2) {
            java.util.Iterator<String> it = changed.iterator();
            String first = it.next();
            String second = it.next();
            // "Change ltv low" + "Change ltv high" -> "Change ltv low, ltv high"
            if (first.startsWith("Change ") && second.startsWith("Change ")) {
                return first + ", " + second.substring("Change ".length());
            }
        }
        return "Edit " + changed.size() + " values";
    }

    private static void diff(Object a, Object b, String name, Set<String> out) {
        if (Objects.equals(a, b)) {
            return;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            String kind = name == null ? "item" : singular(words(name));
            if (la.size() < lb.size()) {
                out.add("Add " + kind);
            } else if (la.size() > lb.size()) {
                out.add("Remove " + kind);
            } else {
                for (int i = 0; i < la.size(); i++) {
                    diff(la.get(i), lb.get(i), name, out);
                }
            }
            return;
        }
        if (a instanceof java.util.Map<?, ?> ma && b instanceof java.util.Map<?, ?> mb) {
            // a map by name (where each position is placed, §2.10): "Change placement of SOL staking"
            Set<Object> keys = new LinkedHashSet<>(ma.keySet());
            keys.addAll(mb.keySet());
            String kind = name == null ? "entry" : singular(words(name));
            keys.stream().filter(k -> !Objects.equals(ma.get(k), mb.get(k)))
                    .forEach(k -> out.add("Change " + kind + " of " + k));
            return;
        }
        if (a != null && b != null && a.getClass() == b.getClass() && a.getClass().isRecord()) {
            for (RecordComponent component : a.getClass().getRecordComponents()) {
                try {
                    diff(component.getAccessor().invoke(a), component.getAccessor().invoke(b), component.getName(),
                            out);
                } catch (ReflectiveOperationException e) {
                    out.add("Edit");
                }
            }
            return;
        }
        out.add(name == null ? "Edit" : "Change " + words(name));
    }

    /** "liquidationThreshold" -> "liquidation threshold". */
    static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String singular(String plural) {
        return plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y"
                : plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }
}
