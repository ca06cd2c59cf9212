package org.reshape.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.reshape.ui.app.FirstFrame;

/// The floor `StartBench` compares Reshape with: a JavaFX window with one Label
/// in a StackPane, timed to its first painted frame the same way. Started like
/// Reshape, from a main class that is not the [Application].
public final class BareWindow {
    private BareWindow() {
    }

    /// The window.
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Hello")), 1366, 768);
            stage.setScene(scene);
            stage.show();
            FirstFrame.whenPainted(scene, () -> true, ms -> { });
        }
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
