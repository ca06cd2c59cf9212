package org.reshape.report.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/// One element of a document's logical structure — a heading, a paragraph, a
/// list item, a table cell, a figure — as a screen reader reads it. The tags of
/// a document form a tree in reading order, rooted in a [Role#DOCUMENT];
/// [Drawing.Tagged] marks what is drawn for each, possibly on several pages
/// (a paragraph or a table that runs over). Whatever is drawn outside a tag is
/// decoration (rules, fills, the running header and footer) and is written as
/// an artifact. A tree is built once, while a document is laid out, and only
/// read after that.
public final class Tag {

    /// The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4) that a report uses.
    public enum Role {
        DOCUMENT("Document"), H1("H1"), H2("H2"), P("P"), L("L"), LI("LI"), LBL("Lbl"), LBODY("LBody"),
        TABLE("Table"), TR("TR"), TH("TH"), TD("TD"), FIGURE("Figure");

        private final String pdfName;

        Role(String pdfName) {
            this.pdfName = pdfName;
        }

        /// The structure type's name in PDF: "H1", "LBody".
        public String pdfName() {
            return pdfName;
        }
    }

    /// Which cells a table header cell heads.
    public enum Scope { COLUMN, ROW }

    private final Role role;
    private final String alt;
    private final Scope scope;
    private final String bookmark;
    private final int outlineLevel;
    private final List<Tag> kids = new ArrayList<>();
    private boolean numbered;

    private Tag(Role role, String alt, Scope scope, String bookmark, int outlineLevel) {
        this.role = role;
        this.alt = alt;
        this.scope = scope;
        this.bookmark = bookmark;
        this.outlineLevel = outlineLevel;
    }

    /// The root of a new document's structure.
    public static Tag document() {
        return new Tag(Role.DOCUMENT, null, null, null, 0);
    }

    /// A new last child of this element.
    public Tag add(Role role) {
        if (role == Role.DOCUMENT || role == Role.FIGURE || role == Role.TH) {
            throw new IllegalArgumentException(role + " has its own method");
        }
        return child(new Tag(role, null, null, null, 0));
    }

    /// A heading (H1 or H2) that is also a bookmark at `outlineLevel` (1 = top), or at none when 0.
    public Tag heading(Role role, String text, int outlineLevel) {
        if (role != Role.H1 && role != Role.H2) {
            throw new IllegalArgumentException("not a heading: " + role);
        }
        return child(new Tag(role, null, null, outlineLevel > 0 ? text : null, outlineLevel));
    }

    /// A figure: its alternative text is what a screen reader says instead of its drawing.
    ///
    /// @param bookmark a top-level bookmark to it, or null
    public Tag figure(String alt, String bookmark) {
        if (alt == null || alt.isBlank()) {
            throw new IllegalArgumentException("a figure needs alternative text");
        }
        return child(new Tag(Role.FIGURE, alt, null, bookmark, bookmark == null ? 0 : 1));
    }

    /// A list whose items are labelled 1., 2., 3. …
    public Tag numberedList() {
        Tag l = add(Role.L);
        l.numbered = true;
        return l;
    }

    /// Whether this is a list numbered 1., 2., 3. …
    public boolean numbered() {
        return numbered;
    }

    /// A table header cell.
    public Tag header(Scope scope) {
        return child(new Tag(Role.TH, null, scope, null, 0));
    }

    private Tag child(Tag t) {
        kids.add(t);
        return t;
    }

    public Role role() {
        return role;
    }

    /// The alternative text of a figure, else null.
    public String alt() {
        return alt;
    }

    /// The scope of a header cell, else null.
    public Scope scope() {
        return scope;
    }

    /// The bookmark's title, or null when this element has none.
    public String bookmark() {
        return bookmark;
    }

    /// 1 for a top-level bookmark, 2 for one under the top-level bookmark before it, 0 for none.
    public int outlineLevel() {
        return outlineLevel;
    }

    /// The children, in reading order.
    public List<Tag> kids() {
        return Collections.unmodifiableList(kids);
    }

    @Override
    public String toString() {
        return role.pdfName() + (bookmark == null ? "" : " \"" + bookmark + "\"");
    }
}
