package org.reshape.ui.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class GlossaryDialogTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("glossary"), 100, 100));
        stage.show();
    }

    @Test
    void blankRowsAreDropped_andADuplicateIsRefusedWithTheReason() {
        GlossaryDialog d = new GlossaryDialog(Map.of("SEND", "Special Educational Needs and Disabilities"));
        d.set(1, "", "");
        d.set(2, "LADO", "Local Authority Designated Officer");
        assertThat(d.edited()).containsExactly(Map.entry("SEND", "Special Educational Needs and Disabilities"),
                Map.entry("LADO", "Local Authority Designated Officer"));
        d.set(3, "SEND", "something else");
        assertThat(d.edited()).isNull();
        d.set(3, "MASH", "");
        assertThat(d.edited()).isNull();
    }
}
