package org.reshape.ui.imports;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.reshape.ui.tasks.Tasks;

/// A small window with a progress bar and Cancel while an import runs in the background.
final class ProgressDialog {
    private final Stage stage = new Stage();

    ProgressDialog(Window owner, String title, Tasks.Job job) {
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(title);
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(job.progress());
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> {
            job.cancel();
            stage.close();
        });
        VBox box = new VBox(10, new Label(title), bar, cancel);
        box.setPadding(new Insets(14));
        stage.setScene(new Scene(box));
    }

    void show() {
        stage.show();
    }

    void close() {
        stage.close();
    }
}
