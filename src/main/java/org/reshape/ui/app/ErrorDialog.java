package org.reshape.ui.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/// The dialog for an error Reshape did not expect: what happened in plain words,
/// that saved work is safe, where the log is, and the details (the stack trace)
/// folded away, with a button that copies them for a message to IT support.
final class ErrorDialog {
    static final ButtonType COPY = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);

    private ErrorDialog() {
    }

    static Alert create(Thread thread, Throwable error, Path logFile) {
        String details = details(thread, error);
        Alert alert = new Alert(Alert.AlertType.ERROR, null, COPY, ButtonType.CLOSE);
        alert.setTitle("Reshape — something went wrong");
        alert.setHeaderText("Something went wrong in Reshape");
        alert.setContentText(message(error) + "\n\nEvery change you finished before this is saved."
                + " If it happens again, send the details to your IT support: press Copy details and paste them into"
                + " your message. They are also in the log, " + logFile + ".");
        alert.getDialogPane().setId("error-dialog");
        TextArea text = new TextArea(details);
        text.setId("error-details");
        text.setEditable(false);
        text.setPrefRowCount(14);
        text.setPrefColumnCount(90);
        alert.getDialogPane().setExpandableContent(text);
        Button copy = (Button) alert.getDialogPane().lookupButton(COPY);
        copy.setId("error-copy");
        // A dialog button closes the dialog; this one copies and leaves it open.
        copy.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
            e.consume();
        });
        alert.setResizable(true);
        return AppIcons.apply(alert);
    }

    /// One sentence a user can read: the innermost message, not an exception class.
    static String message(Throwable error) {
        Throwable t = error;
        String message = null;
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return message == null
                ? "Reshape hit an error it did not expect (" + error.getClass().getSimpleName() + ")."
                : "Reshape hit an error it did not expect: " + message;
    }

    /// What IT support needs: version, Java, thread and the whole stack trace.
    static String details(Thread thread, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return "Reshape " + AppInfo.runningVersion() + ", Java " + System.getProperty("java.runtime.version")
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version")
                + "\nThread: " + (thread == null ? "?" : thread.getName()) + "\n\n" + trace;
    }
}
