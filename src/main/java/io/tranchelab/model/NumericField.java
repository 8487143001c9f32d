package io.tranchelab.model;

/**
 * A number of a structure as the validator checks it: where it is (a JSON pointer), its value,
 * the range allowed, and whether it must be a whole number.
 */
public record NumericField(String pointer, double value, Range range, boolean whole) {
}
