package io.tranchelab.cli;

import io.tranchelab.format.Formats;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values with their allowed range, checked while the command line is read. The messages
 * complete the option's name: "--paths must be between 1 and 10,000,000, was 0".
 */
final class Converters {

    private Converters() {
    }

    /** A whole number; "1_000" and "1,000" are read as 1000. */
    static long wholeNumber(String value) {
        try {
            return Long.parseLong(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new TypeConversionException("must be a whole number, was '" + value + "'");
        }
    }

    /** A whole number from a part of an option's value, or a sentence naming the option. */
    static long wholeNumberOrUsage(String option, String value) throws UsageException {
        try {
            return wholeNumber(value.strip());
        } catch (TypeConversionException e) {
            throw new UsageException(option + " " + e.getMessage());
        }
    }

    private abstract static class Bounded implements ITypeConverter<Integer> {
        private final int min;
        private final int max;

        Bounded(int min, int max) {
            this.min = min;
            this.max = max;
        }

        @Override
        public Integer convert(String value) {
            long parsed = wholeNumber(value);
            if (parsed < min || parsed > max) {
                throw new TypeConversionException("must be between " + Formats.count(min) + " and "
                        + Formats.count(max) + ", was " + value);
            }
            return (int) parsed;
        }
    }

    static final class Paths extends Bounded {
        Paths() {
            super(1, 10_000_000);
        }
    }

    static final class Threads extends Bounded {
        Threads() {
            super(1, 256);
        }
    }

    static final class Repeats extends Bounded {
        Repeats() {
            super(1, 1_000);
        }
    }

    static final class WarmUps extends Bounded {
        WarmUps() {
            super(0, 1_000);
        }
    }

    /** sweep's --blocks-per-task: up to the blocks of 256 paths in a run of the most paths (10,000,000). */
    static final class BlocksPerTask extends Bounded {
        BlocksPerTask() {
            super(1, 39_063);
        }
    }

    /** solve's --seeds: how many seeds an answer is re-solved on. */
    static final class Seeds extends Bounded {
        Seeds() {
            super(1, 100);
        }
    }

    static final class Seed implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return wholeNumber(value);
        }
    }

    /** How simulate and compare print their results. */
    enum OutputFormat { TABLE, JSON }

    static final class Format implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat format : OutputFormat.values()) {
                if (format.name().toLowerCase(java.util.Locale.ROOT).equals(value)) {
                    return format;
                }
            }
            throw new TypeConversionException("must be table or json, was '" + value + "'");
        }
    }
}
