package org.reshape.io.imports;

import java.util.List;
import org.reshape.io.csv.CsvRecord;

/// A file read as a header and rows, before any meaning is given to them.
///
/// @param file     the file's name, for problems
/// @param rows     the non-blank records after the header, in file order
/// @param rejected records that could not be split into the header's columns
///                 (already reported as errors); kept so that the posts under them
///                 can say why their manager is missing
public record Table(String file, Headers headers, long headerLine, List<CsvRecord> rows, List<CsvRecord> rejected) {
    public Table {
        rows = List.copyOf(rows);
        rejected = List.copyOf(rejected);
    }
}
