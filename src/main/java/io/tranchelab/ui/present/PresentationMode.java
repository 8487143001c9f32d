package io.tranchelab.ui.present;

import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Enters and leaves the presentation in the editing window's own stage: the scene's root becomes
 * the slides (full screen, no menus or editors) and comes back as it was, full screen or not,
 * on Esc. Keys: Right, Page Down, Space forward; Left, Page Up back; Home, End.
 */
public final class PresentationMode {

    private final Stage stage;
    private final PresentationViewModel viewModel;
    private final boolean fullScreen;
    private final EventHandler<KeyEvent> keys = this::onKey;
    private Parent editing;
    private boolean wasFullScreen;
    private KeyCombination exitKey;

    /** @param fullScreen false for snapshots, which keep the window's size */
    public PresentationMode(Stage stage, PresentationViewModel viewModel, boolean fullScreen) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.fullScreen = fullScreen;
    }

    public void enter() {
        Scene scene = stage.getScene();
        editing = scene.getRoot();
        wasFullScreen = stage.isFullScreen();
        exitKey = stage.getFullScreenExitKeyCombination();
        scene.setRoot(new PresentationView(viewModel));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH); // Esc is ours: it restores the editor
        stage.setFullScreenExitHint("Esc leaves the presentation");
        if (fullScreen) {
            stage.setFullScreen(true);
        }
        viewModel.prepare();
    }

    public void leave() {
        viewModel.close();
        Scene scene = stage.getScene();
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        scene.setRoot(editing);
        stage.setFullScreen(wasFullScreen);
        stage.setFullScreenExitKeyCombination(exitKey);
        stage.setFullScreenExitHint(null);
        editing.requestFocus();
    }

    public PresentationViewModel viewModel() {
        return viewModel;
    }

    public boolean isShowing() {
        return stage.getScene().getRoot() instanceof PresentationView;
    }

    private void onKey(KeyEvent event) {
        switch (event.getCode()) {
            case RIGHT, PAGE_DOWN, SPACE, DOWN -> viewModel.next();
            case LEFT, PAGE_UP, BACK_SPACE, UP -> viewModel.previous();
            case HOME -> viewModel.first();
            case END -> viewModel.last();
            case ESCAPE -> leave();
            default -> {
                return;
            }
        }
        event.consume();
    }
}
