package io.tranchelab.model;

/**
 * What is wrong with an input, and where: {@code pointer} is a JSON pointer into the
 * structure's JSON form (RFC 6901, "" for the whole document), the message says what is
 * wrong and what is allowed.
 */
public record Problem(String pointer, String message) {

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
