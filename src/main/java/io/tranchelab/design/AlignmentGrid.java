package io.tranchelab.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A snapshot of an alignment map: the metric at every grid point computed so far
 * ({@code values[y][x]}, NaN where not computed yet), the current structure's point, and the
 * target whose contour the map draws (null for none). Immutable.
 */
public final class AlignmentGrid {

    private final MapAxis x;
    private final MapAxis y;
    private final MetricSpec metric;
    private final Target target;
    private final double currentX;
    private final double currentY;
    private final double[][] values;
    private final int computed;

    public AlignmentGrid(MapAxis x, MapAxis y, MetricSpec metric, Target target, double currentX, double currentY,
                         double[][] values) {
        this.x = x;
        this.y = y;
        this.metric = metric;
        this.target = target;
        this.currentX = currentX;
        this.currentY = currentY;
        if (values.length != y.count()) {
            throw new IllegalArgumentException("values need one row per y point");
        }
        this.values = new double[y.count()][];
        int count = 0;
        for (int j = 0; j < y.count(); j++) {
            if (values[j].length != x.count()) {
                throw new IllegalArgumentException("values need one column per x point");
            }
            this.values[j] = values[j].clone();
            for (double v : values[j]) {
                count += Double.isNaN(v) ? 0 : 1;
            }
        }
        this.computed = count;
    }

    public MapAxis x() {
        return x;
    }

    public MapAxis y() {
        return y;
    }

    public MetricSpec metric() {
        return metric;
    }

    /** The target, or null when the map has none. */
    public Target target() {
        return target;
    }

    /** The current structure's value of the x parameter. */
    public double currentX() {
        return currentX;
    }

    public double currentY() {
        return currentY;
    }

    /** The metric at x point {@code ix} and y point {@code iy}; NaN when not computed yet. */
    public double value(int ix, int iy) {
        return values[iy][ix];
    }

    /** A copy, {@code [y][x]}. */
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int j = 0; j < values.length; j++) {
            copy[j] = values[j].clone();
        }
        return copy;
    }

    /** Grid points computed so far. */
    public int computed() {
        return computed;
    }

    public int total() {
        return x.count() * y.count();
    }

    public boolean complete() {
        return computed == total();
    }

    /** Whether the two grids hold the same values bit for bit (NaN where neither is computed). */
    public boolean sameValues(AlignmentGrid other) {
        for (int j = 0; j < values.length; j++) {
            double[] a = values[j];
            double[] b = other.values[j];
            for (int i = 0; i < a.length; i++) {
                if (Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(b[i])) {
                    return false;
                }
            }
        }
        return values.length == other.values.length;
    }

    /**
     * The line where the target stops holding (marching squares): over every grid square whose
     * four corners are computed, the points on its edges where the metric crosses the target's
     * limit, linearly interpolated, joined in pairs. Empty without a target.
     */
    public List<ContourSegment> contour() {
        List<ContourSegment> out = new ArrayList<>();
        if (target == null) {
            return out;
        }
        for (int j = 0; j + 1 < y.count(); j++) {
            for (int i = 0; i + 1 < x.count(); i++) {
                square(i, j, out);
            }
        }
        return out;
    }

    private void square(int i, int j, List<ContourSegment> out) {
        int[][] corners = {{i, j}, {i + 1, j}, {i + 1, j + 1}, {i, j + 1}};
        double[] margin = new double[4];
        for (int c = 0; c < 4; c++) {
            double v = values[corners[c][1]][corners[c][0]];
            if (Double.isNaN(v)) {
                return;
            }
            margin[c] = target.atMost() ? target.limit() - v : v - target.limit(); // >= 0 where it holds
        }
        List<double[]> crossings = new ArrayList<>(4);
        for (int c = 0; c < 4; c++) {
            int d = (c + 1) % 4;
            if ((margin[c] >= 0) != (margin[d] >= 0)) {
                double t = margin[c] / (margin[c] - margin[d]);
                double px = x.value(corners[c][0]) + t * (x.value(corners[d][0]) - x.value(corners[c][0]));
                double py = y.value(corners[c][1]) + t * (y.value(corners[d][1]) - y.value(corners[c][1]));
                crossings.add(new double[] {px, py});
            }
        }
        for (int k = 0; k + 1 < crossings.size(); k += 2) {
            double[] a = crossings.get(k);
            double[] b = crossings.get(k + 1);
            out.add(new ContourSegment(a[0], a[1], b[0], b[1]));
        }
    }

    @Override
    public String toString() {
        return "AlignmentGrid[" + metric + " over " + x.pointer() + " x " + y.pointer() + ", " + computed + "/"
                + total() + " computed, " + Arrays.deepToString(values) + "]";
    }
}
