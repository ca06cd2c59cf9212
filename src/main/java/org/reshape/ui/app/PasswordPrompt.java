package org.reshape.ui.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/// Asks at start for the password of an encrypted database, or for a new one (typed twice) when the database
/// is to be made encrypted (`encrypt=true` in settings.properties).
final class PasswordPrompt {
    private PasswordPrompt() {
    }

    /// The password, or empty when the user cancels.
    ///
    /// @param problem why the last password was refused, or null
    static Optional<char[]> ask(Path db, boolean create, String problem) {
        Dialog<char[]> d = new Dialog<>();
        d.setTitle("Reshape");
        d.setHeaderText(create ? "Choose a password for the new database" : "The database is encrypted: enter its password");
        PasswordField first = new PasswordField();
        first.setId("password");
        PasswordField again = new PasswordField();
        again.setId("password-again");
        again.setPromptText("the same again");
        Label message = new Label(problem != null ? problem
                : create ? db + " will be encrypted (AES). Without the password nobody, you included, can open it: keep it safe."
                : db.toString());
        message.setWrapText(true);
        message.setMaxWidth(420);
        VBox box = new VBox(8, message, first);
        if (create) {
            box.getChildren().add(again);
        }
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        javafx.scene.Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        Runnable check = () -> ok.setDisable(first.getText().isEmpty() || (create && !first.getText().equals(again.getText())));
        first.textProperty().addListener((o, a, b) -> check.run());
        again.textProperty().addListener((o, a, b) -> check.run());
        check.run();
        d.setResultConverter(b -> b == ButtonType.OK ? first.getText().toCharArray() : null);
        javafx.application.Platform.runLater(first::requestFocus);
        Optional<char[]> result = AppIcons.apply(d).showAndWait();
        first.clear();
        again.clear();
        return result.filter(p -> p.length > 0);
    }
}
