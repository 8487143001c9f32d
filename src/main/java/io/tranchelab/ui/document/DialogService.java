package io.tranchelab.ui.document;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The questions the file actions ask the user. The workbench shows JavaFX dialogs; tests
 * answer with a stub, as JabRef's DialogService allows.
 */
public interface DialogService {

    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    Optional<Path> chooseFileToOpen(Path folder);

    Optional<Path> chooseFileToSave(Path suggestion);

    UnsavedChoice askToSaveChanges(String documentName);

    /** Reports an error without blocking the caller. */
    void showError(String title, String header, String details);

    /**
     * Lists the work that workbenches which did not close normally left ("Unsaved work from
     * 14:03:05 (deal.json)", newest first) and asks which copy to restore. A number restores that
     * copy and keeps the others for the next start; empty discards them all, for good. The
     * default restores the newest: of the answers it is one that cannot lose work.
     */
    default Optional<Integer> chooseRecovery(List<String> copies) {
        return Optional.of(0);
    }

    /** A short non-blocking notice ("Saved deal.json"); {@code failure} marks bad news. */
    default void notify(String title, String text, boolean failure) {
    }
}
