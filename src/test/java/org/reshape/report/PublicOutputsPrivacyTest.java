package org.reshape.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.reshape.domain.Model;
import org.reshape.domain.Person;
import org.reshape.domain.Scenario;
import org.reshape.io.Samples;
import org.reshape.io.establishment.EstablishmentExport;
import org.reshape.io.organogram.OrganogramExport;

/// Reads every public output of the Bury sample back as text and looks for the
/// sample's (fictional) people in it: no name, date of birth or salary of a
/// named person may be there. The full appendix, which is not for publication,
/// does name them, which shows the search would find them.
class PublicOutputsPrivacyTest {
    private static final Model BURY = Samples.load("bury-cyp-2024");

    /// What may not be published, as it would be printed: names, dates of birth both ways, salaries.
    static List<String> personalData(Model m) {
        List<String> out = new ArrayList<>();
        for (Person p : m.workforce().people()) {
            out.add(p.name());
            if (p.dateOfBirth() != null) {
                out.add(p.dateOfBirth().toString());
                out.add(p.dateOfBirth().format(DateTimeFormatter.ofPattern("d/M/yyyy")));
                out.add(p.dateOfBirth().format(DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK)));
            }
            if (p.salary() != null) {
                out.add(p.salary().formatPounds());
            }
        }
        // Surnames alone, too: a card cut short may keep only part of a name.
        for (String surname : new String[] {"Sampleton", "Exampleby", "Testwick", "Mockley", "Dummigan", "Placeholm",
                "Fictionby", "Madeupson"}) {
            out.add(surname);
        }
        return out;
    }

    static List<String> found(String text, Model m) {
        return personalData(m).stream().filter(text::contains).distinct().toList();
    }

    @Test
    void thePublicAppendices_carryNoPersonalData() throws Exception {
        Map<String, String> texts = new TreeMap<>();
        for (Scenario s : BURY.scenarios()) {
            AppendixOptions o = AppendixOptions.defaults(BURY, s).withPublicVersion(true);
            texts.put(s.name(), Pdfs.of(BURY, s, o).text());
        }
        assertThat(texts.get("Proposed structure")).contains("23 individuals");
        texts.forEach((name, text) -> assertThat(found(text, BURY)).as("public appendix of %s", name).isEmpty());
    }

    @Test
    void theFullAppendix_namesThem_soTheSearchWorks() throws Exception {
        Scenario proposed = BURY.scenario("proposed").orElseThrow();
        String text = Pdfs.of(BURY, proposed, AppendixOptions.defaults(BURY, proposed).withPublicVersion(false)).text();
        assertThat(found(text, BURY)).contains("Sampleton");
        assertThat(text).contains("Oli Fictionby, Pia Madeupson");
    }

    @Test
    void theEstablishmentAndOrganogramExports_carryNoPersonalData() {
        for (Scenario s : BURY.scenarios()) {
            assertThat(found(EstablishmentExport.write(BURY, s), BURY)).as("establishment export of %s", s.name()).isEmpty();
            OrganogramExport.Texts org = OrganogramExport.write(BURY, s);
            assertThat(found(org.senior() + org.junior(), BURY)).as("organogram export of %s", s.name()).isEmpty();
        }
    }
}
