package org.reshape.io.organogram;

import java.math.BigDecimal;

/// One usable row of a senior file, cleaned.
///
/// @param key       the Post Unique Reference as written
/// @param reportsTo the manager's reference, or empty for a top post (`XX`, blank)
/// @param holder    the name, or empty when not disclosed
/// @param fteAssumed whether the file's FTE could not be used and 1 was assumed (said in a warning)
/// @param pay       the pay band, or an undisclosed one
record SeniorRow(long line, String key, String holder, boolean vacant, String grade, String title, String function,
                 String organisation, String unit, String reportsTo, BigDecimal fte, boolean fteAssumed, Pay pay, String notes) {
}
