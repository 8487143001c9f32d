package io.tranchelab.spark;

/** Spark's exceptions carry whole remote stack traces in their messages: this keeps the first line. */
final class SparkErrors {

    private static final int LIMIT = 400;

    private SparkErrors() {
    }

    static String oneLine(Throwable e) {
        Throwable shown = e;
        while (shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        int newline = message.indexOf('\n');
        String line = (newline < 0 ? message : message.substring(0, newline)).strip();
        return line.length() <= LIMIT ? line : line.substring(0, LIMIT) + "…";
    }
}
