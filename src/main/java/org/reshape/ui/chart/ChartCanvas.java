package org.reshape.ui.chart;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.reshape.layout.Layout;
import org.reshape.layout.LayoutOptions;

/// An org chart of any size, drawn on a viewport-sized canvas: each frame
/// paints only the cards the spatial index finds in view. How much a card shows
/// follows the size its text has on screen (font size × zoom), not fixed zoom
/// steps: full cards while their smallest text is at least 8 px; below that
/// titles-only cards, narrower and laid out again, whose titles stay readable
/// further out; boxes when even titles would be under 5 px; division blocks at
/// the very far end. Pan by dragging or
/// scrolling, zoom with ctrl-scroll, pinch or the keyboard, collapse a subtree
/// with the button under its manager's card, move between cards with the arrow keys.
public final class ChartCanvas extends Region {
    /// Below this zoom only division blocks are drawn.
    public static final double BLOCK_ZOOM = 0.09;
    static final double MIN_ZOOM = 0.0005;
    static final double MAX_ZOOM = 3;
    /// Full cards give way to titles-only cards when their body text would be smaller than this on screen, in pixels.
    static final double FULL_MIN_PX = 8;
    /// Titles-only cards give way to full cards when body text would be this big on screen.
    static final double FULL_AGAIN_PX = 11;
    /// Titles smaller than this on screen are not drawn: the cards become plain boxes.
    static final double TITLE_MIN_PX = 5;
    /// The smallest title on screen that Fit and the first view accept.
    public static final double READABLE_TITLE_PX = 10;
    /// Space left round the chart by Fit.
    static final double MARGIN = 12;

    /// The ring round the chart while it has the keyboard focus.
    public static final Color FOCUS_RING = Color.web("#1565C0");
    static final double FOCUS_RING_WIDTH = 3;

    private final Canvas canvas = new Canvas();
    private final CardPainter painter = new CardPainter();
    private final ObjectProperty<ChartScene> scene = new SimpleObjectProperty<>(this, "scene");
    private final StringProperty selectedKey = new SimpleStringProperty(this, "selectedKey");
    private LayoutOptions options = LayoutOptions.DEFAULTS;
    private Consumer<String> onToggleCollapse = k -> { };
    private double zoom = 1;
    private double tx = 40;
    private double ty = 40;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;
    private DropPolicy dropPolicy;
    private String dragKey;
    private double dragX;
    private double dragY;
    private String dropTarget;
    private String dropRefusal;
    private Band dropBand;
    private boolean fitPending = true;
    private int lastFrameCards;
    private ChartScene.Detail detail = ChartScene.Detail.FULL;

    public ChartCanvas() {
        getStyleClass().add("chart-canvas");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(100, 100);
        scene.addListener((obs, old, s) -> {
            if (old == null) {
                fitPending = true;
            }
            requestLayout();
            paint();
        });
        selectedKey.addListener((obs, old, k) -> paint());
        focusedProperty().addListener((obs, old, f) -> paint());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomAt(e.getX(), e.getY(), e.getZoomFactor());
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (new ChartKeys(this).handle(e)) {
                e.consume();
            }
        });
    }

    public ObjectProperty<ChartScene> chartSceneProperty() {
        return scene;
    }

    public StringProperty selectedKeyProperty() {
        return selectedKey;
    }

    public void setLayoutOptions(LayoutOptions o) {
        options = o;
    }

    /// Lets cards be dragged onto other cards or division outlines; null makes the chart read-only.
    public void setDropPolicy(DropPolicy policy) {
        dropPolicy = policy;
    }

    /// The card being dragged, or null.
    public String draggedKey() {
        return dragKey;
    }

    public void setOnToggleCollapse(Consumer<String> handler) {
        onToggleCollapse = handler;
    }

    void toggleCollapse(String key) {
        onToggleCollapse.accept(key);
    }

    public double zoom() {
        return zoom;
    }

    /// How much the cards show now.
    public ChartScene.Detail detail() {
        return detail;
    }

    /// The chart as drawn now: the full cards or their titles-only version.
    public ChartScene shownScene() {
        ChartScene s = scene.get();
        return s == null || detail == ChartScene.Detail.FULL ? s : s.titles();
    }

    /// The height of a card title on screen, in pixels (font size × zoom).
    public double titlePixels() {
        return CardPainter.TITLE.getSize() * zoom;
    }

    /// The card's top-left on screen, for tests: see [#screenBounds].
    public double translateX() {
        return tx;
    }

    /// Cards painted in the last frame (for tests and the frame benchmark).
    public int lastFrameCards() {
        return lastFrameCards;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        if (fitPending && w > 0 && h > 0 && scene.get() != null) {
            fitPending = false;
            home();
        }
        paint();
    }

    public void zoomIn() {
        zoomAt(getWidth() / 2, getHeight() / 2, 1.25);
    }

    public void zoomOut() {
        zoomAt(getWidth() / 2, getHeight() / 2, 0.8);
    }

    /// The first view of a chart: the same as [#fit].
    public void home() {
        fit();
    }

    /// Fits the structure's width with readable text and starts at its top (the
    /// rest is reached by scrolling down): full cards when they fit at a size their
    /// text can be read at, otherwise titles-only cards with titles of at least
    /// [#READABLE_TITLE_PX]; a structure too wide even for that starts with its top post in view, at the
    /// left edge when the top post is in view there.
    public void fit() {
        ChartScene s = scene.get();
        if (s == null || getWidth() <= 0) {
            return;
        }
        double room = getWidth() - 2 * MARGIN;
        double full = Math.min(1, room / Math.max(1, s.layout().maxX()));
        if (CardPainter.BODY.getSize() * full >= FULL_MIN_PX) {
            detail = ChartScene.Detail.FULL;
            zoom = full;
        } else {
            detail = ChartScene.Detail.TITLES;
            double titles = Math.min(1, room / Math.max(1, s.titles().layout().maxX()));
            zoom = Math.max(titles, READABLE_TITLE_PX / CardPainter.TITLE.getSize());
        }
        Layout l = shownScene().layout();
        if (l.maxX() * zoom <= room) {
            tx = (getWidth() - l.maxX() * zoom) / 2;
        } else {
            // too wide to fit: start at the left edge when the top post is in view there, else with the top
            // post in the middle (the reader starts from it), never past either end of the chart
            double topPost = l.size() == 0 ? 0 : l.x(0) * zoom;
            tx = MARGIN + topPost + l.width(0) * zoom / 2 <= getWidth() - MARGIN ? MARGIN
                    : Math.max(getWidth() - MARGIN - l.maxX() * zoom, Math.min(MARGIN, getWidth() / 2 - topPost));
        }
        ty = MARGIN + 24 * zoom;
        paint();
    }

    /// The detail for a new zoom: changes only when text crosses a limit, so a small zoom back and forth does not flip it.
    private ChartScene.Detail detailAt(double z) {
        double body = CardPainter.BODY.getSize() * z;
        if (detail == ChartScene.Detail.FULL && body < FULL_MIN_PX) {
            return ChartScene.Detail.TITLES;
        }
        if (detail == ChartScene.Detail.TITLES && body >= FULL_AGAIN_PX) {
            return ChartScene.Detail.FULL;
        }
        return detail;
    }

    public void zoomAt(double sx, double sy, double factor) {
        double nz = clamp(zoom * factor);
        ChartScene.Detail next = detailAt(nz);
        ChartScene before = shownScene();
        if (before == null || next == detail) {
            tx = sx - (sx - tx) * (nz / zoom);
            ty = sy - (sy - ty) * (nz / zoom);
            zoom = nz;
            paint();
            return;
        }
        // the other detail has its own layout: keep the card nearest the point where it was
        double wx = (sx - tx) / zoom;
        double wy = (sy - ty) / zoom;
        int i = nearest(before, wx, wy);
        Layout a = before.layout();
        double fx = (wx - a.left(i)) / a.width(i);
        double fy = (wy - a.top(i)) / a.height(i);
        detail = next;
        zoom = nz;
        Layout b = shownScene().layout();
        tx = sx - (b.left(i) + fx * b.width(i)) * zoom;
        ty = sy - (b.top(i) + fy * b.height(i)) * zoom;
        paint();
    }

    /// The card nearest a point of the chart (both details have the same cards in the same order).
    private static int nearest(ChartScene s, double wx, double wy) {
        Layout l = s.layout();
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (double r = 200; r < 1e7 && bestD == Double.POSITIVE_INFINITY; r *= 8) {
            java.util.List<Integer> near = new java.util.ArrayList<>();
            s.index.query(wx - r, wy - r, wx + r, wy + r, near::add);
            for (int i : near) {
                double dx = Math.max(0, Math.max(l.left(i) - wx, wx - l.right(i)));
                double dy = Math.max(0, Math.max(l.top(i) - wy, wy - l.bottom(i)));
                double d = dx * dx + dy * dy;
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
        }
        return best;
    }

    public void panBy(double dx, double dy) {
        tx += dx;
        ty += dy;
        paint();
    }

    /// Centres the view on a card, zooming in until it is readable.
    public void centreOn(String key) {
        ChartScene s = shownScene();
        int i = s == null ? -1 : s.indexOf(key);
        if (i < 0) {
            return;
        }
        zoom = Math.max(zoom, detail == ChartScene.Detail.FULL ? FULL_MIN_PX / CardPainter.BODY.getSize()
                : READABLE_TITLE_PX / CardPainter.TITLE.getSize());
        Layout l = shownScene().layout();
        tx = getWidth() / 2 - l.x(i) * zoom;
        ty = getHeight() / 2 - l.centerY(i) * zoom;
        paint();
    }

    /// The keys of the cards at least partly in view.
    public java.util.Set<String> keysInView() {
        ChartScene s = shownScene();
        java.util.Set<String> keys = new java.util.HashSet<>();
        if (s != null) {
            s.index.query(-tx / zoom, -ty / zoom, (getWidth() - tx) / zoom, (getHeight() - ty) / zoom, i -> keys.add(s.card(i).key()));
        }
        return keys;
    }

    /// Whether the card is wholly in view.
    public boolean isInView(String key) {
        Point2D[] b = screenBounds(key);
        return b != null && b[0].getX() >= 0 && b[0].getY() >= 0 && b[1].getX() <= getWidth() && b[1].getY() <= getHeight();
    }

    /// Top-left and bottom-right of a card on screen, in this node's coordinates, or null.
    public Point2D[] screenBounds(String key) {
        ChartScene s = shownScene();
        int i = s == null ? -1 : s.indexOf(key);
        if (i < 0) {
            return null;
        }
        Layout l = s.layout();
        return new Point2D[] {new Point2D(l.left(i) * zoom + tx, l.top(i) * zoom + ty),
                new Point2D(l.right(i) * zoom + tx, l.bottom(i) * zoom + ty)};
    }

    /// The key of the card under a point of this node, or null.
    public String cardAt(double sx, double sy) {
        ChartScene s = shownScene();
        if (s == null) {
            return null;
        }
        int i = s.index.hit((sx - tx) / zoom, (sy - ty) / zoom);
        return i < 0 ? null : s.card(i).key();
    }

    private static double clamp(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragged = false;
        dragKey = null;
    }

    private void dragged(MouseEvent e) {
        if (!dragged && Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > 4) {
            dragged = true;
            String under = cardAt(pressX, pressY);
            if (under != null && dropPolicy != null && zoom >= BLOCK_ZOOM && dropPolicy.canDrag(under)) {
                dragKey = under;
            }
        }
        if (dragged && dragKey != null) {
            trackDrop(e.getX(), e.getY());
        } else if (dragged) {
            panBy(e.getX() - lastX, e.getY() - lastY);
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    /// Works out where a dragged card would land, and whether it may.
    private void trackDrop(double sx, double sy) {
        ChartScene s = shownScene();
        dragX = (sx - tx) / zoom;
        dragY = (sy - ty) / zoom;
        String target = cardAt(sx, sy);
        dropTarget = target != null && !target.equals(dragKey) ? target : null;
        dropRefusal = dropTarget == null ? null : dropPolicy.whyNot(dragKey, dropTarget).orElse(null);
        dropBand = null;
        if (dropTarget == null && target == null) {
            for (int b = s.bands().size() - 1; b >= 0; b--) {
                Band band = s.bands().get(b);
                if (dragX >= band.minX() && dragX <= band.maxX() && dragY >= band.minY() && dragY <= band.maxY()) {
                    dropBand = band;
                    break;
                }
            }
        }
        paint();
    }

    private void released(MouseEvent e) {
        if (dragKey != null) {
            String key = dragKey;
            dragKey = null;
            if (dropTarget != null && dropRefusal != null) {
                dropPolicy.refused(dropRefusal);
            } else if (dropTarget != null) {
                dropPolicy.dropOnCard(key, dropTarget, e.isShiftDown());
            } else if (dropBand != null) {
                dropPolicy.dropOnDivision(key, dropBand.divisionId());
            }
            dropTarget = null;
            dropBand = null;
            paint();
            return;
        }
        if (dragged || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        ChartScene s = shownScene();
        if (s == null) {
            return;
        }
        double wx = (e.getX() - tx) / zoom;
        double wy = (e.getY() - ty) / zoom;
        int i = s.index.hit(wx, wy);
        for (int near : nearHandles(s, wx, wy)) {
            if (CardPainter.onHandle(s.layout(), near, s.card(near), wx, wy)) {
                toggleCollapse(s.card(near).key());
                return;
            }
        }
        selectedKey.set(i < 0 ? null : s.card(i).key());
    }

    private int[] nearHandles(ChartScene s, double wx, double wy) {
        java.util.List<Integer> hits = new java.util.ArrayList<>();
        s.index.query(wx - 12, wy - 12, wx + 12, wy + 12, hits::add);
        return hits.stream().mapToInt(Integer::intValue).toArray();
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            zoomAt(e.getX(), e.getY(), Math.exp(e.getDeltaY() / 300));
        } else if (e.getTouchCount() == 0 || !e.isInertia()) {
            panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    /// Paints one frame: only what the viewport shows.
    public void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(CardPainter.BACKGROUND);
        g.fillRect(0, 0, w, h);
        ChartScene s = shownScene();
        if (s == null) {
            return;
        }
        g.setTransform(zoom, 0, 0, zoom, tx, ty);
        double minX = -tx / zoom;
        double minY = -ty / zoom;
        double maxX = (w - tx) / zoom;
        double maxY = (h - ty) / zoom;
        for (Band b : s.bands()) {
            if (b.maxX() >= minX && b.minX() <= maxX && b.maxY() >= minY && b.minY() <= maxY) {
                painter.band(g, b, zoom < BLOCK_ZOOM, zoom);
            }
        }
        int[] count = {0};
        if (zoom >= BLOCK_ZOOM) {
            String selected = selectedKey.get();
            Layout l = s.layout();
            double margin = options.levelGap();
            g.setLineWidth(1.2 / Math.max(zoom, 0.5));
            s.index.query(minX - margin, minY - margin, maxX + margin, maxY + margin, i -> {
                int p = s.parentOf(i);
                if (p >= 0) {
                    painter.edge(g, l, i, p, options.levelGap(), options.stackIndent());
                }
            });
            boolean full = detail == ChartScene.Detail.FULL;
            boolean titles = titlePixels() >= TITLE_MIN_PX;
            s.index.query(minX, minY, maxX, maxY, i -> {
                Card c = s.card(i);
                boolean sel = c.key().equals(selected);
                if (full) {
                    painter.card(g, l, i, c, sel);
                } else if (titles) {
                    painter.titleCard(g, l, i, c, sel);
                } else {
                    painter.box(g, l, i, c, sel);
                }
                count[0]++;
            });
        }
        lastFrameCards = count[0];
        if (dragKey != null) {
            DropFeedback.paint(g, s, dragKey, dragX, dragY, dropTarget, dropRefusal, dropBand, zoom);
        }
        g.setTransform(1, 0, 0, 1, 0, 0);
        if (isFocused()) {
            // where the keyboard is: a ring round the chart, as round any other control with the focus
            g.setStroke(FOCUS_RING);
            g.setLineWidth(FOCUS_RING_WIDTH);
            g.strokeRect(FOCUS_RING_WIDTH / 2, FOCUS_RING_WIDTH / 2, w - FOCUS_RING_WIDTH, h - FOCUS_RING_WIDTH);
        }
    }
}
