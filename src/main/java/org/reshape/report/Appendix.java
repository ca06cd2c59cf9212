package org.reshape.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reshape.card.Badge;
import org.reshape.change.ChangeClassifier;
import org.reshape.change.ChangeList;
import org.reshape.change.PostChange;
import org.reshape.costing.Comparison;
import org.reshape.costing.Costing;
import org.reshape.costing.Percent;
import org.reshape.domain.Model;
import org.reshape.domain.SalaryBasis;
import org.reshape.domain.Scenario;
import org.reshape.files.PrivateFiles;
import org.reshape.report.page.Drawing;
import org.reshape.report.page.Page;
import org.reshape.report.page.PagedDocument;
import org.reshape.report.page.Tag;
import org.reshape.report.pdf.PdfWriter;

/// An appendix to a Cabinet report: "Appendix 2 – Proposed Structure".
///
/// The org chart comes first (landscape; one page, or split by [ChartPlanner]
/// with "continued on page N" markers); then, on portrait pages, for a proposal
/// the schedule of changes, the cost summary with its bridge and who is
/// affected, or for a baseline the establishment's cost; then a glossary of
/// the abbreviations the document uses. [#layout] makes a toolkit-free
/// [PagedDocument] that a print preview can draw too; [#writePdf] writes it.
public final class Appendix {
    private Appendix() {
    }

    /// Lays the appendix out into pages.
    ///
    /// @throws IllegalArgumentException when `scenario` is not in `model`, or a
    ///         public version is asked for on the holders' actual pay
    public static PagedDocument layout(Model model, Scenario scenario, AppendixOptions o) {
        Parts parts = Parts.of(model, scenario, o);
        Costing costing = parts.costing();
        Scenario base = parts.base();
        ChangeList changes = parts.changes();
        Map<String, List<Badge>> badges = new HashMap<>();
        if (changes != null) {
            for (PostChange c : changes.changes()) {
                if (c.after() != null) {
                    badges.put(c.key(), Badge.of(c));
                }
            }
        }
        PayText pay = new PayText(o.publicVersion());
        ChartModel chart = ChartModel.of(model, scenario, costing.payTable(), badges, pay, !o.publicVersion());
        Tag document = Tag.document();
        List<List<Drawing>> chartPages = ChartPages.build(model, scenario, chart, o, document);

        Flow flow = new Flow(document);
        ChartText.write(flow, model, scenario, chart);
        flow.newPage();
        sections(flow, model, base, scenario, changes, costing, o);
        Chrome chrome = new Chrome(who(model), o.title(), o.classification() + " · " + o.versionText(), o.paper());
        StringBuilder text = new StringBuilder(chrome.words());
        for (List<Drawing> body : chartPages) {
            words(body, text);
        }
        for (List<Drawing> body : flow.pages()) {
            words(body, text);
        }
        GlossarySection.write(flow, GlossarySection.used(model.glossary(), text.toString()));

        int total = chartPages.size() + flow.pages().size();
        List<Page> pages = new ArrayList<>(total);
        for (List<Drawing> body : chartPages) {
            pages.add(chrome.page(true, body, pages.size() + 1, total, !pages.isEmpty()));
        }
        for (List<Drawing> body : flow.pages()) {
            pages.add(chrome.page(false, body, pages.size() + 1, total, true));
        }
        return new PagedDocument(info(model, scenario, o), document, pages);
    }

    /// The PDF's properties: the title shown in the reader's title bar, the organisation as its author.
    static PagedDocument.Info info(Model model, Scenario scenario, AppendixOptions o) {
        String author = model.organisation().isBlank() ? model.name() : model.organisation();
        String subject = who(model) + ": " + scenario.name() + " – organisation chart, "
                + (scenario.isProposal() ? "schedule of changes, cost of the proposals and individuals affected" : "establishment and cost")
                + " (" + (o.publicVersion() ? "public version" : "full version") + ")";
        List<String> keywords = new ArrayList<>(List.of("organisation chart", "staffing structure",
                scenario.isProposal() ? "restructure" : "establishment"));
        if (!model.directorate().isBlank()) {
            keywords.add(model.directorate());
        }
        keywords.add(scenario.name());
        return new PagedDocument.Info(o.title(), author, subject, keywords, o.classification(), o.date(), "en-GB");
    }

    /// The checks every form of the appendix passes first.
    ///
    /// @throws IllegalArgumentException when `scenario` is not in `model`, or a
    ///         public version is asked for on the holders' actual pay
    static void check(Model model, Scenario scenario, AppendixOptions o) {
        if (model.scenario(scenario.id()).isEmpty()) {
            throw new IllegalArgumentException("scenario '" + scenario.name() + "' is not in model '" + model.name() + "'");
        }
        if (o.publicVersion() && o.costSettings().basis() == SalaryBasis.ACTUAL) {
            // its totals would be sums of individuals' actual pay; on a grade basis they are public pay scales
            throw new IllegalArgumentException("a public version is not costed on actual points, which are individuals' pay; "
                    + "cost it at the bottom, midpoint or top of grade");
        }
    }

    /// The text sections after the chart, the same in the PDF and in Word: for a
    /// proposal the schedule of changes, the cost summary and who is affected; for
    /// a baseline the establishment's cost.
    ///
    /// @param base    the proposal's base, or null for a baseline
    /// @param changes the classified changes, or null for a baseline
    static void sections(Prose out, Model model, Scenario base, Scenario scenario, ChangeList changes, Costing costing, AppendixOptions o) {
        if (changes != null) {
            schedule(out, model, base, scenario, changes);
            out.newPage();
            Comparison cmp = costing.compare(base, scenario);
            CostSection.proposal(out, cmp, costing.comparePartYear(base, scenario), o.publicVersion());
            PeopleSection.write(out, model, changes, !o.publicVersion());
        } else {
            CostSection.baseline(out, costing.cost(scenario), "Establishment costs on each post's grade, not actual pay: "
                    + Percent.describe(o.costSettings()) + "; full year " + o.costSettings().year() + ".");
        }
    }

    /// What every form of an appendix is made from.
    ///
    /// @param base    the proposal's base, or null for a baseline
    /// @param changes the classified changes, or null for a baseline
    record Parts(Costing costing, Scenario base, ChangeList changes) {
        static Parts of(Model model, Scenario scenario, AppendixOptions o) {
            check(model, scenario, o);
            Costing costing = new Costing(model, o.costSettings());
            Scenario base = model.baseOf(scenario).orElse(null);
            return new Parts(costing, base, base == null ? null : ChangeClassifier.classify(model, base, scenario, costing.payTable()));
        }
    }

    /// Writes the appendix's text — the schedule of changes, the cost tables, who
    /// is affected and the glossary, without the chart — as a Word document for a
    /// report author to paste into the council's template.
    public static void writeDocx(Model model, Scenario scenario, AppendixOptions o, OutputStream out) throws IOException {
        Parts parts = Parts.of(model, scenario, o);
        DocxProse w = new DocxProse(info(model, scenario, o));
        w.title(o.title(), who(model), what(scenario), "Classification: " + o.classification() + " · " + Words.date(o.date())
                + " · " + o.versionText());
        sections(w, model, parts.base(), scenario, parts.changes(), parts.costing(), o);
        GlossarySection.write(w, GlossarySection.used(model.glossary(), w.words()));
        w.write(out);
    }

    /// Writes the Word document as a file, all or nothing.
    public static void writeDocx(Model model, Scenario scenario, AppendixOptions o, Path target) throws IOException {
        Parts.of(model, scenario, o);
        PrivateFiles.write(target, out -> writeDocx(model, scenario, o, out));
    }

    /// "Proposed structure, to take effect from 1 April 2024".
    static String what(Scenario s) {
        return s.name() + (s.isProposal() && s.implementationDate() != null ? ", to take effect from " + Words.date(s.implementationDate()) : "");
    }

    /// Writes the appendix as a PDF to `out`.
    public static void writePdf(Model model, Scenario scenario, AppendixOptions o, OutputStream out) throws IOException {
        PdfWriter.write(layout(model, scenario, o), out);
    }

    /// Writes the appendix as a PDF file, all or nothing: it is written to a
    /// temporary file beside `target` and moved into place, so a failure never
    /// leaves half a file (nor spoils a file that was there before).
    public static void writePdf(Model model, Scenario scenario, AppendixOptions o, Path target) throws IOException {
        writePdf(layout(model, scenario, o), target);
    }

    /// Writes a laid-out document as a PDF file, all or nothing (see above).
    public static void writePdf(PagedDocument doc, Path target) throws IOException {
        PrivateFiles.write(target, out -> PdfWriter.write(doc, out));
    }

    private static void schedule(Prose flow, Model model, Scenario base, Scenario proposal, ChangeList changes) {
        flow.heading("Schedule of changes", 1);
        List<ScheduleWriter.Section> sections = new ScheduleWriter(model, base, proposal).write(changes);
        if (sections.isEmpty()) {
            flow.paragraph("", "The proposed structure makes no change to the " + base.name().toLowerCase(java.util.Locale.UK) + ".");
        }
        int n = 1;
        for (ScheduleWriter.Section s : sections) {
            flow.heading(s.heading(), 2);
            for (String p : s.paragraphs()) {
                flow.paragraph(n++ + ".", p);
            }
        }
    }

    static String who(Model model) {
        if (model.organisation().isBlank()) {
            return model.name();
        }
        return model.organisation() + (model.directorate().isBlank() ? "" : " – " + model.directorate());
    }

    private static void words(List<Drawing> body, StringBuilder text) {
        for (Drawing.Text t : new Page(1, 1, 1, body).texts()) {
            text.append(' ').append(t.text());
        }
    }
}
