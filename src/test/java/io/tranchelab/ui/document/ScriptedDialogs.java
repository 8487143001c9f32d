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
    public boolean restore = true;
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

    @Override
    public boolean askToRestore(String question) {
        questions.add(question);
        return restore;
    }

    /** Recorded as the text, prefixed "failure: " for bad news. */
    @Override
    public void notify(String title, String text, boolean failure) {
        notices.add((failure ? "failure: " : "") + text);
    }
}
