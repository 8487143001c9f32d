package io.tranchelab.design;

import io.tranchelab.model.Asset;
import io.tranchelab.model.LoanBook;
import io.tranchelab.model.Position;
import io.tranchelab.model.Structure;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The alignment map (docs/model.md §14): a metric over a grid of two parameters, all else
 * as in the base, every point on the same seeds. It fills progressively: the corners and centre
 * first (3 x 3), then each pass halves the spacing until every point is done, and a snapshot is
 * published after each pass, so a coarse picture appears after nine runs. Every point is the same
 * pure function of the structure and the point, so the finished map is the same whatever the passes
 * or threads.
 */
public final class AlignmentMap {

    /** The default axis runs from this fraction of the current value ... */
    static final double DEFAULT_FROM = 0.5;
    /** ... to this multiple of it. */
    static final double DEFAULT_TO = 2.0;
    /**
     * The default keeper-capacity axis starts lower, at a tenth: keepers become the bottleneck only
     * when they can clear a small part of the book a step (the lending sample's $10M a day against
     * $50M lent binds below about $5M).
     */
    static final double CAPACITY_FROM = 0.1;

    private AlignmentMap() {
    }

    /**
     * Computes the map.
     *
     * @param target     the target whose contour the map draws; null for none
     * @param onProgress told each pass's snapshot (the last one is the returned grid), on the
     *                   calling thread
     * @throws InvalidOverrideException before any run, when a corner of the grid is not a valid structure
     */
    public static AlignmentGrid compute(Structure base, MapAxis x, MapAxis y, MetricSpec metric, Target target,
                                        DesignRun run, int threads, ProgressListener progress,
                                        CancellationToken cancel, Consumer<AlignmentGrid> onProgress) {
        metric.requireIn(base);
        if (x.pointer().equals(y.pointer())) {
            throw new InvalidOverrideException(y.pointer(), "is also the x axis; the map needs two different"
                    + " parameters");
        }
        double currentX = StructureOverrides.valueAt(base, x.pointer());
        double currentY = StructureOverrides.valueAt(base, y.pointer());
        for (int i : new int[] {0, x.count() - 1}) {
            for (int j : new int[] {0, y.count() - 1}) {
                StructureOverrides.apply(base, point(x, y, i, j).overrides());
            }
        }
        double[][] values = new double[y.count()][x.count()];
        for (double[] row : values) {
            Arrays.fill(row, Double.NaN);
        }
        List<List<int[]>> passes = passes(x.count(), y.count());
        int total = x.count() * y.count();
        int done = 0;
        AlignmentGrid grid = null;
        for (List<int[]> pass : passes) {
            List<Variant> variants = new ArrayList<>(pass.size());
            for (int[] p : pass) {
                variants.add(point(x, y, p[0], p[1]));
            }
            int before = done;
            SweepTable table = SweepEngine.run(run.request(base, variants, metric), threads,
                    f -> progress.progress((before + f * pass.size()) / total), cancel);
            for (int k = 0; k < pass.size(); k++) {
                values[pass.get(k)[1]][pass.get(k)[0]] = table.mean(k, 0, 0);
            }
            done += pass.size();
            grid = new AlignmentGrid(x, y, metric, target, currentX, currentY, values);
            onProgress.accept(grid);
        }
        return grid;
    }

    /** The variant at grid point (i, j). */
    static Variant point(MapAxis x, MapAxis y, int i, int j) {
        return Variant.of(x.label() + " " + x.value(i) + ", " + y.label() + " " + y.value(j),
                new ParameterOverride(x.pointer(), x.value(i)), new ParameterOverride(y.pointer(), y.value(j)));
    }

    /**
     * The grid points of each pass, {x, y} index pairs, each point in exactly one pass: pass k
     * takes the points whose both indices are on the k-th level ({@link #level}) and were not taken
     * before; the last level is every index.
     */
    static List<List<int[]>> passes(int nx, int ny) {
        List<List<int[]>> passes = new ArrayList<>();
        boolean[][] taken = new boolean[ny][nx];
        for (int k = 1; ; k++) {
            TreeSet<Integer> xs = level(nx, k);
            TreeSet<Integer> ys = level(ny, k);
            List<int[]> pass = new ArrayList<>();
            for (int j : ys) {
                for (int i : xs) {
                    if (!taken[j][i]) {
                        taken[j][i] = true;
                        pass.add(new int[] {i, j});
                    }
                }
            }
            if (!pass.isEmpty()) {
                passes.add(pass);
            }
            if (xs.size() == nx && ys.size() == ny) {
                return passes;
            }
        }
    }

    /** Indices round(i (n - 1) / 2^k) for i = 0..2^k: both ends and the middle at k = 1, every index once 2^k >= n - 1. */
    static TreeSet<Integer> level(int n, int k) {
        TreeSet<Integer> out = new TreeSet<>();
        long parts = 1L << Math.min(k, 30);
        if (parts >= n - 1) {
            for (int i = 0; i < n; i++) {
                out.add(i);
            }
            return out;
        }
        for (long i = 0; i <= parts; i++) {
            out.add((int) Math.round((double) i * (n - 1) / parts));
        }
        return out;
    }


    /**
     * The default x axis: the volatility of the main volatile collateral (the first loan book's
     * collateral when it is volatile, else the first volatile asset), from half to twice its value.
     */
    public static MapAxis defaultX(Structure s) {
        int asset = -1;
        for (Position p : s.positions()) {
            if (p instanceof LoanBook book && s.asset(book.collateral()).orElse(null) instanceof VolatileAsset) {
                asset = s.assetIndex(book.collateral());
                break;
            }
        }
        for (int i = 0; asset < 0 && i < s.assets().size(); i++) {
            Asset a = s.assets().get(i);
            if (a instanceof VolatileAsset) {
                asset = i;
            }
        }
        if (asset < 0) {
            throw new IllegalArgumentException("the structure has no volatile asset; name the x axis's parameter");
        }
        return around(s, "/assets/" + asset + "/volatility", MapAxis.DEFAULT_COUNT);
    }

    /** The default y axis: the first loan book's liquidation capacity, from a tenth to twice its value. */
    public static MapAxis defaultY(Structure s) {
        for (int i = 0; i < s.positions().size(); i++) {
            if (s.positions().get(i) instanceof LoanBook book && book.liquidationCapacity().isPresent()) {
                double c = book.liquidationCapacity().getAsDouble();
                return axis(s, "/positions/" + i + "/liquidationCapacity", c * CAPACITY_FROM, c * DEFAULT_TO,
                        MapAxis.DEFAULT_COUNT);
            }
        }
        throw new IllegalArgumentException("the structure has no loan book with a liquidation capacity; name the"
                + " y axis's parameter");
    }

    /**
     * An axis over the parameter from half to twice its current value, but at most halfway to a
     * finite end of its allowed range (a share of 0.7 runs to 0.85, not to 1, where the other
     * tranches would have nothing).
     *
     * @throws InvalidOverrideException when the pointer names no numeric parameter of the structure
     */
    public static MapAxis around(Structure s, String pointer, int count) {
        NumericParameter p = parameter(s, pointer);
        double v = p.value();
        double low = Math.min(v, Math.max(v * DEFAULT_FROM, p.range().low() + (v - p.range().low()) / 2));
        double high = Math.max(v, Math.min(v * DEFAULT_TO, v + (p.range().high() - v) / 2));
        double from = Bump.clip(Math.min(low, high), p.range());
        double to = Bump.clip(Math.max(low, high), p.range());
        if (from == to) {
            throw new InvalidOverrideException(pointer, "is " + p.value() + ", so half to twice it is no range;"
                    + " give the axis's range (FROM:TO:N)");
        }
        return new MapAxis(pointer, p.label(), from, to, count);
    }

    /** An axis with the parameter's label. */
    public static MapAxis axis(Structure s, String pointer, double from, double to, int count) {
        return new MapAxis(pointer, parameter(s, pointer).label(), from, to, count);
    }

    private static NumericParameter parameter(Structure s, String pointer) {
        return StructureOverrides.numericParameters(s).stream().filter(p -> p.pointer().equals(pointer)).findFirst()
                .orElseThrow(() -> {
                    StructureOverrides.valueAt(s, pointer); // names a missing field or a non-number precisely
                    return new InvalidOverrideException(pointer, "is not a parameter a map can vary (the simulation"
                            + " settings, scenarios, fixed correlations and the equity coupon are not)");
                });
    }
}
