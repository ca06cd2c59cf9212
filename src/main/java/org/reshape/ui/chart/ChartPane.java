package org.reshape.ui.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.reshape.domain.Model;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.layout.LayoutOptions;

/// One scenario's chart with its heading; keeps which subtrees the user collapsed.
public final class ChartPane extends BorderPane {
    private final ChartCanvas canvas = new ChartCanvas();
    private final Label heading = new Label();
    private final Set<String> collapsed = new HashSet<>();
    private ChartScene.Spec last;
    private final CardCache cards = new CardCache();
    /// A message over the top of the chart for a few seconds (ControlsFX's bar, inside the chart where the user looks).
    private final org.controlsfx.control.NotificationPane toast;
    private final javafx.animation.PauseTransition toastTimer = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(6));

    public ChartPane(String id) {
        setId(id);
        canvas.setId(id + "-canvas");
        heading.getStyleClass().add("chart-heading");
        heading.setMaxWidth(Double.MAX_VALUE);
        setTop(heading);
        toast = new org.controlsfx.control.NotificationPane(canvas);
        toast.setId(id + "-toast");
        toast.setShowFromTop(true);
        toast.getStyleClass().add("chart-toast");
        toastTimer.setOnFinished(e -> toast.hide());
        // the message bar's × has no words: a screen reader says what it does
        toast.skinProperty().addListener((obs, old, skin) -> toast.lookupAll(".close-button")
                .forEach(n -> n.setAccessibleText("Close the message")));
        setCenter(toast);
        canvas.setOnToggleCollapse(this::toggle);
        canvas.setAccessibleHelp("Arrow keys move between posts: up to the manager, down to the first report, left and right "
                + "along the team; Enter collapses or expands; plus and minus zoom, 0 fits; Delete disestablishes the post, "
                + "Ctrl+M moves it under another manager");
        canvas.selectedKeyProperty().addListener((obs, old, k) -> describe());
    }

    /// Says what the chart shows and which post is selected, for a screen reader.
    private void describe() {
        if (last == null) {
            return;
        }
        Scenario s = last.scenario();
        String k = canvas.selectedKeyProperty().get();
        String chart = s.name() + " chart, " + s.size() + " posts";
        canvas.setAccessibleText(k == null || !s.contains(k) ? chart + "; no post selected"
                : chart + "; selected: " + s.post(k).title() + ", " + last.model().gradeName(s.post(k).gradeId()));
    }

    /// Shows a message over the chart for six seconds, or until the next one or a click on its ×.
    public void toast(String text) {
        toast.show(text);
        toastTimer.playFromStart();
    }

    /// The message shown over the chart, or empty when none is.
    public String toastText() {
        return toast.isShowing() ? toast.getText() : "";
    }

    public ChartCanvas canvas() {
        return canvas;
    }

    /// The cards measured for this chart, kept across edits.
    public CardCache cardCache() {
        return cards;
    }

    public Label heading() {
        return heading;
    }

    /// The chart as a picture for a paper, under the scenario's name: the whole chart (collapsed subtrees
    /// stay collapsed), or the cards at least partly in view; full cards, no holder's names.
    ///
    /// @throws IllegalStateException when no chart is shown
    public org.reshape.report.page.Page picture(boolean whole) {
        ChartScene s = canvas.chartSceneProperty().get();
        if (last == null || s == null) {
            throw new IllegalStateException("no chart is shown");
        }
        org.reshape.report.ChartPicture.Chart chart = s.picture();
        Set<String> inView = whole ? Set.of() : canvas.keysInView();
        return org.reshape.report.ChartPicture.of(last.scenario().name(), chart,
                i -> whole || inView.contains(chart.cards().get(i).key()));
    }

    /// The id of the scenario shown, or null.
    public String scenarioId() {
        return last == null ? null : last.scenario().id();
    }

    /// Shows a scenario; keeps the view where it was when the same scenario is shown again.
    public void show(Model model, Scenario scenario, PayTable pay, Map<String, List<CardMark>> marks, Set<String> ghosts,
                     LayoutOptions options) {
        heading.setText(scenario.name() + " — " + scenario.size() + " posts");
        if (last != null && last.scenario() == scenario) {
            // an edit elsewhere (the other scenario): this chart is rebuilt only if what it draws changed
            ChartScene.Spec next = new ChartScene.Spec(model, scenario, pay, Set.copyOf(collapsed), marks, ghosts, options);
            boolean same = sameDrawing(last, next);
            last = next;
            if (!same) {
                rebuild();
            }
            return;
        }
        collapsed.retainAll(scenario.posts().stream().map(Post::key).collect(java.util.stream.Collectors.toSet()));
        last = new ChartScene.Spec(model, scenario, pay, Set.copyOf(collapsed), marks, ghosts, options);
        rebuild();
        describe();
    }

    /// Whether two specs of the same scenario draw the same cards in the same places: the same
    /// divisions, grades, pay, holders, badges, ghosts, collapsed subtrees and layout options.
    static boolean sameDrawing(ChartScene.Spec a, ChartScene.Spec b) {
        Model x = a.model();
        Model y = b.model();
        return a.scenario() == b.scenario() && x.divisions() == y.divisions() && x.grades() == y.grades()
                && x.payScales() == y.payScales() && x.workforce() == y.workforce()
                && java.util.Objects.equals(x.costSettings(), y.costSettings()) && a.collapsed().equals(b.collapsed())
                && a.marks().equals(b.marks()) && a.ghosts().equals(b.ghosts()) && a.options().equals(b.options());
    }

    public void toggle(String key) {
        if (!collapsed.remove(key)) {
            collapsed.add(key);
        }
        if (last != null) {
            rebuildWithCollapsed();
        }
    }

    /// Expands every collapsed manager above a post, so it can be shown.
    public void reveal(String key) {
        if (last == null || !last.scenario().contains(key)) {
            return;
        }
        boolean changed = false;
        Post p = last.scenario().post(last.scenario().post(key).managerKey());
        while (p != null) {
            changed |= collapsed.remove(p.key());
            p = last.scenario().post(p.managerKey());
        }
        if (changed) {
            rebuildWithCollapsed();
        }
        if (!canvas.isInView(key)) {
            canvas.centreOn(key);
        }
    }

    /// Reveals a post and centres the view on it.
    public void centreOn(String key) {
        reveal(key);
        canvas.centreOn(key);
    }

    private void rebuildWithCollapsed() {
        last = new ChartScene.Spec(last.model(), last.scenario(), last.pay(), Set.copyOf(collapsed), last.marks(),
                last.ghosts(), last.options());
        rebuild();
    }

    private void rebuild() {
        canvas.setLayoutOptions(last.options());
        canvas.chartSceneProperty().set(ChartScene.build(last, cards));
    }
}
