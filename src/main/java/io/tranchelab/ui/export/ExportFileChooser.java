package io.tranchelab.ui.export;

import javafx.scene.Node;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Asks where to save an export, offering a file name with the right extension. */
public final class ExportFileChooser {

    private ExportFileChooser() {
    }

    public static Optional<Path> choose(Node owner, String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                extension.toUpperCase(Locale.ROOT) + " (*." + extension + ")", "*." + extension));
        File file = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** A file-name-friendly version of a structure or chart name. */
    public static String fileName(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return cleaned.isEmpty() ? "tranchelab" : cleaned.toLowerCase(Locale.ROOT);
    }
}
