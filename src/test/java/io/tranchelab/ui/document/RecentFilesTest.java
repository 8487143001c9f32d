package io.tranchelab.ui.document;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecentFilesTest {

    private final List<String> stored = new ArrayList<>();
    private final RecentFiles.Store store = new RecentFiles.Store() {
        @Override
        public List<String> load() {
            return List.copyOf(stored);
        }

        @Override
        public void save(List<String> paths) {
            stored.clear();
            stored.addAll(paths);
        }
    };

    @Test
    void theNewestFileComesFirstAndADuplicateMovesToTheTop() {
        RecentFiles recent = new RecentFiles(store);
        recent.remember(Path.of("/a.json"));
        recent.remember(Path.of("/b.json"));
        recent.remember(Path.of("/a.json"));
        assertEquals(List.of(Path.of("/a.json"), Path.of("/b.json")), recent.files());
    }

    @Test
    void theListIsCappedAndSurvivesARestart() {
        RecentFiles recent = new RecentFiles(store);
        for (int i = 0; i < RecentFiles.LIMIT + 3; i++) {
            recent.remember(Path.of("/f" + i + ".json"));
        }
        RecentFiles reopened = new RecentFiles(store);
        assertEquals(RecentFiles.LIMIT, reopened.files().size());
        assertEquals(Path.of("/f" + (RecentFiles.LIMIT + 2) + ".json"), reopened.files().get(0));
    }
}
