package io.tranchelab.sim;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.function.Predicate;

/**
 * Working objects of finished runs (arrays, or objects that hold them) kept for the next run that
 * can use them, for the reason {@link ChartValuesSpare} gives: a run's fresh arrays land on heap
 * pages the process has not touched yet until the young generation has been used once, and each
 * page faults on its first write. On this sandbox that cost a run of the lending book about 8 ms on
 * one thread in the first hundred runs of a process (docs/performance.md, issue 13, fifth pass).
 *
 * <p>An object is taken by one user at a time (take removes it); its user hands it back only once
 * nothing will read it again, and the next user must not rely on its contents (each use says why
 * it does not). At most {@code maxKept} objects are kept, the oldest dropped first.
 */
final class Spare<T> {

    private final int maxKept;
    private final ArrayDeque<T> kept = new ArrayDeque<>();

    Spare(int maxKept) {
        this.maxKept = maxKept;
    }

    /** The most recently kept object that {@code fits}, taken out; null when none does. */
    synchronized T take(Predicate<? super T> fits) {
        for (Iterator<T> it = kept.iterator(); it.hasNext(); ) {
            T item = it.next();
            if (fits.test(item)) {
                it.remove();
                return item;
            }
        }
        return null;
    }

    /** Keeps {@code item} for a later {@link #take}. */
    synchronized void giveBack(T item) {
        kept.addFirst(item);
        while (kept.size() > maxKept) {
            kept.removeLast();
        }
    }

    synchronized int size() {
        return kept.size();
    }

    /** What is kept, newest first, without taking it (tests). */
    synchronized java.util.List<T> current() {
        return java.util.List.copyOf(kept);
    }

    /** Drops everything kept: for a run that needs the memory (RunMemory), and tests. */
    synchronized void clear() {
        kept.clear();
    }
}
