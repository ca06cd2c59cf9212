package org.reshape.io.organogram;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/// The real data.gov.uk files in `shared/data/organograms`, which CI clones beside the repository.
public final class RealOrganograms {
    /// Beside the project (`/work/main`), or two levels up from a helper's worktree (`/work/wt/name`).
    public static final Path DIR = java.util.stream.Stream.of("../shared/data/organograms", "../../shared/data/organograms").map(Path::of)
            .filter(Files::isDirectory).findFirst().orElse(Path.of("../shared/data/organograms"));
    static final String DFID_2013 = "department_for_international_development-2013-09-30";
    static final String DFID_2014 = "department_for_international_development-2014-03-31";

    private RealOrganograms() {
    }

    static void assumePresent() {
        assumeTrue(Files.isDirectory(DIR), "the shared organogram files are not beside the project");
    }

    static OrganogramFiles files(String snapshot) {
        return OrganogramFiles.of(DIR.resolve(snapshot + "-senior.csv"), DIR.resolve(snapshot + "-junior.csv"));
    }

    /// Every snapshot in the folder, by the name before "-senior.csv".
    static List<String> snapshots() throws IOException {
        if (!Files.isDirectory(DIR)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("-senior.csv"))
                    .map(n -> n.substring(0, n.length() - "-senior.csv".length())).sorted().toList();
        }
    }
}
