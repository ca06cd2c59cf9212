package org.reshape.costing;

import java.util.List;
import org.reshape.domain.Money;

/// One part of a comparison's difference, with the bridge that explains it:
/// the recurrent (ongoing) effect, the temporary cost falling in the period
/// (fixed-term posts, acting-up), or one-off costs. The three add up to the
/// difference, and each part's lines add up to the part.
public record PartEffect(Part part, Money difference, List<BridgeLine> bridge) {

    public enum Part {
        RECURRENT("Recurrent", "recurrent"), TEMPORARY("Temporary", "temporary"), ONE_OFF("One-off", "oneOff");

        private final String label;
        private final String jsonName;

        Part(String label, String jsonName) {
            this.label = label;
            this.jsonName = jsonName;
        }

        public String label() {
            return label;
        }

        /// The name of the part in `reshape cost --format json`.
        public String jsonName() {
            return jsonName;
        }

        static Part of(PostCost c) {
            return c.temporary() ? TEMPORARY : RECURRENT;
        }
    }

    public PartEffect {
        bridge = List.copyOf(bridge);
    }

    public Money bridgeTotal() {
        return bridge.stream().map(BridgeLine::total).reduce(Money.ZERO, Money::plus);
    }

    /// How much of this part rests on assumed grades or values.
    public Money assumedPart() {
        return bridge.stream().filter(BridgeLine::assumed).map(BridgeLine::total).reduce(Money.ZERO, Money::plus);
    }
}
