package io.tranchelab.ui.document;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The most recently opened or saved files, newest first, kept between sessions. */
public final class RecentFiles {

    /** Where the list lives: the user's preferences in the app, memory in tests. */
    public interface Store {
        List<String> load();

        void save(List<String> paths);

        /** A store that forgets on exit: for snapshots and tests, which must not touch the user's list. */
        static Store inMemory() {
            List<String> kept = new java.util.ArrayList<>();
            return new Store() {
                @Override
                public List<String> load() {
                    return List.copyOf(kept);
                }

                @Override
                public void save(List<String> paths) {
                    kept.clear();
                    kept.addAll(paths);
                }
            };
        }
    }

    static final int LIMIT = 8;

    private final Store store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Store store) {
        this.store = store;
        store.load().stream().map(Path::of).limit(LIMIT).forEach(files::add);
    }

    public static RecentFiles inUserPreferences() {
        return new RecentFiles(new PreferencesStore(Preferences.userNodeForPackage(RecentFiles.class)));
    }

    public ObservableList<Path> files() {
        return FXCollections.unmodifiableObservableList(files);
    }

    public void remember(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        files.remove(normal);
        files.add(0, normal);
        if (files.size() > LIMIT) {
            files.remove(LIMIT, files.size());
        }
        store.save(files.stream().map(Path::toString).toList());
    }

    private record PreferencesStore(Preferences node) implements Store {
        private static final String KEY = "recentFiles";

        @Override
        public List<String> load() {
            String joined = node.get(KEY, "");
            return joined.isBlank() ? List.of() : List.of(joined.split("\n"));
        }

        @Override
        public void save(List<String> paths) {
            node.put(KEY, String.join("\n", new ArrayList<>(paths)));
        }
    }
}
