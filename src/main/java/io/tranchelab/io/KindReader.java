package io.tranchelab.io;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads the {@code kind} discriminator of an element of a list of several kinds. */
final class KindReader {

    private KindReader() {
    }

    /**
     * The shape the element's kind names, after checking its fields against that shape; empty
     * (and reported) when the element is not an object or its kind is missing or unknown.
     */
    static Optional<JsonShape> shapeOf(NodeReader element, List<JsonShape> kinds, String what) {
        if (!element.isObject()) {
            return Optional.empty();
        }
        String allowed = kinds.stream().map(JsonShape::kind).collect(Collectors.joining(", "));
        if (!element.has("kind")) {
            element.report(element.at("kind"), "missing required field; the kind of " + what + " is one of "
                    + allowed);
            return Optional.empty();
        }
        String kind = element.text("kind");
        Optional<JsonShape> shape = kinds.stream().filter(k -> k.kind().equals(kind)).findFirst();
        if (shape.isEmpty() && !kind.isEmpty()) {
            element.report(element.at("kind"), "\"" + kind + "\" is not a kind of " + what + "; allowed: " + allowed);
        }
        shape.ifPresent(element::allowOnly);
        return shape;
    }
}
