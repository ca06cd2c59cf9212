package org.reshape.ui.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reshape.store.SettingsFile;
import org.reshape.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The welcome shown above the charts until the user ticks "Don't show this again":
/// what the sample is and three things to try. A banner, not a dialog, so the
/// charts it talks about are there to try at once.
///
/// The choice is kept as `showWelcome=false` in `settings.properties`.
public final class WelcomeBanner extends HBox {
    static final String KEY = "showWelcome";
    private static final Logger LOG = LoggerFactory.getLogger(WelcomeBanner.class);

    /// @param aboutSample whether the model shown is the shipped Bury sample
    public WelcomeBanner(SettingsFile settings, boolean aboutSample) {
        setId("welcome-banner");
        getStyleClass().add("welcome-banner");
        setSpacing(14);
        setPadding(new Insets(10, 14, 10, 14));
        setAlignment(Pos.TOP_LEFT);

        Label title = new Label("Welcome to Reshape");
        title.getStyleClass().add("welcome-title");
        Label intro = new Label(aboutSample
                ? "This is Bury Council's sample: the Children and Young People's Directorate senior management"
                  + " restructure of January 2024, the current structure beside the proposed one. Things to try:"
                : "Things to try:");
        Label tips = new Label("""
                •  Compare the structures: Current, Proposed and Compare in the tool bar; each change is marked \
                on its card and listed on the right, with what it costs in the status bar.
                •  Drag a post onto another manager in the proposed structure. Every change is saved at once, \
                and Edit ▸ Undo puts it back.
                •  See where the difference comes from: Finance shows the totals and the bridge, post by post.
                •  Make an appendix for a Cabinet report: File ▸ Appendix (Ctrl+P) previews it, prints it or saves \
                it as a PDF.""");
        tips.setId("welcome-text");
        for (Label l : new Label[] {intro, tips}) {
            l.setWrapText(true);
        }
        VBox text = new VBox(4, title, intro, tips);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Region.USE_PREF_SIZE);
        text.setPrefWidth(900);

        CheckBox dontShow = new CheckBox("Don't show this again");
        dontShow.setId("welcome-dont-show");
        // Saved when ticked, not on close: the window may be closed with the banner still up.
        dontShow.selectedProperty().addListener((obs, old, off) -> remember(settings, !off));
        Button close = new Button("Close");
        close.setId("welcome-close");
        close.setDefaultButton(false);
        close.setOnAction(e -> dismiss());
        VBox side = new VBox(8, close, dontShow);
        side.setAlignment(Pos.TOP_RIGHT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        ImageView icon = new ImageView(new Image(WelcomeBanner.class.getResource("/org/reshape/ui/icons/reshape-48.png").toExternalForm()));
        getChildren().addAll(icon, text, gap, side);
    }

    /// Whether to show the welcome: yes unless the user said not to. An unreadable
    /// settings file shows it (and is logged): a welcome too many is harmless.
    public static boolean wanted(SettingsFile settings) {
        try {
            return !settings.get(KEY).map(String::strip).orElse("true").equalsIgnoreCase("false");
        } catch (StoreException e) {
            LOG.warn("could not read whether to show the welcome", e);
            return true;
        }
    }

    private static void remember(SettingsFile settings, boolean show) {
        try {
            settings.put(KEY, Boolean.toString(show));
        } catch (StoreException e) {
            LOG.warn("could not remember the welcome choice", e);
        }
    }

    /// Removes the banner from the window.
    public void dismiss() {
        if (getParent() instanceof javafx.scene.layout.Pane p) {
            p.getChildren().remove(this);
        }
    }
}
