package org.reshape.report.page;

import java.util.List;

/// A document laid out into pages, ready for the PDF writer or a printer.
///
/// @param title   the document's title (PDF metadata)
/// @param subject what it is about (PDF metadata)
public record PagedDocument(String title, String subject, List<Page> pages) {
    public PagedDocument {
        pages = List.copyOf(pages);
    }
}
