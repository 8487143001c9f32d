package io.tranchelab.ui;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LaunchOptionsTest {

    @Test
    void noArgumentsOpenTheDefaultAtLaptopSize() {
        assertEquals(new LaunchOptions(Optional.empty(), Optional.empty(), 1366, 768, false, 1), LaunchOptions.parse(List.of()));
    }

    @Test
    void snapshotWithSizeAndFileInAnyOrder() {
        LaunchOptions options = LaunchOptions.parse(List.of("--snapshot", "out.png", "--size=1920x1080", "book.json"));
        assertEquals(Optional.of(Path.of("out.png")), options.snapshot());
        assertEquals(Optional.of(Path.of("book.json")), options.structureFile());
        assertEquals(1920, options.width());
        assertEquals(1080, options.height());
    }

    @Test
    void aSlideNumberImpliesThePresentation() {
        LaunchOptions options = LaunchOptions.parse(List.of("--snapshot", "slide.png", "--slide", "3"));
        assertEquals(true, options.present());
        assertEquals(3, options.slide());
        assertEquals(1, LaunchOptions.parse(List.of("--present")).slide());
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--slide", "0")));
    }

    @Test
    void aMalformedSizeOrUnknownOptionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--size", "big")));
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--fast")));
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--snapshot")));
    }
}
