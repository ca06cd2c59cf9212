package org.reshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reshape.domain.Person;
import org.reshape.io.Samples;

/// What the command line prints for the Bury sample names none of its (fictional) people,
/// and counts individuals as the report does.
class PeopleCliPrivacyTest {

    private static void assertNoNames(String output) {
        for (Person p : Samples.load("bury-cyp-2024").workforce().people()) {
            assertThat(output).doesNotContain(p.name());
        }
        assertThat(output).doesNotContain("Sampleton", "Exampleby", "Testwick", "Fictionby", "Madeupson");
    }

    @Test
    void changesAndCost_printNoNames() {
        CliTest.Result changes = CliTest.run("changes", "--sample", "bury-cyp-2024");
        assertThat(changes.status()).isZero();
        assertThat(changes.out()).contains("Affected: 23 individuals");
        assertNoNames(changes.out());
        for (String format : new String[] {"table", "json", "csv"}) {
            CliTest.Result cost = format.equals("table") ? CliTest.run("cost", "--sample", "bury-cyp-2024")
                    : CliTest.run("cost", "--sample", "bury-cyp-2024", "--format", format);
            assertThat(cost.status()).as(format).isZero();
            assertNoNames(cost.out());
        }
    }
}
