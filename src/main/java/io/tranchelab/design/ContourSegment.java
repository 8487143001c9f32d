package io.tranchelab.design;

/** A piece of the line where a target stops holding, in the axes' own units. */
public record ContourSegment(double x1, double y1, double x2, double y2) {
}
