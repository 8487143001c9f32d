package io.tranchelab.ui.document;

import io.tranchelab.io.AtomicFiles;
import io.tranchelab.io.StructureFormatException;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.run.TaskExecutor;
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
    private final TaskExecutor files;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");

    /**
     * @param files where Open and Open Recent read the file (off the UI thread: a slow disk or a
     *              network share must not freeze the window) and come back to replace the document
     */
    public DocumentActions(StructureDocument document, RecentFiles recentFiles, DialogService dialogs,
                           Supplier<Structure> blankStructure, TaskExecutor files) {
        this.document = document;
        this.recentFiles = recentFiles;
        this.dialogs = dialogs;
        this.blankStructure = blankStructure;
        this.files = files;
    }

    public void newDocument() {
        if (confirmDiscard()) {
            document.load(blankStructure.get(), null);
        }
    }

    /**
     * A copy of a shipped sample as a new, untitled document: Save asks for a file, so the sample
     * is never overwritten, and the title never shows the sample's file name as if it were saved.
     */
    public void newFromTemplate(StructureTemplates.Template template) {
        if (!confirmDiscard()) {
            return;
        }
        try {
            document.load(template.structure(), null);
        } catch (StructureFormatException e) {
            dialogs.showError("Cannot open template", template.label() + " is not a valid structure",
                    e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Cannot open template", "Could not read " + template.label(), String.valueOf(e));
        }
    }

    public void open() {
        if (confirmDiscard()) {
            dialogs.chooseFileToOpen(folderOfCurrent()).ifPresent(this::loadInBackground);
        }
    }

    public void openRecent(Path file) {
        if (confirmDiscard()) {
            loadInBackground(file);
        }
    }

    /**
     * Reads the file on the background thread, then replaces the document on the UI thread. An
     * edit made while the file was read is not dropped silently: the unsaved-changes question
     * comes again.
     */
    void loadInBackground(Path file) {
        Structure asked = document.structure();
        files.runInBackground(() -> {
            Read read = read(file);
            files.runOnUiThread(() -> {
                if (document.structure() == asked || confirmDiscard()) {
                    apply(file, read);
                }
            });
        });
    }

    /** Opens a file without asking, on the calling thread (at start); returns whether it was loaded. */
    public boolean load(Path file) {
        return apply(file, read(file));
    }

    /** A file read: the structure, or why not (as the error dialog's header and details). */
    private record Read(Structure structure, String header, String details) {
    }

    /** No UI here: runs on the background thread. */
    private static Read read(Path file) {
        try {
            return new Read(StructureJson.read(file), null, null);
        } catch (StructureFormatException e) {
            return new Read(null, file.getFileName() + " is not a valid structure",
                    e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        } catch (IOException e) {
            return new Read(null, "Could not read " + file, String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            return new Read(null, "Could not read " + file, String.valueOf(e));
        }
    }

    private boolean apply(Path file, Read read) {
        if (read.structure() == null) {
            dialogs.showError("Cannot open structure", read.header(), read.details());
            return false;
        }
        document.load(read.structure(), file);
        recentFiles.remember(file);
        return true;
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
        int otherNames = AtomicFiles.hardLinks(file) - 1; // a save gives this name a new file (0007-edit-journal.md)
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
        tell("Saved", "Saved " + file.getFileName() + (otherNames <= 0 ? ""
                : " (its " + otherNames + (otherNames == 1 ? " other hard link keeps" : " other hard links keep")
                + " the previous version)"), false);
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
