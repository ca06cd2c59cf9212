package org.reshape.io.csv;

import java.util.List;

/// One record of a CSV file: its cells and the line it starts on (a quoted cell
/// may span lines, so the next record can start several lines later).
public record CsvRecord(long line, List<String> cells) {

    public CsvRecord {
        cells = List.copyOf(cells);
    }

    /// The cell at `index`, or "" where the record is shorter.
    public String get(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    public int size() {
        return cells.size();
    }

    /// A record with nothing in any cell: an empty line, or `,,,`.
    public boolean isBlank() {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
