package io.tranchelab.ui;

import io.tranchelab.ui.document.DialogService;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The file actions' questions as JavaFX dialogs owned by the main window. */
final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    /** The owner is looked up when a dialog opens: the window exists only once the scene is shown. */
    FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        FileChooser chooser = chooser("Open structure");
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path suggestion) {
        FileChooser chooser = chooser("Save structure");
        Path absolute = suggestion.toAbsolutePath();
        if (absolute.getParent() != null && absolute.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(absolute.getParent().toFile());
        }
        chooser.setInitialFileName(String.valueOf(absolute.getFileName()));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public UnsavedChoice askToSaveChanges(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.",
                save, discard, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setHeaderText("Save changes to " + documentName + "?");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public void showError(String title, String header, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(header);
        TextArea text = new TextArea(details);
        text.setId("error-details");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, Math.max(3, details.split("\n").length + 1)));
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("error-dialog");
        alert.show();
    }

    @Override
    public Optional<Integer> chooseRecovery(List<String> copies) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(copies.size() == 1 ? "Discard" : "Discard all", ButtonBar.ButtonData.NO);
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(copies));
        list.setId("recovery-copies");
        list.setPrefHeight(Math.min(8, copies.size()) * 26 + 4);
        list.getSelectionModel().select(0);
        Label explanation = new Label(copies.size() == 1
                ? "TrancheLab did not close normally last time. Restore opens that work unsaved;"
                        + " Discard deletes it for good."
                : "Workbenches that did not close normally left " + copies.size() + " copies. Restore opens the"
                        + " selected one unsaved and keeps the others for the next start; Discard all deletes"
                        + " them for good.");
        explanation.setWrapText(true);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", restore, discard);
        alert.initOwner(owner.get());
        alert.setTitle("Restore unsaved work");
        alert.setHeaderText(copies.size() == 1 ? "Restore " + lowerFirst(copies.get(0)) + "?"
                : "Restore unsaved work?");
        alert.getDialogPane().setContent(new VBox(8, explanation, list));
        alert.getDialogPane().setId("restore-dialog");
        // Closing the dialog without an answer keeps the work: only an explicit Discard loses it.
        if (alert.showAndWait().orElse(restore) == discard) {
            return Optional.empty();
        }
        return Optional.of(Math.max(0, list.getSelectionModel().getSelectedIndex()));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    @Override
    public void notify(String title, String text, boolean failure) {
        Window window = owner.get();
        if (window == null || !window.isShowing()) {
            return;
        }
        String css = FxDialogService.class.getResource("toast.css").toExternalForm();
        if (window.getScene() != null && !window.getScene().getStylesheets().contains(css)) {
            window.getScene().getStylesheets().add(css);
        }
        Notifications toast = Notifications.create().owner(window).title(title).text(text)
                .position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(failure ? 12 : 3));
        if (failure) {
            toast.showError();
        } else {
            toast.showInformation();
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Structures (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }
}
