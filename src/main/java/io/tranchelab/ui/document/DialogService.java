package io.tranchelab.ui.document;

import java.nio.file.Path;
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
     * Asks whether to restore work autosaved before a crash ("Restore unsaved work from 14:03
     * (deal.json)?"). True restores it; false discards it for good. The default restores:
     * of the two answers it is the one that cannot lose work.
     */
    default boolean askToRestore(String question) {
        return true;
    }

    /** A short non-blocking notice ("Saved deal.json"); {@code failure} marks bad news. */
    default void notify(String title, String text, boolean failure) {
    }
}
