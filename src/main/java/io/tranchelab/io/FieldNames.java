package io.tranchelab.io;

import java.util.Collection;
import java.util.Locale;

/** Suggests the field a misspelt name was probably meant to be ("volatilty" -> "volatility"). */
final class FieldNames {

    private static final int MAX_TYPOS = 2;

    private FieldNames() {
    }

    /** The closest allowed name, or null when none is close. */
    static String closest(String name, Collection<String> allowed) {
        String best = null;
        int bestDistance = MAX_TYPOS + 1;
        for (String candidate : allowed) {
            int distance = candidate.equalsIgnoreCase(name) ? 0
                    : distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Levenshtein distance, stopping early for long names (they are never close). */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > MAX_TYPOS || a.length() > 100) {
            return MAX_TYPOS + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
