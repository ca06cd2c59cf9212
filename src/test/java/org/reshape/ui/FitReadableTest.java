package org.reshape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reshape.domain.Division;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.Occupancy;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.domain.TestModels;
import org.reshape.io.Samples;
import org.reshape.ui.app.MainWindow;
import org.reshape.ui.app.ReshapeApp;
import org.reshape.ui.app.WindowMemory;
import org.reshape.ui.chart.Card;
import org.reshape.ui.chart.ChartCanvas;
import org.reshape.ui.chart.ChartScene;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.edit.Editor;
import org.reshape.ui.workspace.Mode;
import org.reshape.ui.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// Fit (the tool bar button or `0`) on a laptop and on a larger screen: every
/// title drawn at 10 px or more on screen, whole (not shortened), and for a
/// council-sized structure of 60 posts the whole width in view.
@ExtendWith(ApplicationExtension.class)
class FitReadableTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private Workspace workspace;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = new Workspace();
        workspace.modelProperty().set(sixtyPosts());
        workspace.modeProperty().set(Mode.PROPOSED);
        window = ReshapeApp.show(stage, workspace, new EditActions(workspace, new Editor(workspace, null)), null,
                WindowMemory.session(), LAPTOP);
    }

    @Test
    void sixtyPosts_atFit_onALaptop_showEveryTitleWholeAtTenPixelsOrMore_acrossTheView(FxRobot robot) {
        fitAndCheck(robot, true);
    }

    @Test
    void sixtyPosts_atFit_at1600x1000_showEveryTitleWholeAtTenPixelsOrMore_acrossTheView(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1600);
            stage.setHeight(1000);
        });
        fitAndCheck(robot, true);
    }

    @Test
    void bury_inCompareMode_atFit_onALaptopAnd1600x1000_hasReadableWholeTitles(FxRobot robot) {
        robot.interact(() -> {
            workspace.modelProperty().set(Samples.load(ReshapeApp.FIRST_SAMPLE));
            workspace.modeProperty().set(Mode.COMPARE);
        });
        fitAndCheck(robot, false);
        robot.interact(() -> {
            stage.setWidth(1600);
            stage.setHeight(1000);
        });
        fitAndCheck(robot, false);
    }

    @Test
    void bury_inCompareMode_onALaptop_opensWithTheTopPostInView_andNotPastTheLeftEdge(FxRobot robot) {
        robot.interact(() -> {
            workspace.modelProperty().set(Samples.load(ReshapeApp.FIRST_SAMPLE));
            workspace.modeProperty().set(Mode.COMPARE);
        });
        robot.interact(() -> window.visibleCharts().forEach(p -> p.canvas().home()));
        assertThat(window.visibleCharts()).hasSize(2);
        for (var pane : window.visibleCharts()) {
            ChartCanvas canvas = pane.canvas();
            ChartScene shown = canvas.shownScene();
            String top = shown.card(0).key();
            assertThat(canvas.isInView(top)).as("the top post " + top + " is wholly in view").isTrue();
            assertThat(canvas.titlePixels()).isGreaterThanOrEqualTo(10);
            double left = Double.POSITIVE_INFINITY;
            double right = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < shown.size(); i++) {
                Point2D[] b = canvas.screenBounds(shown.card(i).key());
                left = Math.min(left, b[0].getX());
                right = Math.max(right, b[1].getX());
            }
            // no empty space beyond either end of the chart
            assertThat(left).as("left end of the chart").isLessThanOrEqualTo(12.5);
            assertThat(right).as("right end of the chart").isGreaterThanOrEqualTo(canvas.getWidth() - 12.5);
        }
    }

    @Test
    void zoomingIn_bringsBackFullCards_andZoomingOut_titlesOnlyCards(FxRobot robot) {
        ChartCanvas canvas = window.proposedChart().canvas();
        robot.interact(canvas::fit);
        // the Bury chart may fit with full cards (they are the appendix's size); from half that, titles only
        robot.interact(() -> canvas.zoomAt(200, 200, 0.5));
        assertThat(canvas.detail()).isEqualTo(ChartScene.Detail.TITLES);
        robot.interact(() -> canvas.zoomAt(200, 200, 1.0 / canvas.zoom()));
        assertThat(canvas.detail()).isEqualTo(ChartScene.Detail.FULL);
        robot.interact(() -> canvas.zoomAt(200, 200, 0.6));
        assertThat(canvas.detail()).isEqualTo(ChartScene.Detail.TITLES);
    }

    private void fitAndCheck(FxRobot robot, boolean wholeWidth) {
        robot.interact(() -> window.visibleCharts().forEach(p -> p.canvas().fit()));
        for (var pane : window.visibleCharts()) {
            ChartCanvas canvas = pane.canvas();
            ChartScene shown = canvas.shownScene();
            assertThat(canvas.titlePixels()).as("title size on screen").isGreaterThanOrEqualTo(10);
            for (int i = 0; i < shown.size(); i++) {
                Card c = shown.card(i);
                assertThat(String.join(" ", c.title())).as("title of " + c.key()).doesNotContain("…");
                if (wholeWidth) {
                    Point2D[] b = canvas.screenBounds(c.key());
                    assertThat(b[0].getX()).as(c.key() + " left edge in view").isGreaterThanOrEqualTo(0);
                    assertThat(b[1].getX()).as(c.key() + " right edge in view").isLessThanOrEqualTo(canvas.getWidth());
                }
            }
        }
    }

    /// A directorate of 60 posts: a director, four assistant directors and 55
    /// services under them, with the long titles councils use.
    static Model sixtyPosts() {
        List<Grade> grades = TestModels.grades();
        String top = grades.getLast().id();
        String mid = grades.get(grades.size() / 2).id();
        String low = grades.getFirst().id();
        String[] areas = {"Children's Social Care and Safeguarding", "Education, Inclusion and Skills",
                "Strategy, Commissioning and Partnerships", "Early Help and Family Support"};
        String[] services = {"Head of Service (Quality Assurance, Safeguarding and Independent Reviewing)",
                "Service Manager (Fostering and Adoption)", "Principal Social Worker",
                "Team Manager, Children with Disabilities", "Virtual School Headteacher",
                "Manager, Attendance, Exclusions and Community Education Service", "Business Support Team"};
        List<Division> divisions = new ArrayList<>();
        List<Post> posts = new ArrayList<>();
        posts.add(post("ED", "Executive Director of Children and Young People", "d0", "", top));
        divisions.add(new Division("d0", "Directorate", "#3949AB"));
        String[] colours = {"#00897B", "#F9A825", "#1E88E5", "#8E24AA"};
        int n = 1;
        for (int a = 0; a < areas.length; a++) {
            String d = "d" + (a + 1);
            divisions.add(new Division(d, areas[a], colours[a]));
            posts.add(post("AD" + a, "Assistant Director, " + areas[a], d, "ED", mid));
            n++;
            for (int s = 0; n < 60 && s < 14; s++) {
                posts.add(post("S" + a + "_" + s, services[(a + s) % services.length] + " " + (s + 1), d, "AD" + a, low));
                n++;
            }
        }
        assertThat(posts).hasSize(60);
        Scenario base = new Scenario("base", "Current structure", "", null, true, posts);
        Scenario proposal = base.deriveProposal("proposal", "Proposed structure");
        return TestModels.model(base, proposal).withDivisions(divisions);
    }

    private static Post post(String key, String title, String division, String manager, String grade) {
        return new Post(key, title, division, manager, grade, BigDecimal.ONE, 1, Occupancy.SUBSTANTIVE, "", null, "", null,
                null, null, null, "");
    }
}
