package org.reshape.io.organogram;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reshape.io.imports.ImportSource;

/// One organogram snapshot: the senior file and the junior file that data.gov.uk
/// publishes together, e.g. `hse-2013-09-30-senior.csv` and `hse-2013-09-30-junior.csv`.
/// Some bodies publish a senior file alone; then `junior` is null and only senior posts are imported.
public record OrganogramFiles(ImportSource senior, ImportSource junior) {
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    public OrganogramFiles {
        if (senior == null) {
            throw new IllegalArgumentException("an organogram needs its senior file");
        }
    }

    /// @param junior the junior file, or null for a senior file published alone
    public static OrganogramFiles of(Path senior, Path junior) {
        return new OrganogramFiles(ImportSource.of(senior), junior == null ? null : ImportSource.of(junior));
    }

    public boolean hasJunior() {
        return junior != null;
    }

    /// The date the snapshot describes, from the file names (publishers name them by date).
    public Optional<LocalDate> date() {
        return dateIn(senior.name()).or(() -> junior == null ? Optional.empty() : dateIn(junior.name()));
    }

    private static Optional<LocalDate> dateIn(String name) {
        Matcher m = DATE.matcher(name);
        while (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                // not a date after all; look further along the name
            }
        }
        return Optional.empty();
    }
}
