package org.reshape.ui.chart;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.reshape.domain.Division;
import org.reshape.domain.Model;

/// Division colours and, in Compare mode, the change marks.
public final class Legend extends VBox {
    private final FlowPane divisions = new FlowPane(8, 4);
    private final FlowPane marks = new FlowPane(8, 4);

    public Legend() {
        setId("legend");
        setSpacing(6);
        setPadding(new Insets(8));
        for (CardMark m : CardMark.values()) {
            Label badge = new Label(m.badge());
            badge.getStyleClass().add("legend-badge");
            badge.setStyle("-fx-background-color: " + m.colour() + ";");
            Label text = new Label(m.legend());
            marks.getChildren().add(new javafx.scene.layout.HBox(4, badge, text));
        }
        Label assumed = new Label("≈ assumed value (not in the source document)");
        assumed.getStyleClass().add("legend-assumed");
        assumed.setWrapText(true);
        getChildren().addAll(divisions, marks, assumed);
    }

    public void show(Model model, boolean compare) {
        divisions.getChildren().clear();
        for (Division d : model.divisions()) {
            Rectangle swatch = new Rectangle(12, 12, Color.web(d.colour()));
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            Label l = new Label(d.name(), swatch);
            divisions.getChildren().add(l);
        }
        marks.setVisible(compare);
        marks.setManaged(compare);
    }
}
