package org.reshape.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.domain.Model;
import org.reshape.io.Samples;

/// A database a user already has keeps opening after a library upgrade. H2 does not
/// promise that a file written by one x.y series opens in another, so the tests keep a
/// Reshape database written by the H2 version Reshape shipped before (2.3.232: the Bury
/// sample, saved and then compacted) and open it with today's.
class H2FileFormatTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseWrittenByH2_2_3_232_opens_withTheBurySampleInIt() throws Exception {
        Path db = dir.resolve("reshape.mv.db");
        try (InputStream in = H2FileFormatTest.class.getResourceAsStream("h2-2.3.232/reshape.mv.db")) {
            Files.copy(in, db);
        }
        assertThat(new String(Files.readAllBytes(db), 0, 120, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("format:3");
        Model bury = Samples.load("bury-cyp-2024");
        try (ModelStore store = ModelStore.open(dir.resolve("reshape"))) {
            Model stored = store.loadModel(bury.id()).orElseThrow();
            // the file predates schema V5 and the sample's §5.1.3 acting-up (issue 11): its Head of Service
            // (Early Help) opens with no acting-up, the columns' defaults; every other value is as the sample's
            var heh = stored.scenario("proposed").orElseThrow().post("HEH");
            assertThat(heh.pay().isActingUp()).isFalse();
            var proposed = stored.scenario("proposed").orElseThrow().with(bury.scenario("proposed").orElseThrow().post("HEH"));
            assertThat(stored.withScenario(proposed)).isEqualTo(bury);
            // and it can be written to: an edit saved and read back
            var current = bury.baseline();
            var post = current.posts().iterator().next();
            store.savePost(bury.id(), current.id(), post.withTitle("Renamed after the upgrade"));
            assertThat(store.loadModel(bury.id()).orElseThrow().baseline().post(post.key()).title()).isEqualTo("Renamed after the upgrade");
        }
    }
}
