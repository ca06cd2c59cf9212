package org.reshape.ui.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/// The waterfall's axis: round amounts, not odd figures like £3,332,647.
class WaterfallTicksTest {
    @Test
    void anAxisRoundBuryTotals_hasTicksOnRoundThousands() {
        // about £3.25m to £3.29m, in pence
        List<Long> ticks = WaterfallChart.ticks(325_438_912, 329_123_477);
        assertThat(ticks).hasSizeBetween(3, 6);
        long step = ticks.get(1) - ticks.get(0);
        assertThat(step).isEqualTo(1_000_000); // £10k
        assertThat(ticks).allSatisfy(t -> assertThat(t % step).isZero());
        assertThat(ticks.getFirst()).isGreaterThanOrEqualTo(325_438_912);
        assertThat(ticks.stream().map(t -> WaterfallChart.tickLabel(t, step)).toList())
                .containsExactly("£3,260k", "£3,270k", "£3,280k", "£3,290k");
    }

    @Test
    void fromZero_ticksAreFiftyThousandsApart() {
        List<Long> ticks = WaterfallChart.ticks(0, 20_000_000);
        assertThat(ticks.stream().map(t -> WaterfallChart.tickLabel(t, ticks.get(1) - ticks.get(0))).toList())
                .containsExactly("£0k", "£50k", "£100k", "£150k", "£200k");
    }
}
