package io.tranchelab.ui.document;

import io.tranchelab.io.StructureFormatException;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * New, Open, Save and Save As on the document, asking before unsaved changes are lost. A file
 * that cannot be read leaves the current structure as it is and reports every problem by its
 * JSON pointer.
 */
public final class DocumentActions {

    private final StructureDocument document;
    private final RecentFiles recentFiles;
    private final DialogService dialogs;
    private final Supplier<Structure> blankStructure;

    public DocumentActions(StructureDocument document, RecentFiles recentFiles, DialogService dialogs,
                           Supplier<Structure> blankStructure) {
        this.document = document;
        this.recentFiles = recentFiles;
        this.dialogs = dialogs;
        this.blankStructure = blankStructure;
    }

    public void newDocument() {
        if (confirmDiscard()) {
            document.load(blankStructure.get(), null);
        }
    }

    public void open() {
        if (confirmDiscard()) {
            dialogs.chooseFileToOpen(folderOfCurrent()).ifPresent(this::load);
        }
    }

    public void openRecent(Path file) {
        if (confirmDiscard()) {
            load(file);
        }
    }

    /** Opens a file without asking; returns whether it was loaded. */
    public boolean load(Path file) {
        try {
            Structure loaded = StructureJson.read(file);
            document.load(loaded, file);
            recentFiles.remember(file);
            return true;
        } catch (StructureFormatException e) {
            dialogs.showError("Cannot open structure", file.getFileName() + " is not a valid structure",
                    e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        } catch (IOException e) {
            dialogs.showError("Cannot open structure", "Could not read " + file, String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            dialogs.showError("Cannot open structure", "Could not read " + file, String.valueOf(e));
        }
        return false;
    }

    /** Saves to the document's file, or asks for one; returns whether it was saved. */
    public boolean save() {
        return document.file() == null ? saveAs() : writeTo(document.file());
    }

    public boolean saveAs() {
        Path suggestion = document.file() != null ? document.file()
                : Path.of(fileNameFor(document.structure().name()));
        return dialogs.chooseFileToSave(suggestion).map(this::writeTo).orElse(false);
    }

    /** Asks whether to save unsaved changes; false when the user cancels (or saving fails). */
    public boolean confirmDiscard() {
        if (!document.isDirty()) {
            return true;
        }
        String name = document.file() == null ? "Untitled" : String.valueOf(document.file().getFileName());
        return switch (dialogs.askToSaveChanges(name)) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private boolean writeTo(Path file) {
        try {
            StructureJson.write(document.structure(), file);
            document.markSaved(file);
            recentFiles.remember(file);
            return true;
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Cannot save structure", "Could not write " + file, String.valueOf(e.getMessage()));
            return false;
        }
    }

    private Path folderOfCurrent() {
        Path file = document.file();
        return file == null ? null : file.toAbsolutePath().getParent();
    }

    static String fileNameFor(String structureName) {
        String slug = structureName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "structure" : slug) + ".json";
    }
}
