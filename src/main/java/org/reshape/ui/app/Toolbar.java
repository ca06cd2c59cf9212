package org.reshape.ui.app;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.reshape.domain.Scenario;
import org.reshape.layout.LayoutOptions;
import org.reshape.ui.workspace.Mode;
import org.reshape.ui.workspace.Workspace;

/// The tool bar: Current / Proposed / Compare, which proposal, zoom and layout options.
final class Toolbar extends ToolBar {

    Toolbar(Workspace workspace, MainWindow window) {
        setId("toolbar");
        ToggleGroup modes = new ToggleGroup();
        // ControlsFX's SegmentedButton: one control for the switch, which a screen reader reads as one group
        org.controlsfx.control.SegmentedButton modeButtons = new org.controlsfx.control.SegmentedButton();
        modeButtons.setToggleGroup(modes);
        modeButtons.setId("mode-switch");
        modeButtons.getStyleClass().add("segmented");
        for (Mode m : Mode.values()) {
            ToggleButton b = new ToggleButton(m.label());
            b.setId("mode-" + m.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(modes);
            b.setUserData(m);
            b.setSelected(workspace.modeProperty().get() == m);
            modeButtons.getButtons().add(b);
        }
        modes.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                old.setSelected(true); // one mode is always chosen
            } else {
                workspace.modeProperty().set((Mode) t.getUserData());
            }
        });
        workspace.modeProperty().addListener((obs, old, m) -> modes.getToggles().stream()
                .filter(t -> t.getUserData() == m).findFirst().ifPresent(t -> t.setSelected(true)));

        ComboBox<Scenario> proposals = new ComboBox<>();
        proposals.setId("proposal-choice");
        proposals.setTooltip(new Tooltip("The proposal compared with its base"));
        proposals.setCellFactory(v -> new ScenarioCell());
        proposals.setButtonCell(new ScenarioCell());
        workspace.modelProperty().subscribe(m -> {
            if (m != null) {
                proposals.getItems().setAll(m.scenarios().stream().filter(Scenario::isProposal).toList());
                workspace.proposal().ifPresent(proposals.getSelectionModel()::select);
            }
        });
        // the drop-down always names the proposal on screen, however it was chosen (Scenario ▸ New proposal, import, undo)
        workspace.proposalIdProperty().subscribe(id -> {
            Scenario shown = proposals.getValue();
            if (id != null && (shown == null || !shown.id().equals(id))) {
                if (workspace.model() != null) {
                    proposals.getItems().setAll(workspace.model().scenarios().stream().filter(Scenario::isProposal).toList());
                }
                proposals.getItems().stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(proposals.getSelectionModel()::select);
            }
        });
        proposals.valueProperty().addListener((obs, old, s) -> {
            if (s != null) {
                workspace.proposalIdProperty().set(s.id());
            }
        });

        CheckBox compact = new CheckBox("Compact");
        compact.setId("compact");
        compact.setSelected(workspace.layoutOptionsProperty().get().compact());
        compact.setTooltip(new Tooltip("Stack each manager's leaf reports in a column"));
        CheckBox horizontal = new CheckBox("Left to right");
        horizontal.setId("horizontal");
        Runnable layout = () -> workspace.layoutOptionsProperty().set(LayoutOptions.DEFAULTS.withCompact(compact.isSelected())
                .withOrientation(horizontal.isSelected() ? org.reshape.layout.Orientation.HORIZONTAL : org.reshape.layout.Orientation.VERTICAL));
        compact.setOnAction(e -> layout.run());
        horizontal.setOnAction(e -> layout.run());

        getItems().addAll(modeButtons, new Label("Proposal:"), proposals,
                button("zoom-out", "mdi2m-magnify-minus-outline", "Zoom out (−)", () -> window.visibleCharts().forEach(p -> p.canvas().zoomOut())),
                button("zoom-in", "mdi2m-magnify-plus-outline", "Zoom in (+)", () -> window.visibleCharts().forEach(p -> p.canvas().zoomIn())),
                button("zoom-fit", "mdi2f-fit-to-page-outline", "Fit to window (0)", () -> window.visibleCharts().forEach(p -> p.canvas().fit())),
                compact, horizontal, spacer(),
                panelToggle("toggle-navigator", "mdi2d-dock-left", "Show or hide the structure panel (Ctrl+1)", window.navigatorShownProperty()),
                panelToggle("toggle-side", "mdi2d-dock-right", "Show or hide the changes and post panel (Ctrl+2)", window.sidePanelShownProperty()));
    }

    private static javafx.scene.layout.Region spacer() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        HBox.setHgrow(r, javafx.scene.layout.Priority.ALWAYS);
        return r;
    }

    private static ToggleButton panelToggle(String id, String icon, String tip, javafx.beans.property.BooleanProperty shown) {
        ToggleButton b = new ToggleButton(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.selectedProperty().bindBidirectional(shown);
        return b;
    }

    private static javafx.scene.control.Button button(String id, String icon, String tip, Runnable action) {
        javafx.scene.control.Button b = new javafx.scene.control.Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static final class ScenarioCell extends ListCell<Scenario> {
        @Override
        protected void updateItem(Scenario s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : s.name());
        }
    }

}
