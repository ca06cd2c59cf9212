package org.reshape.io.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.reshape.io.json.ModelFiles;

/// The shipped sample file is exactly [BurySample] written out. After changing
/// BurySample, rewrite the file with
/// `./mvnw -o test -Dtest=BurySampleFileTest -Dreshape.writeSamples=true` and commit both.
class BurySampleFileTest {
    private static final Path FILE = Path.of("src/main/resources/org/reshape/samples/bury-cyp-2024.reshape.json");

    @Test
    void shippedFile_isTheBuiltSampleWrittenOut() throws IOException {
        String built = ModelFiles.toJson(BurySample.build());
        if (Boolean.getBoolean("reshape.writeSamples")) {
            ModelFiles.write(BurySample.build(), FILE);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as("%s is out of date: rewrite it with -Dreshape.writeSamples=true (see this test's comment)", FILE)
                .isEqualTo(built);
    }
}
