package org.reshape.report.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.reshape.report.page.Tag;

/// The logical structure of a tagged PDF: one structure element per [Tag], in
/// the tags' reading order; the marked content of each page linked to its
/// element both ways (marked-content references, and the parent tree that
/// takes a page's MCID back to its element); and the bookmarks, from the tags
/// that have one, pointing where each is first drawn.
final class StructureWriter {
    private final Tag document;
    private final Map<Tag, PDStructureElement> elements = new HashMap<>();
    private final Map<Tag, Destination> firstDrawn = new HashMap<>();
    private final Map<Integer, COSObjectable> parentTree = new HashMap<>();
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private COSArray pageParents;

    private record Destination(PDPage page, float top) {
    }

    StructureWriter(PDDocument pdf, Tag document) {
        this.document = document;
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(mark);
        add(document, root);
    }

    private void add(Tag tag, PDStructureNode parent) {
        PDStructureElement e = new PDStructureElement(tag.role().pdfName(), parent);
        parent.appendKid(e);
        elements.put(tag, e);
        switch (tag.role()) {
            case FIGURE -> e.setAlternateDescription(tag.alt());
            case TH -> {
                PDTableAttributeObject a = new PDTableAttributeObject();
                a.setScope(tag.scope() == Tag.Scope.ROW ? PDTableAttributeObject.SCOPE_ROW : PDTableAttributeObject.SCOPE_COLUMN);
                e.addAttribute(a);
            }
            case L -> {
                PDListAttributeObject a = new PDListAttributeObject();
                a.setListNumbering(tag.numbered() ? PDListAttributeObject.LIST_NUMBERING_DECIMAL : PDListAttributeObject.LIST_NUMBERING_NONE);
                e.addAttribute(a);
            }
            default -> {
            }
        }
        for (Tag kid : tag.kids()) {
            add(kid, e);
        }
    }

    /// Starts the marked content of page number `index` (from 0).
    void startPage(PDPage page, int index) {
        page.setStructParents(index);
        pageParents = new COSArray();
        parentTree.put(index, pageParents);
    }

    /// A new marked-content sequence of `tag` on `page`: its MCID, already linked to the tag's element.
    int mark(Tag tag, PDPage page, float top) {
        PDStructureElement e = elements.get(tag);
        if (e == null) {
            throw new IllegalStateException(tag + " is drawn but not in the document's structure");
        }
        int mcid = pageParents.size();
        PDMarkedContentReference ref = new PDMarkedContentReference();
        ref.setMCID(mcid);
        ref.setPage(page);
        e.appendKid(ref);
        pageParents.add(e);
        firstDrawn.putIfAbsent(tag, new Destination(page, top));
        return mcid;
    }

    /// Writes the parent tree and the bookmarks; call once every page is drawn.
    void finish(PDDocument pdf) {
        PDNumberTreeNode tree = new PDNumberTreeNode(COSObjectable.class);
        tree.setNumbers(parentTree);
        root.setParentTree(tree);
        root.setParentTreeNextKey(parentTree.size());
        PDDocumentOutline outline = new PDDocumentOutline();
        List<Tag> marked = new ArrayList<>();
        collect(document, marked);
        PDOutlineItem top = null;
        for (Tag t : marked) {
            Destination d = firstDrawn.get(t);
            if (d == null) {
                continue;
            }
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(t.bookmark());
            PDPageXYZDestination dest = new PDPageXYZDestination();
            dest.setPage(d.page());
            dest.setTop(Math.round(d.top()));
            dest.setLeft(0);
            item.setDestination(dest);
            if (t.outlineLevel() > 1 && top != null) {
                top.addLast(item);
            } else {
                outline.addLast(item);
                top = item;
            }
        }
        if (outline.hasChildren()) {
            outline.openNode();
            pdf.getDocumentCatalog().setDocumentOutline(outline);
            pdf.getDocumentCatalog().setPageMode(org.apache.pdfbox.pdmodel.PageMode.USE_OUTLINES);
        }
    }

    private static void collect(Tag t, List<Tag> out) {
        if (t.bookmark() != null) {
            out.add(t);
        }
        t.kids().forEach(k -> collect(k, out));
    }
}
