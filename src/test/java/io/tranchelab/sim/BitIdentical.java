package io.tranchelab.sim;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Deep, bit-for-bit comparison of results: every record component, array element and list
 * entry, doubles by their bits. Only the run's wall-clock time is left out.
 */
final class BitIdentical {

    private static final String IGNORED = "elapsedNanos";

    private BitIdentical() {
    }

    /** Where the two first differ, e.g. {@code tranches[1].var95: 0.12 vs 0.13}; null when identical. */
    static String firstDifference(Object a, Object b) {
        return difference(a, b, "result");
    }

    private static String difference(Object a, Object b, String where) {
        if (a == null || b == null) {
            return a == b ? null : where + ": " + a + " vs " + b;
        }
        if (a.getClass() != b.getClass()) {
            return where + ": " + a.getClass() + " vs " + b.getClass();
        }
        if (a instanceof Double x) {
            return Double.doubleToLongBits(x) == Double.doubleToLongBits((Double) b) ? null : where + ": " + a + " vs " + b;
        }
        if (a.getClass().isArray()) {
            return arrayDifference(a, b, where);
        }
        if (a instanceof List<?> x) {
            List<?> y = (List<?>) b;
            if (x.size() != y.size()) {
                return where + ": size " + x.size() + " vs " + y.size();
            }
            for (int i = 0; i < x.size(); i++) {
                String d = difference(x.get(i), y.get(i), where + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a instanceof Record) {
            return recordDifference(a, b, where);
        }
        return a.equals(b) ? null : where + ": " + a + " vs " + b;
    }

    private static String arrayDifference(Object a, Object b, String where) {
        int length = Array.getLength(a);
        if (length != Array.getLength(b)) {
            return where + ": length " + length + " vs " + Array.getLength(b);
        }
        for (int i = 0; i < length; i++) {
            String d = difference(Array.get(a, i), Array.get(b, i), where + "[" + i + "]");
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String recordDifference(Object a, Object b, String where) {
        for (RecordComponent component : a.getClass().getRecordComponents()) {
            if (component.getName().equals(IGNORED)) {
                continue;
            }
            try {
                String d = difference(component.getAccessor().invoke(a), component.getAccessor().invoke(b),
                        where + "." + component.getName());
                if (d != null) {
                    return d;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + where + "." + component.getName(), e);
            }
        }
        return null;
    }
}
