package io.tranchelab.ui.scenarios;

import io.tranchelab.io.StructureFormatException;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.document.DialogService;
import io.tranchelab.ui.export.ExportViewModel;
import io.tranchelab.ui.run.BackgroundJobs;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/** Opens the compare view in a window of its own; closing it stops its runs. */
public final class CompareWindow {

    private CompareWindow() {
    }

    public static Stage open(Window owner, Structure structure, BackgroundJobs jobs, ExportViewModel exports,
                             DialogService dialogs) {
        return open(owner, structure, structure.name(), jobs, exports, dialogs);
    }

    /** @param nameA how the window calls A: its file's name, or the structure's when it has no file */
    public static Stage open(Window owner, Structure structure, String nameA, BackgroundJobs jobs,
                             ExportViewModel exports, DialogService dialogs) {
        CompareViewModel viewModel = new CompareViewModel(structure, nameA, new ComparisonRunner(jobs));
        Stage stage = new Stage();
        CompareView view = new CompareView(viewModel, exports, () -> chooseB(stage), file -> read(file, dialogs));
        stage.initOwner(owner);
        stage.setTitle("Compare scenarios - " + structure.name() + " - TrancheLab");
        // 1240 x 780, or less on a smaller screen (a 1024 x 700 one would not show it whole)
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(view, Math.min(1240, screen.getWidth() * 0.95), Math.min(780, screen.getHeight() * 0.95)));
        EscapeCloses.install(stage);
        stage.setOnHidden(e -> viewModel.runner().cancel());
        stage.show();
        viewModel.run();
        return stage;
    }

    private static Optional<Path> chooseB(Stage owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Structure B");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Structures (*.json)", "*.json"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    private static Optional<Structure> read(Path file, DialogService dialogs) {
        try {
            return Optional.of(StructureJson.read(file));
        } catch (StructureFormatException e) {
            dialogs.showError("Cannot compare", file.getFileName() + " is not a valid structure",
                    e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Cannot compare", "Could not read " + file, String.valueOf(e.getMessage()));
        }
        return Optional.empty();
    }
}
