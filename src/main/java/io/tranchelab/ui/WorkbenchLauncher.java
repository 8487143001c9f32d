package io.tranchelab.ui;

import javafx.application.Application;

/**
 * Starts the workbench. The jar's main class must not extend Application (the JavaFX launcher
 * then refuses to start from a plain classpath), so Main calls this instead.
 */
public final class WorkbenchLauncher {

    private WorkbenchLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }
}
