package io.tranchelab.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The sources of the reader fuzz test. Input {@code index} of a source and seed is made
 * from its own generator, so a failing input is rebuilt alone: {@code source.input(seed, index)}.
 */
enum FuzzSource {

    /** Random trees, structure-shaped documents from scratch, and valid documents with edited values. */
    GENERATED {
        @Override
        byte[] make(SplittableRandom random, int index) {
            String json = switch (index % 3) {
                case 0 -> FuzzDocuments.randomTree(random);
                case 1 -> FuzzDocuments.shapedStructure(random);
                default -> FuzzEdits.edited(random, validTexts().get(index / 3 % validTexts().size()));
            };
            return json.getBytes(StandardCharsets.UTF_8);
        }
    },
    /** Byte-level mutations of every sample file and of the full example. */
    MUTATED {
        @Override
        byte[] make(SplittableRandom random, int index) {
            String valid = validTexts().get(index % validTexts().size());
            return FuzzBytes.mutated(random, valid.getBytes(StandardCharsets.UTF_8));
        }
    },
    RANDOM_BYTES {
        @Override
        byte[] make(SplittableRandom random, int index) {
            return FuzzBytes.random(random);
        }
    },
    /** A valid document with one array (or the drift overrides) made huge, of any element kind. */
    HUGE_ARRAYS {
        @Override
        byte[] make(SplittableRandom random, int index) {
            return FuzzHostile.hugeArray(random, validTexts().get(index % validTexts().size()))
                    .getBytes(StandardCharsets.UTF_8);
        }
    },
    /** A valid document with extreme numbers in one or two numeric fields; what loads is also simulated. */
    EXTREME_NUMBERS {
        @Override
        byte[] make(SplittableRandom random, int index) {
            return FuzzHostile.extremeNumbers(random, validTexts().get(index % validTexts().size()))
                    .getBytes(StandardCharsets.UTF_8);
        }
    },
    /** A valid document with control characters, escaped or raw, in one or two strings. */
    CONTROL_CHARACTERS {
        @Override
        byte[] make(SplittableRandom random, int index) {
            return FuzzHostile.controlCharacters(random, validTexts().get(index % validTexts().size()))
                    .getBytes(StandardCharsets.UTF_8);
        }
    };

    private static List<String> valid;

    abstract byte[] make(SplittableRandom random, int index);

    byte[] input(long seed, int index) {
        return make(new SplittableRandom(seed + index * 0x9E3779B97F4A7C15L), index);
    }

    /** samples/*.json (which the jar bundles as they are) and src/test/resources/.../full-structure.json. */
    static synchronized List<String> validTexts() {
        if (valid == null) {
            Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
            List<String> texts = new ArrayList<>();
            for (Path folder : List.of(base.resolve("samples"))) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                        texts.add(Files.readString(file));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            texts.add(JsonFixtures.fullText());
            valid = List.copyOf(texts);
        }
        return valid;
    }
}
