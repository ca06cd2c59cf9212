package org.reshape.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.store.SettingsFile;

class WindowMemoryTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D DESKTOP = new Rectangle2D(0, 0, 1920, 1040);

    @Test
    void nothingRemembered_opensAtMostTheVisibleArea_centred() {
        WindowMemory m = WindowMemory.session();
        assertThat(m.placement(LAPTOP)).isEqualTo(new Rectangle2D(0, 0, 1366, 728));
        assertThat(m.placement(DESKTOP)).isEqualTo(new Rectangle2D(160, 45, 1600, 950));
    }

    @Test
    void nextStart_opensWhereAndAsBigAsTheWindowWasLeft(@TempDir Path dir) {
        WindowMemory first = WindowMemory.in(SettingsFile.in(dir));
        first.rememberBounds(new Rectangle2D(100, 50, 1200, 700), false);
        WindowMemory next = WindowMemory.in(SettingsFile.in(dir));
        assertThat(next.placement(DESKTOP)).isEqualTo(new Rectangle2D(100, 50, 1200, 700));
        assertThat(next.maximized()).isFalse();
    }

    @Test
    void aWindowLeftOnABiggerScreen_isShrunkOntoTheLaptop(@TempDir Path dir) {
        WindowMemory m = WindowMemory.in(SettingsFile.in(dir));
        m.rememberBounds(new Rectangle2D(300, 200, 1800, 1000), false);
        Rectangle2D p = m.placement(LAPTOP);
        assertThat(p.getWidth()).isEqualTo(1366);
        assertThat(p.getHeight()).isEqualTo(728);
        assertThat(p.getMinX()).isZero();
        assertThat(p.getMinY()).isZero();
    }

    @Test
    void aWindowLeftOnAScreenThatIsGone_opensInTheDefaultPlace(@TempDir Path dir) {
        WindowMemory m = WindowMemory.in(SettingsFile.in(dir));
        m.rememberBounds(new Rectangle2D(3000, 100, 800, 600), false);
        assertThat(m.placement(LAPTOP)).isEqualTo(new Rectangle2D(0, 0, 1366, 728));
    }

    @Test
    void maximised_isRemembered_withTheSizeToGoBackTo(@TempDir Path dir) {
        WindowMemory m = WindowMemory.in(SettingsFile.in(dir));
        m.rememberBounds(new Rectangle2D(10, 10, 900, 600), false);
        m.rememberBounds(new Rectangle2D(0, 0, 1920, 1040), true);
        WindowMemory next = WindowMemory.in(SettingsFile.in(dir));
        assertThat(next.maximized()).isTrue();
        assertThat(next.placement(DESKTOP)).isEqualTo(new Rectangle2D(10, 10, 900, 600));
    }

    @Test
    void unreadableValues_fallBackToTheDefaults(@TempDir Path dir) {
        SettingsFile f = SettingsFile.in(dir);
        f.put("window.bounds", "1,2,three,4");
        f.put("window.navigator.width", "wide");
        WindowMemory m = WindowMemory.in(f);
        assertThat(m.placement(LAPTOP)).isEqualTo(new Rectangle2D(0, 0, 1366, 728));
        assertThat(m.number("window.navigator.width", 240, 120, 800)).isEqualTo(240);
    }
}
