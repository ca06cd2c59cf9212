package org.reshape.io.organogram;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/// One organogram snapshot read and cleaned, before it becomes a scenario.
///
/// @param dropped references of senior rows left out because of errors, with their line
record Snapshot(String seniorFile, String juniorFile, String organisation, LocalDate date, List<SeniorRow> seniors,
                List<JuniorRow> juniors, Map<String, Long> dropped) {

    int rows() {
        return seniors.size() + juniors.size();
    }
}
