package org.reshape.ui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/// Reshape's icon at every size it ships (`org/reshape/ui/icons`, rendered from
/// `assets/icon/reshape.svg`), for the window and for dialogs, which otherwise
/// show the toolkit's default in their title bar and the task bar.
final class AppIcons {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256, 512};
    private static List<Image> icons;

    private AppIcons() {
    }

    /// Loaded once, on first use (on the FX thread, like every caller).
    static List<Image> all() {
        if (icons == null) {
            List<Image> list = new ArrayList<>();
            for (int size : SIZES) {
                list.add(new Image(AppIcons.class.getResource("/org/reshape/ui/icons/reshape-" + size + ".png").toExternalForm()));
            }
            icons = List.copyOf(list);
        }
        return icons;
    }

    static void apply(Stage stage) {
        stage.getIcons().setAll(all());
    }

    static <D extends Dialog<?>> D apply(D dialog) {
        if (dialog.getDialogPane().getScene().getWindow() instanceof Stage s) {
            apply(s);
        }
        return dialog;
    }
}
