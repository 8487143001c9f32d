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
}
