package org.reshape.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reshape.domain.Money;

class PayTextTest {
    final PayText exact = new PayText(false);
    final PayText banded = new PayText(true);

    @Test
    void anAmountIsPrintedInItsFiveThousandPoundBand() {
        assertThat(banded.amount(Money.ofPounds(101_596))).isEqualTo("£100,000 – £104,999");
        assertThat(banded.amount(Money.ofPounds(100_000))).isEqualTo("£100,000 – £104,999");
        assertThat(banded.amount(Money.parse("104999.99"))).isEqualTo("£100,000 – £104,999");
        assertThat(exact.amount(Money.ofPounds(101_596))).isEqualTo("£101,596");
    }

    @Test
    void aRangeRunsFromTheBandOfItsMinimumToTheBandOfItsMaximum() {
        assertThat(banded.range(Money.ofPounds(93_102), Money.ofPounds(101_596))).isEqualTo("£90,000 – £104,999");
        assertThat(banded.range(Money.ofPounds(55_000), Money.ofPounds(60_000))).isEqualTo("£55,000 – £64,999");
        assertThat(exact.range(Money.ofPounds(93_102), Money.ofPounds(101_596))).isEqualTo("£93,102 – £101,596");
    }
}
