package org.reshape.report.page;

import java.time.LocalDate;
import java.util.List;

/// A document laid out into pages, ready for the PDF writer or a printer.
///
/// @param info      what the document says about itself (PDF properties)
/// @param structure its logical structure in reading order, a [Tag.Role#DOCUMENT]
public record PagedDocument(Info info, Tag structure, List<Page> pages) {
    public PagedDocument {
        pages = List.copyOf(pages);
        if (structure == null || structure.role() != Tag.Role.DOCUMENT) {
            throw new IllegalArgumentException("a document's structure starts with a Document element");
        }
    }

    /// The document's properties, as a PDF reader shows them (File ▸ Properties).
    ///
    /// @param title          shown in the reader's title bar: "Appendix 2 – Proposed Structure"
    /// @param author         the organisation that publishes it
    /// @param subject        what it is about
    /// @param keywords       search words
    /// @param classification the report's classification: "Open"
    /// @param date           the date the report carries
    /// @param language       the language of its text, as a BCP 47 tag: "en-GB"
    public record Info(String title, String author, String subject, List<String> keywords, String classification,
                       LocalDate date, String language) {
        public Info {
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("a document needs a title");
            }
            keywords = List.copyOf(keywords);
            language = language == null || language.isBlank() ? "en-GB" : language;
        }
    }

    public String title() {
        return info.title();
    }

    public String subject() {
        return info.subject();
    }
}
