package org.reshape.report;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.reshape.costing.Costing;
import org.reshape.costing.PostCost;
import org.reshape.costing.ScenarioCost;
import org.reshape.csv.CsvWriter;
import org.reshape.csv.OrganogramColumns;
import org.reshape.domain.Contract;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.Occupancy;
import org.reshape.domain.PayTable;
import org.reshape.domain.Person;
import org.reshape.domain.Post;
import org.reshape.domain.SalaryBasis;
import org.reshape.domain.Scenario;
import org.reshape.files.PrivateFiles;
import org.reshape.report.page.Page;
import org.reshape.report.page.PagedDocument;
import org.reshape.report.page.Tag;

/// What the Local Government Transparency Code 2015 asks a council to publish
/// about its structure, for one scenario:
///
/// - the **organisation chart** of the top three tiers (paragraph 42): for each
///   post its grade, job title, directorate and service, whether it is held
///   permanently or temporarily, a contact, its salary in £5,000 brackets and
///   its grade's salary ceiling;
/// - the **senior salaries** list (paragraph 43): every post paid £50,000 or
///   more, with its job title, responsibilities, the staff under it and its
///   salary in £5,000 brackets, and the holder's name only at £150,000 or more;
///   with the number of posts in each £5,000 bracket.
///
/// Salary is the holder's full-time salary where the model has it (their
/// salary, or their spinal point), published as its £5,000 bracket; otherwise
/// the grade's range, from the bracket of its minimum to that of its maximum. A
/// name is published only where the pay is certainly £150,000 or more; below
/// that the name cell says `N/D` (not disclosed), as the published organograms
/// do, and a vacant post says `Vacant`. See `docs/decisions/0020-transparency-code.md`.
///
/// The organisation chart CSV has the columns of the data.gov.uk senior
/// organogram file ([OrganogramColumns#SENIOR]), so tools that read those read
/// it, followed by the three the Code adds: tier, permanent or temporary, and
/// the grade's salary ceiling.
public final class Transparency {
    /// How many tiers from the top the organisation chart covers.
    public static final int TIERS = 3;
    /// Posts paid this or more are in the senior salaries list.
    public static final Money SENIOR_FROM = Money.ofPounds(50_000);
    /// Holders paid this or more are named.
    public static final Money NAMED_FROM = Money.ofPounds(150_000);
    /// The columns the Code adds to the organogram's.
    public static final List<String> CHART_EXTRA = List.of("Tier", "Permanent or Temporary", "Salary Ceiling for Grade (£)");
    public static final List<String> SENIOR_COLUMNS = List.of("Post Unique Reference", "Name", "Job Title", "Responsibilities",
            "Directorate", "Unit", "Grade (or equivalent)", "Salary Floor (£)", "Salary Ceiling (£)", "Staff Managed (FTE)",
            "Permanent or Temporary", "Notes");
    /// The names of the three files [#write(Path)] writes.
    public static final String CHART_FILE = "organisation-chart.csv";
    public static final String SENIOR_FILE = "senior-salaries.csv";
    public static final String PDF_FILE = "transparency.pdf";
    /// The name cell of a post whose holder is not named.
    static final String NOT_DISCLOSED = "N/D";

    /// The contact published beside every post: a team's e-mail or phone, never a person's own.
    public record Contact(String phone, String email) {
        public static final Contact NONE = new Contact("", "");

        public Contact {
            phone = phone == null ? "" : phone.strip();
            email = email == null ? "" : email.strip();
        }

        /// An e-mail address (it has an `@`) or a phone number.
        public static Contact parse(String text) {
            String t = text == null ? "" : text.strip();
            return t.contains("@") ? new Contact("", t) : new Contact(t, "");
        }

        public boolean isEmpty() {
            return phone.isEmpty() && email.isEmpty();
        }

        String text() {
            return isEmpty() ? "" : String.join(", ", java.util.stream.Stream.of(email, phone).filter(s -> !s.isEmpty()).toList());
        }
    }

    /// A post's pay as published, in whole pounds.
    ///
    /// @param lowest  the least it can be: the holder's salary, or the grade's minimum
    /// @param highest the most it can be: the holder's salary, or the grade's maximum
    /// @param actual  whether it is the holder's salary rather than the grade's range
    public record Pay(Money lowest, Money highest, boolean actual) {
        /// The bottom of the lowest £5,000 bracket: 95000.
        public long floor() {
            return PayText.bandFloor(lowest);
        }

        /// The top of the highest £5,000 bracket: 99999.
        public long ceiling() {
            return PayText.bandFloor(highest) + PayText.BAND_POUNDS - 1;
        }

        /// "£95,000 – £99,999".
        public String text() {
            return Money.ofPounds(floor()).formatPounds() + " – " + Money.ofPounds(ceiling()).formatPounds();
        }
    }

    /// One post as the Code publishes it.
    ///
    /// @param tier        1 for the top post, 2 for its reports, …
    /// @param name        the holder's name at £150,000 or more; otherwise `N/D`, or `Vacant`
    /// @param pay         or null when the post's grade has no pay
    /// @param gradeMax    the grade's maximum, or null
    /// @param reportsCost the salary cost of the posts under it that the chart leaves out (the organogram's
    ///                    "Salary Cost of Reports"), costed on grades
    /// @param staffFte    the FTE of every post under it
    public record Entry(Post post, int tier, String name, String grade, String unit, String managerTitle, String tenure,
                        Pay pay, Money gradeMax, Money reportsCost, BigDecimal staffFte) {
        /// What the published figures rest on.
        String note() {
            if (post.occupancy() == Occupancy.VACANT) {
                return pay == null ? "Vacant" : "Vacant: the grade's range";
            }
            return pay == null ? "Pay not known: the grade has no pay range" : pay.actual() ? "" : "The grade's range: the holder's salary is not recorded";
        }
    }

    private final Model model;
    private final Scenario scenario;
    private final Contact contact;
    private final LocalDate date;
    private final List<Entry> all;

    private Transparency(Model model, Scenario scenario, Contact contact, LocalDate date, List<Entry> all) {
        this.model = model;
        this.scenario = scenario;
        this.contact = contact;
        this.date = date;
        this.all = all;
    }

    /// The Code's data for `scenario`, as at `date`.
    ///
    /// @throws IllegalArgumentException when `scenario` is not in `model`
    public static Transparency of(Model model, Scenario scenario, Contact contact, LocalDate date) {
        if (model.scenario(scenario.id()).isEmpty()) {
            throw new IllegalArgumentException("scenario '" + scenario.name() + "' is not in model '" + model.name() + "'");
        }
        CostSettings settings = AppendixOptions.defaults(model, scenario).costSettings();
        // the salary cost of reports is a sum of grades, never of individuals' pay
        Costing costing = new Costing(model, settings.basis() == SalaryBasis.ACTUAL ? settings.withBasis(SalaryBasis.TOP) : settings);
        ScenarioCost cost = costing.cost(scenario);
        PayTable payTable = costing.payTable();
        Map<String, Integer> tiers = tiers(scenario);
        Map<String, Money> reportsCost = new HashMap<>();
        Map<String, BigDecimal> staff = new HashMap<>();
        for (Post p : scenario.posts()) {
            PostCost c = cost.post(p.key());
            Money salary = c == null ? Money.ZERO : c.salary();
            String chartManager = null;
            Set<String> seen = new HashSet<>();
            for (String m = p.managerKey(); !m.isEmpty() && scenario.contains(m) && seen.add(m); m = scenario.post(m).managerKey()) {
                staff.merge(m, p.fte(), BigDecimal::add);
                if (chartManager == null && inChart(tiers, m) && !inChart(tiers, p.key())) {
                    chartManager = m;
                }
            }
            if (chartManager != null) {
                reportsCost.merge(chartManager, salary, Money::plus);
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (Post p : TreeOrder.depthFirst(scenario)) {
            Optional<PayTable.Range> range = payTable.range(p.gradeId());
            Pay pay = pay(model, scenario, p, range.orElse(null));
            List<Person> holders = p.occupancy() == Occupancy.VACANT ? List.of() : model.workforce().holdersIn(scenario, p.key());
            String manager = p.managerKey().isEmpty() || !scenario.contains(p.managerKey()) ? "" : scenario.post(p.managerKey()).title();
            entries.add(new Entry(p, tiers.getOrDefault(p.key(), 0), name(p, holders, pay), model.gradeName(p.gradeId()),
                    p.divisionId().isEmpty() ? "" : model.divisionName(p.divisionId()), manager, tenure(p, holders), pay,
                    range.map(PayTable.Range::max).orElse(null), reportsCost.getOrDefault(p.key(), Money.ZERO),
                    staff.getOrDefault(p.key(), BigDecimal.ZERO)));
        }
        return new Transparency(model, scenario, contact, date, List.copyOf(entries));
    }

    /// The top three tiers, in the order of the reporting lines.
    public List<Entry> chart() {
        return all.stream().filter(e -> e.tier() >= 1 && e.tier() <= TIERS).toList();
    }

    /// Every post paid £50,000 or more, highest first.
    public List<Entry> senior() {
        return all.stream().filter(e -> e.pay() != null && e.pay().highest().compareTo(SENIOR_FROM) >= 0)
                .sorted(Comparator.comparing((Entry e) -> e.pay().ceiling()).reversed().thenComparing(e -> e.pay().floor(),
                        Comparator.reverseOrder()))
                .toList();
    }

    /// How many posts' pay falls in each £5,000 bracket from £50,000 (posts known only by their grade's range counted at
    /// their grade's maximum), highest bracket first.
    public Map<Long, Integer> brackets() {
        Map<Long, Integer> out = new TreeMap<>(Comparator.reverseOrder());
        for (Entry e : senior()) {
            out.merge(PayText.bandFloor(e.pay().highest()), 1, Integer::sum);
        }
        return out;
    }

    public Scenario scenario() {
        return scenario;
    }

    /// The organisation chart as CSV: the senior organogram's columns and the Code's three.
    public String chartCsv() {
        StringWriter out = new StringWriter();
        List<String> header = new ArrayList<>(OrganogramColumns.SENIOR);
        header.addAll(CHART_EXTRA);
        CsvWriter w = new CsvWriter(out).row(header);
        Set<String> keys = new HashSet<>();
        chart().forEach(e -> keys.add(e.post().key()));
        for (Entry e : chart()) {
            Post p = e.post();
            w.row(p.key(), e.name(), e.grade(), p.title(), p.responsibilities().isEmpty() ? p.title() : p.responsibilities(),
                    organisation(), directorate(), e.unit(), contact.phone(), contact.email(),
                    keys.contains(p.managerKey()) ? p.managerKey() : "XX", pounds(e.reportsCost()), p.fte().toPlainString(),
                    e.pay() == null ? "0" : Long.toString(e.pay().floor()), e.pay() == null ? "0" : Long.toString(e.pay().ceiling()),
                    "", e.note(), "1", Integer.toString(e.tier()), e.tenure(), e.gradeMax() == null ? "0" : pounds(e.gradeMax()));
        }
        return out.toString();
    }

    /// The senior salaries list as CSV.
    public String seniorCsv() {
        StringWriter out = new StringWriter();
        CsvWriter w = new CsvWriter(out).row(SENIOR_COLUMNS);
        for (Entry e : senior()) {
            Post p = e.post();
            w.row(p.key(), e.name(), p.title(), p.responsibilities(), directorate(), e.unit(), e.grade(), Long.toString(e.pay().floor()),
                    Long.toString(e.pay().ceiling()), e.staffFte().stripTrailingZeros().toPlainString(), e.tenure(), e.note());
        }
        return out.toString();
    }

    /// The same as a tagged PDF (PDF/UA-1) for the council's website.
    public PagedDocument layout() {
        String title = "Transparency Code 2015 – organisation chart and senior salaries";
        Tag document = Tag.document();
        Flow f = new Flow(document);
        f.heading(title, 1);
        f.paragraph("", who() + ": " + scenario.name() + ", as at " + Words.date(date) + ". Published under the Local Government "
                + "Transparency Code 2015. Salaries are full-time equivalent and given in £5,000 brackets: the holder's salary where it "
                + "is recorded, otherwise the range of the post's grade. Holders are named only where the salary is £150,000 or more; "
                + "N/D means not disclosed.");
        f.paragraph("", contact.isEmpty() ? "Contact: not given." : "Contact for every post: " + contact.text() + ".");

        f.heading("Organisation chart: the top " + TIERS + " tiers", 2);
        Table chart = new Table().right("Tier", 0.55).left("Job title", 2).left("Name", 0.8).left("Grade", 1).left("Service", 1.4)
                .left("Reports to", 1.6).left("Permanent or temporary", 1.35).right("Salary", 1.3).right("Grade ceiling", 1.2);
        for (Entry e : chart()) {
            chart.row(e.tier(), e.post().title(), e.name(), e.grade(), e.unit(), e.managerTitle().isEmpty() ? "–" : e.managerTitle(),
                    e.tenure(), e.pay() == null ? "not known" : e.pay().text(), e.gradeMax() == null ? "not known" : e.gradeMax().formatPounds());
        }
        f.table(chart);

        f.heading("Senior salaries: £50,000 and above", 2);
        List<Entry> senior = senior();
        if (senior.isEmpty()) {
            f.paragraph("", "No post is paid £50,000 or more.");
        } else {
            Table t = new Table().left("Job title", 2.2).left("Name", 1.1).left("Responsibilities", 3).left("Service", 1.5)
                    .right("Staff (FTE)", 0.8).right("Salary", 1.4);
            for (Entry e : senior) {
                t.row(e.post().title(), e.name(), e.post().responsibilities().isEmpty() ? "–" : e.post().responsibilities(), e.unit(),
                        e.staffFte().stripTrailingZeros().toPlainString(), e.pay().text());
            }
            f.table(t);
            f.heading("Posts in each £5,000 bracket", 2);
            Table b = new Table().left("Salary bracket", 2).right("Posts", 1);
            brackets().forEach((floor, n) -> b.row(new Pay(Money.ofPounds(floor), Money.ofPounds(floor), true).text(), n));
            b.total("Total", senior.size());
            f.table(b);
            f.note("A post known only by its grade's range is counted in the bracket of the grade's maximum.");
        }
        Chrome chrome = new Chrome(who(), title, "Open · " + Words.date(date), org.reshape.report.Paper.A4);
        List<Page> pages = new ArrayList<>();
        for (List<org.reshape.report.page.Drawing> body : f.pages()) {
            pages.add(chrome.page(false, body, pages.size() + 1, f.pages().size(), !pages.isEmpty()));
        }
        PagedDocument.Info info = new PagedDocument.Info(title + " – " + scenario.name(), organisation(),
                who() + ": organisation chart of the top three tiers and senior salaries (Local Government Transparency Code 2015)",
                List.of("Transparency Code", "organisation chart", "senior salaries", scenario.name()), "Open", date, "en-GB");
        return new PagedDocument(info, document, pages);
    }

    /// Writes the organisation chart and senior salaries CSVs and the PDF into `folder`, each file whole or not at all.
    ///
    /// @return the files written
    public List<Path> write(Path folder) throws IOException {
        Path chart = folder.resolve(CHART_FILE);
        Path senior = folder.resolve(SENIOR_FILE);
        Path pdf = folder.resolve(PDF_FILE);
        PagedDocument doc = layout();
        PrivateFiles.writeString(chart, chartCsv());
        PrivateFiles.writeString(senior, seniorCsv());
        Appendix.writePdf(doc, pdf);
        return List.of(chart, senior, pdf);
    }

    private String organisation() {
        return model.organisation().isBlank() ? model.name() : model.organisation();
    }

    private String directorate() {
        return model.directorate().isBlank() ? organisation() : model.directorate();
    }

    private String who() {
        return Appendix.who(model);
    }

    /// Each post's tier: 1 for a top post, one more for each line manager above it; assistants (who are not a
    /// layer of management) and posts in a reporting loop get none.
    private static Map<String, Integer> tiers(Scenario s) {
        Map<String, Integer> out = new HashMap<>();
        for (Post p : TreeOrder.breadthFirst(s)) {
            if (p.isAssistant()) {
                continue;
            }
            Integer above = p.managerKey().isEmpty() ? Integer.valueOf(0) : out.get(p.managerKey());
            if (above != null) {
                out.put(p.key(), above + 1);
            }
        }
        return out;
    }

    private static boolean inChart(Map<String, Integer> tiers, String key) {
        Integer t = tiers.get(key);
        return t != null && t <= TIERS;
    }

    /// The holder's full-time salary where the model has it (the highest of a job share's), else the grade's range.
    private static Pay pay(Model model, Scenario s, Post p, PayTable.Range range) {
        if (p.occupancy() != Occupancy.VACANT) {
            Money best = null;
            for (Person h : model.workforce().holdersIn(s, p.key())) {
                Money m = h.salary() != null ? h.salary() : range != null && h.spinalPoint() != null ? range.atPoint(h.spinalPoint()).orElse(null) : null;
                if (m != null && (best == null || m.compareTo(best) > 0)) {
                    best = m;
                }
            }
            if (best == null && range != null && p.actualPoint() != null) {
                best = range.atPoint(p.actualPoint()).orElse(null);
            }
            if (best != null) {
                return new Pay(best, best, true);
            }
        }
        return range == null || range.max().isZero() ? null : new Pay(range.min(), range.max(), false);
    }

    /// The holder's name where the pay is certainly £150,000 or more; `Vacant`; otherwise `N/D`.
    private static String name(Post p, List<Person> holders, Pay pay) {
        if (p.occupancy() == Occupancy.VACANT) {
            return "Vacant";
        }
        String names = holders.isEmpty() ? p.holder()
                : String.join(", ", holders.stream().map(Person::name).filter(n -> !n.isEmpty()).toList());
        if (names.isBlank() || pay == null || pay.lowest().compareTo(NAMED_FROM) < 0) {
            return NOT_DISCLOSED;
        }
        return names;
    }

    /// "Permanent", "Temporary (fixed-term to 31 March 2025)", "Temporary (interim)" or "Vacant".
    private static String tenure(Post p, List<Person> holders) {
        if (p.occupancy() == Occupancy.VACANT) {
            return "Vacant";
        }
        for (Person h : holders) {
            if (h.contract() != Contract.PERMANENT) {
                return "Temporary (" + h.contract().label().toLowerCase(Locale.UK) + ")";
            }
        }
        if (p.fixedTermEnd() != null) {
            return "Temporary (fixed-term to " + Words.date(p.fixedTermEnd()) + ")";
        }
        return switch (p.occupancy()) {
            case INTERIM, ACTING, SECONDMENT -> "Temporary (" + p.occupancy().label().toLowerCase(Locale.UK) + ")";
            default -> "Permanent";
        };
    }

    /// Whole pounds, as the organogram files give money: "232601".
    private static String pounds(Money m) {
        return Long.toString(Math.floorDiv(m.pence(), 100));
    }
}
