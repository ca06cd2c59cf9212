package org.reshape.io.organogram;

import java.math.BigDecimal;

/// One usable row of a junior file, cleaned: a block of junior posts under a senior post.
///
/// @param parent the Reporting Senior Post as written (empty when the row has none)
record JuniorRow(long line, String parent, String grade, String title, String organisation, String unit,
                 BigDecimal fte, boolean fteAssumed, Pay pay) {
}
