package org.reshape.ui.app;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.reshape.store.SettingsFile;
import org.reshape.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Where the window was left and how its panels were arranged, kept in
/// `settings.properties` (`window.bounds=x,y,width,height`, `window.maximized=`,
/// `window.navigator.width=`, `window.side.shown=` …) so the next start opens the
/// same way. Without a settings file (the UI tests) it remembers for the session only.
public final class WindowMemory {
    private static final Logger LOG = LoggerFactory.getLogger(WindowMemory.class);
    /// The size the window asks for when the screen has room and nothing is remembered.
    static final double PREFERRED_WIDTH = 1600;
    static final double PREFERRED_HEIGHT = 950;
    /// Less than this of a remembered window on screen and it opens in the default place.
    private static final double MIN_ON_SCREEN = 120;

    private final SettingsFile file;
    private final Map<String, String> values = new HashMap<>();
    private final java.util.Set<String> changed = new java.util.LinkedHashSet<>();

    private WindowMemory(SettingsFile file) {
        this.file = file;
    }

    /// Remembers in a settings file.
    public static WindowMemory in(SettingsFile file) {
        return new WindowMemory(file);
    }

    /// Remembers for this session only.
    public static WindowMemory session() {
        return new WindowMemory(null);
    }

    Optional<String> get(String key) {
        String v = values.get(key);
        if (v != null || file == null) {
            return Optional.ofNullable(v);
        }
        try {
            return file.get(key).map(String::strip);
        } catch (StoreException e) {
            LOG.warn("could not read the window settings: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /// Notes a value; [#save] writes what changed (dragging a divider must not write the file at every step).
    void put(String key, String value) {
        if (value.equals(get(key).orElse(null))) {
            return;
        }
        values.put(key, value);
        changed.add(key);
    }

    /// Writes the values that changed since the last save to the settings file.
    void save() {
        if (file == null) {
            changed.clear();
            return;
        }
        try {
            for (String key : changed) {
                file.put(key, values.get(key));
            }
            changed.clear();
        } catch (StoreException e) {
            LOG.warn("could not save the window settings: {}", e.getMessage());
        }
    }

    /// The appendix preview's options, kept with the window's settings.
    public org.reshape.ui.appendix.AppendixPreview.Memory asAppendixMemory() {
        return new org.reshape.ui.appendix.AppendixPreview.Memory() {
            @Override
            public Optional<String> get(String key) {
                return WindowMemory.this.get(key);
            }

            @Override
            public void put(String key, String value) {
                WindowMemory.this.put(key, value.replace('\n', ' '));
            }
        };
    }

    /// A remembered number within bounds, or the default when missing or unreadable.
    double number(String key, double fallback, double min, double max) {
        try {
            double v = Double.parseDouble(get(key).orElse(""));
            return Double.isFinite(v) ? Math.clamp(v, min, max) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    void putNumber(String key, double value) {
        put(key, String.format(Locale.ROOT, "%.1f", value));
    }

    boolean flag(String key, boolean fallback) {
        return get(key).map(v -> v.equalsIgnoreCase("true") ? Boolean.TRUE : v.equalsIgnoreCase("false") ? Boolean.FALSE : null)
                .orElse(fallback);
    }

    void putFlag(String key, boolean value) {
        put(key, Boolean.toString(value));
    }

    /// Where the window opens on a screen whose visible area (without task bar or
    /// dock) is `visible`: where it was left when enough of that is on screen,
    /// shrunk to fit; otherwise 1600×950 or the visible area if smaller, centred.
    public Rectangle2D placement(Rectangle2D visible) {
        Rectangle2D saved = get("window.bounds").map(WindowMemory::parse).orElse(null);
        if (saved != null) {
            double w = Math.min(saved.getWidth(), visible.getWidth());
            double h = Math.min(saved.getHeight(), visible.getHeight());
            double x = Math.clamp(saved.getMinX(), visible.getMinX(), visible.getMaxX() - w);
            double y = Math.clamp(saved.getMinY(), visible.getMinY(), visible.getMaxY() - h);
            Rectangle2D shown = new Rectangle2D(x, y, w, h);
            if (Math.abs(x - saved.getMinX()) < saved.getWidth() - MIN_ON_SCREEN
                    && Math.abs(y - saved.getMinY()) < saved.getHeight() - MIN_ON_SCREEN) {
                return shown;
            }
        }
        double w = Math.min(PREFERRED_WIDTH, visible.getWidth());
        double h = Math.min(PREFERRED_HEIGHT, visible.getHeight());
        return new Rectangle2D(visible.getMinX() + (visible.getWidth() - w) / 2, visible.getMinY() + (visible.getHeight() - h) / 2, w, h);
    }

    /// Remembers where the window is (not while maximised: then the size to go back to is kept).
    void rememberBounds(Rectangle2D bounds, boolean maximized) {
        if (!maximized && bounds.getWidth() > 0 && bounds.getHeight() > 0) {
            put("window.bounds", String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f",
                    bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight()));
        }
        putFlag("window.maximized", maximized);
        save();
    }

    boolean maximized() {
        return flag("window.maximized", false);
    }

    private static Rectangle2D parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            return null;
        }
        try {
            double[] v = new double[4];
            for (int i = 0; i < 4; i++) {
                v[i] = Double.parseDouble(parts[i].strip());
                if (!Double.isFinite(v[i])) {
                    return null;
                }
            }
            return v[2] >= 200 && v[3] >= 150 ? new Rectangle2D(v[0], v[1], v[2], v[3]) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
