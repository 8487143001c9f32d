package io.tranchelab.ui.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dialogs answered from a script, recording what was shown: the file actions tested without a stage. */
public final class ScriptedDialogs implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    public Path fileToSave;
    public UnsavedChoice unsavedChoice = UnsavedChoice.CANCEL;
    /** The copy to restore (its index in the list shown); null discards them all. */
    public Integer restore = 0;
    public final List<List<String>> recoveryLists = new ArrayList<>();
    public int unsavedQuestions;

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(Path suggestion) {
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public UnsavedChoice askToSaveChanges(String documentName) {
        unsavedQuestions++;
        return unsavedChoice;
    }

    /** Recorded as "header\ndetails". */
    @Override
    public void showError(String title, String header, String details) {
        errors.add(header + "\n" + details);
    }

    /** Recorded: the list in {@link #recoveryLists}, each copy in {@link #questions}. */
    @Override
    public Optional<Integer> chooseRecovery(List<String> copies) {
        recoveryLists.add(copies);
        questions.addAll(copies);
        return Optional.ofNullable(restore);
    }

    /** Recorded as the text, prefixed "failure: " for bad news. */
    @Override
    public void notify(String title, String text, boolean failure) {
        notices.add((failure ? "failure: " : "") + text);
    }
}
