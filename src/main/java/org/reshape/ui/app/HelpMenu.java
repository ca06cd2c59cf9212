package org.reshape.ui.app;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/// Help: About Reshape (version, data directory, log file).
final class HelpMenu extends Menu {
    HelpMenu() {
        super("Help");
        setId("menu-help");
        MenuItem about = new MenuItem("About Reshape");
        about.setId("menu-about");
        about.setOnAction(e -> {
            Alert alert = AboutDialog.create(AppInfo.current());
            if (about.getParentPopup() != null && about.getParentPopup().getOwnerWindow() != null) {
                alert.initOwner(about.getParentPopup().getOwnerWindow()); // centred on the window
            }
            alert.show();
        });
        getItems().add(about);
    }
}
