package org.reshape.ui.chart;

import javafx.scene.input.KeyEvent;

/// Keyboard use of a chart: arrows move between cards (up to the manager, down
/// to the first report, left and right along the siblings), Enter or Space
/// collapses or expands, + and − zoom, 0 fits the chart to the window.
final class ChartKeys {
    private final ChartCanvas chart;

    ChartKeys(ChartCanvas chart) {
        this.chart = chart;
    }

    boolean handle(KeyEvent e) {
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> chart.zoomIn();
            case MINUS, SUBTRACT -> chart.zoomOut();
            case DIGIT0, NUMPAD0 -> chart.fit();
            case UP, DOWN, LEFT, RIGHT -> move(e);
            case ENTER, SPACE -> {
                String k = chart.selectedKeyProperty().get();
                if (k == null) {
                    return false;
                }
                chart.toggleCollapse(k);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void move(KeyEvent e) {
        ChartScene s = chart.chartSceneProperty().get();
        if (s == null || s.size() == 0) {
            return;
        }
        String key = chart.selectedKeyProperty().get();
        int i = key == null ? -1 : s.indexOf(key);
        int next;
        if (i < 0) {
            next = 0;
        } else {
            next = switch (e.getCode()) {
                case UP -> s.parentOf(i);
                case DOWN -> s.childrenOf(i).length > 0 ? s.childrenOf(i)[0] : -1;
                case LEFT -> sibling(s, i, -1);
                default -> sibling(s, i, +1);
            };
        }
        if (next >= 0) {
            String k = s.card(next).key();
            chart.selectedKeyProperty().set(k);
            if (!chart.isInView(k)) {
                chart.centreOn(k);
            }
        }
    }

    private static int sibling(ChartScene s, int i, int step) {
        int p = s.parentOf(i);
        if (p < 0) {
            // roots: neighbours in the forest, in index order
            for (int j = i + step; j >= 0 && j < s.size(); j += step) {
                if (s.parentOf(j) < 0) {
                    return j;
                }
            }
            return -1;
        }
        int[] kids = s.childrenOf(p);
        for (int k = 0; k < kids.length; k++) {
            if (kids[k] == i) {
                int j = k + step;
                return j >= 0 && j < kids.length ? kids[j] : -1;
            }
        }
        return -1;
    }
}
