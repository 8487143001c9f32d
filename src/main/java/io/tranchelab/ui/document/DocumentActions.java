package io.tranchelab.ui.document;

import io.tranchelab.io.StructureFormatException;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * New, Open, Save and Save As on the document, asking before unsaved changes are lost. A file
 * that cannot be read leaves the current structure as it is and reports every problem by its
 * JSON pointer. Saves are atomic ({@link StructureJson#write}); a save that fails says which
 * file and why, and changes nothing: the document stays dirty, with its value, file and history.
 */
public final class DocumentActions {

    private final StructureDocument document;
    private final RecentFiles recentFiles;
    private final DialogService dialogs;
    private final Supplier<Structure> blankStructure;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");

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

    /** File > New from a template: a fresh, untitled document holding {@code template}. */
    public void newFrom(Structure template) {
        if (confirmDiscard()) {
            document.load(template, null);
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
        } catch (IOException | RuntimeException e) {
            // AtomicFiles' message names the file and the reason; a bare exception may have neither
            String reason = e.getMessage() == null ? file + ": " + e : e.getMessage();
            tell("Save failed", reason + ". Nothing was lost: the changes are still open.", true);
            return false;
        }
        document.markSaved(file);
        recentFiles.remember(file);
        tell("Saved", "Saved " + file.getFileName(), false);
        return true;
    }

    /** The notice as a toast and as the status line. */
    private void tell(String title, String text, boolean failure) {
        dialogs.notify(title, text, failure);
        message.set(null); // the same text twice is still news for the status line
        message.set(failure ? title + ": " + text : text);
    }

    /** The latest "Saved ..." or "Save failed: ..." for the status line; null until then. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
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
