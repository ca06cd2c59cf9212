package org.reshape.ui.app;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/// Escape closes every dialog and secondary window (appendix preview, glossary,
/// import problems, about…), never the main window. A dialog with a Cancel button
/// is cancelled the way JavaFX does it; one without is closed as if its window's
/// close button was pressed.
final class EscapeCloses {
    private static boolean installed;

    private EscapeCloses() {
    }

    static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(EscapeCloses::watch);
            }
        });
        Window.getWindows().forEach(EscapeCloses::watch);
    }

    private static void watch(Window w) {
        if (!(w instanceof Stage stage) || Boolean.TRUE.equals(stage.getProperties().get(EscapeCloses.class))
                || stage.getScene() != null && stage.getScene().getRoot() instanceof MainWindow) {
            return; // never the main window
        }
        stage.getProperties().put(EscapeCloses.class, Boolean.TRUE);
        stage.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ESCAPE || e.isConsumed()) {
                return;
            }
            Scene scene = stage.getScene();
            if (scene != null && scene.getRoot() instanceof DialogPane pane && cancels(pane)) {
                return; // the dialog's own Cancel handles it
            }
            e.consume();
            stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
            stage.hide();
        });
    }

    private static boolean cancels(DialogPane pane) {
        return pane.getButtonTypes().stream().anyMatch(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE
                || b == ButtonType.CANCEL || b == ButtonType.CLOSE || b == ButtonType.NO);
    }
}
