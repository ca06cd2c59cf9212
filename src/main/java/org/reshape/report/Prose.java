package org.reshape.report;

/// Where an appendix's text sections are written: headings, paragraphs, notes
/// and tables. [Flow] lays them out on PDF pages; the Word writer puts them in
/// a .docx. Each section is written once, for both.
interface Prose {
    /// A section heading (level 1) or a sub-heading (level 2).
    void heading(String text, int level);

    /// A paragraph, numbered ("2.") when `number` is not empty.
    void paragraph(String number, String text);

    /// A small note under a table: what it rests on, what it leaves out.
    void note(String text);

    void table(Table t);

    /// Where a new page helps the reader (before the cost summary); a flowing document may ignore it.
    void newPage();
}
