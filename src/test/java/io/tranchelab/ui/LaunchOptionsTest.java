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
        assertEquals(new LaunchOptions(Optional.empty(), Optional.empty(), 1366, 768, false, 1, false,
                Optional.empty()),
                LaunchOptions.parse(List.of()));
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

    @Test
    void aWindowWithoutASizeOpensAt85PercentOfItsScreen() {
        LaunchOptions none = LaunchOptions.parse(List.of());
        assertEquals(2176, none.windowSize(2560, 1440)[0], 1e-9);
        assertEquals(1224, none.windowSize(2560, 1440)[1], 1e-9);
        LaunchOptions given = LaunchOptions.parse(List.of("--size", "1366x768"));
        assertEquals(1024, given.windowSize(1024, 700)[0], 1e-9, "never larger than the screen");
    }

    @Test
    void aSnapshotKeepsTheSizeAskedForWhateverTheScreen() {
        LaunchOptions shot = LaunchOptions.parse(List.of("--snapshot", "a.png", "--size", "2560x1440"));
        assertEquals(2560, shot.windowSize(1024, 768)[0], 1e-9);
        assertEquals(1440, shot.windowSize(1024, 768)[1], 1e-9);
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--size", "10x10")));
        assertEquals(Optional.of("compare"), LaunchOptions.parse(List.of("--snapshot", "a.png", "--window", "compare"))
                .window());
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--window", "x")));
    }
}
