package org.reshape.io.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.reshape.domain.CostSettings;
import org.reshape.domain.Division;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.NiRule;
import org.reshape.domain.PayAward;
import org.reshape.domain.Occupancy;
import org.reshape.domain.PayScale;
import org.reshape.domain.JobEvaluation;
import org.reshape.domain.Post;
import org.reshape.domain.PostDesign;
import org.reshape.domain.PostField;
import org.reshape.domain.Provenance;
import org.reshape.domain.SalaryBasis;
import org.reshape.domain.Scenario;
import org.reshape.io.json.Dto.BandJson;
import org.reshape.io.json.Dto.CostSettingsJson;
import org.reshape.io.json.Dto.DivisionJson;
import org.reshape.io.json.Dto.GradeJson;
import org.reshape.io.json.Dto.ModelJson;
import org.reshape.io.json.Dto.NiRuleJson;
import org.reshape.io.json.Dto.PayScaleJson;
import org.reshape.io.json.Dto.PostJson;
import org.reshape.io.json.Dto.ProvenanceJson;
import org.reshape.io.json.Dto.ScenarioJson;

/// File records → domain objects. Jackson has already checked the JSON types;
/// this checks what Jackson cannot (required fields, amounts, rates, codes)
/// and names the JSON path of anything wrong, so a user editing a file by hand
/// can go straight to the mistake. Rules about the model as a whole (unknown
/// grades, cycles) are [org.reshape.domain.ModelValidator]'s.
final class ToDomain {
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,13}(\\.\\d{1,2})?");
    private static final Pattern RATE = Pattern.compile("\\d{1,3}(\\.\\d{1,12})?");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern POINT = Pattern.compile("\\d{1,4}");

    private ToDomain() {
    }

    static Model model(ModelJson m, String at) {
        String id = required(m.id(), at + ".id");
        String name = required(m.name(), at + ".name");
        List<Division> divisions = list(m.divisions(), at + ".divisions", ToDomain::division);
        List<PayScale> scales = list(m.payScales(), at + ".payScales", ToDomain::payScale);
        List<Grade> grades = list(m.grades(), at + ".grades", ToDomain::grade);
        if (m.scenarios() == null || m.scenarios().isEmpty()) {
            throw new JsonProblem(at + ".scenarios", m.scenarios() == null ? "required field missing"
                    : "a model needs at least one scenario, its current structure");
        }
        List<Scenario> scenarios = list(m.scenarios(), at + ".scenarios", ToDomain::scenario);
        CostSettings cost = m.costSettings() == null ? null : costSettings(m.costSettings(), at + ".costSettings");
        Map<String, String> glossary = m.glossary() == null ? Map.of() : m.glossary();
        glossary.forEach((term, meaning) -> {
            String here = at + ".glossary" + JsonPaths.member(term);
            if (term.isBlank()) {
                throw new JsonProblem(here, "a glossary term must not be empty");
            }
            if (meaning == null) {
                throw new JsonProblem(here, "expected the term's meaning in double quotes, found null");
            }
        });
        org.reshape.domain.Workforce people = m.people() == null ? org.reshape.domain.Workforce.EMPTY
                : PeopleFromJson.workforce(m.people(), at + ".people");
        return build(at, () -> new Model(id, name, m.organisation(), m.directorate(), divisions, scales, grades,
                scenarios, cost, glossary, people));
    }

    private static Division division(DivisionJson d, String at) {
        String id = required(d.id(), at + ".id");
        String name = required(d.name(), at + ".name");
        if (d.colour() != null && !COLOUR.matcher(d.colour()).matches()) {
            throw new JsonProblem(at + ".colour", "expected a colour such as \"#1E88E5\", found " + JsonPaths.quote(d.colour()));
        }
        return new Division(id, name, d.colour(), d.renames(), d.budget() == null ? null : money(d.budget(), at + ".budget"));
    }

    private static PayScale payScale(PayScaleJson s, String at) {
        String id = required(s.id(), at + ".id");
        String family = required(s.family(), at + ".family");
        if (s.effectiveFrom() == null) {
            throw new JsonProblem(at + ".effectiveFrom", "required field missing");
        }
        Map<Integer, Money> points = new TreeMap<>();
        if (s.points() != null) {
            s.points().forEach((point, amount) -> {
                String here = at + ".points" + JsonPaths.member(point);
                if (!POINT.matcher(point).matches()) {
                    throw new JsonProblem(here, "a spinal point must be a whole number, such as \"13\"");
                }
                points.put(Integer.parseInt(point), money(amount, here));
            });
        }
        Map<String, PayScale.Band> bands = new LinkedHashMap<>();
        if (s.bands() != null) {
            s.bands().forEach((code, band) -> bands.put(code, band(band, at + ".bands" + JsonPaths.member(code))));
        }
        Provenance provenance = provenance(s.provenance(), at + ".provenance");
        return build(at, () -> new PayScale(id, family, s.effectiveFrom(), points, bands, provenance));
    }

    private static PayScale.Band band(BandJson b, String at) {
        if (b == null) {
            throw new JsonProblem(at, "expected an object with min and max, found null");
        }
        return new PayScale.Band(money(b.min(), at + ".min"), money(b.max(), at + ".max"));
    }

    private static Grade grade(GradeJson g, String at) {
        String id = required(g.id(), at + ".id");
        String name = required(g.name(), at + ".name");
        String family = required(g.family(), at + ".family");
        boolean banded = g.band() != null && !g.band().isBlank();
        // A spinal grade is nothing without its points; a banded one may leave them out.
        int min = banded && g.minPoint() == null ? 0 : requiredInt(g.minPoint(), at + ".minPoint", "a grade without a band");
        int max = banded && g.maxPoint() == null ? 0 : requiredInt(g.maxPoint(), at + ".maxPoint", "a grade without a band");
        Provenance provenance = provenance(g.provenance(), at + ".provenance");
        return build(at, () -> new Grade(id, name, family, min, max, g.band(), provenance));
    }

    private static Scenario scenario(ScenarioJson s, String at) {
        String id = required(s.id(), at + ".id");
        String name = required(s.name(), at + ".name");
        if (s.posts() == null) {
            throw new JsonProblem(at + ".posts", "required field missing");
        }
        List<Post> posts = list(s.posts(), at + ".posts", ToDomain::post);
        // The domain refuses a repeated key too, but only here is the path of the second one known.
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            Integer first = seen.putIfAbsent(posts.get(i).key(), i);
            if (first != null) {
                throw new JsonProblem(at + ".posts[" + i + "].key", "the key " + JsonPaths.quote(posts.get(i).key())
                        + " is already used by posts[" + first + "]; each post in a scenario needs its own key");
            }
        }
        boolean locked = s.locked() != null && s.locked();
        return build(at, () -> new Scenario(id, name, s.baseId(), s.implementationDate(), locked, posts));
    }

    private static Post post(PostJson p, String at) {
        String key = required(p.key(), at + ".key");
        BigDecimal fte = p.fte() == null ? BigDecimal.ONE : p.fte();
        int headcount = p.headcount() == null ? 1 : p.headcount();
        Occupancy occupancy = p.occupancy() == null ? Occupancy.SUBSTANTIVE
                : enumValue(Occupancy.class, p.occupancy(), at + ".occupancy");
        List<String> replaces = strings(p.replaces(), at + ".replaces");
        List<String> mappedFrom = strings(p.mappedFrom(), at + ".mappedFrom");
        Provenance provenance = provenance(p.provenance(), at + ".provenance");
        List<String> dotted = strings(p.dottedManagers(), at + ".dottedManagers");
        List<String> roles = strings(p.roles(), at + ".roles");
        JobEvaluation evaluation = p.evaluation() == null ? null
                : new JobEvaluation(p.evaluation().scheme(), p.evaluation().outcome(), p.evaluation().date());
        PostDesign design = new PostDesign(Boolean.TRUE.equals(p.assistant()), dotted, roles, evaluation);
        org.reshape.domain.PostPay pay = pay(p, at);
        return build(at, () -> new Post(key, p.title(), p.division(), p.manager(), p.grade(), fte, headcount, occupancy,
                p.holder(), p.fixedTermEnd(), p.responsibilities(), p.actualPoint(), replaces, mappedFrom, provenance,
                p.notes(), design, pay));
    }

    private static org.reshape.domain.PostPay pay(PostJson p, String at) {
        org.reshape.domain.Honorarium h = null;
        if (p.honorarium() != null) {
            Dto.HonorariumJson j = p.honorarium();
            String here = at + ".honorarium";
            Money amount = j.amount() == null ? null : money(j.amount(), here + ".amount");
            BigDecimal percent = j.percent() == null ? null : rate(j.percent(), here + ".percent");
            h = build(here, () -> new org.reshape.domain.Honorarium(amount, percent, j.from(), j.to()));
        }
        org.reshape.domain.SalaryBasis basis = p.basis() == null ? null
                : enumValue(org.reshape.domain.SalaryBasis.class, p.basis(), at + ".basis");
        Money actual = p.actualSalary() == null ? null : money(p.actualSalary(), at + ".actualSalary");
        org.reshape.domain.Honorarium honorarium = h;
        return build(at, () -> new org.reshape.domain.PostPay(p.actingFor(), Boolean.TRUE.equals(p.backfilled()), honorarium,
                basis, actual));
    }

    private static Provenance provenance(ProvenanceJson p, String at) {
        if (p == null) {
            return Provenance.NONE;
        }
        Set<PostField> assumed = EnumSet.noneOf(PostField.class);
        List<String> names = strings(p.assumed(), at + ".assumed");
        for (int i = 0; i < names.size(); i++) {
            assumed.add(enumValue(PostField.class, names.get(i), at + ".assumed[" + i + "]"));
        }
        return new Provenance(p.source(), p.assumption(), assumed);
    }

    private static CostSettings costSettings(CostSettingsJson c, String at) {
        SalaryBasis basis = enumValue(SalaryBasis.class, required(c.basis(), at + ".basis"), at + ".basis");
        FinancialYear year = year(c.year(), at + ".year");
        Map<FinancialYear, NiRule> ni = c.niRules() == null ? null : niRules(c.niRules(), at + ".niRules");
        BigDecimal pension = rate(c.pensionRate(), at + ".pensionRate");
        BigDecimal levy = rate(c.levyRate(), at + ".levyRate");
        boolean onCosts = c.onCosts() == null || c.onCosts();
        List<PayAward> awards = new ArrayList<>();
        list(c.payAwards(), at + ".payAwards", (a, here) -> {
            String family = required(a.family(), here + ".family");
            if (a.effectiveFrom() == null) {
                throw new JsonProblem(here + ".effectiveFrom", "required field missing");
            }
            java.time.LocalDate from = a.effectiveFrom();
            BigDecimal percent = a.percent() == null ? BigDecimal.ZERO : rate(a.percent(), here + ".percent");
            Money flat = a.flat() == null ? null : money(a.flat(), here + ".flat");
            if (flat != null && a.flatToPoint() == null) {
                throw new JsonProblem(here + ".flatToPoint", "a flat sum needs the highest point it applies to");
            }
            int to = a.flatToPoint() == null ? 0 : a.flatToPoint();
            Provenance p = provenance(a.provenance(), here + ".provenance");
            PayAward award = build(here, () -> new PayAward(family, from, percent, flat, to, p));
            awards.add(award);
            return award;
        });
        return build(at, () -> new CostSettings(basis, year, ni, pension, levy, onCosts, awards));
    }

    private static Map<FinancialYear, NiRule> niRules(List<NiRuleJson> items, String at) {
        Map<FinancialYear, NiRule> rules = new LinkedHashMap<>();
        list(items, at, (r, here) -> {
            FinancialYear y = year(r.year(), here + ".year");
            NiRule rule = new NiRule(rate(r.rate(), here + ".rate"), money(r.threshold(), here + ".threshold"));
            if (rules.putIfAbsent(y, rule) != null) {
                throw new JsonProblem(here + ".year", "there is already an NI rule for " + y);
            }
            return rule;
        });
        return rules;
    }

    private static FinancialYear year(String text, String at) {
        required(text, at);
        try {
            return FinancialYear.parse(text);
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(at, "expected a financial year such as \"2024/25\", found " + JsonPaths.quote(text));
        }
    }

    static Money money(String text, String at) {
        required(text, at);
        if (!AMOUNT.matcher(text).matches()) {
            throw new JsonProblem(at, "expected an amount in pounds such as \"11040.00\", found " + JsonPaths.quote(text));
        }
        return Money.of(new BigDecimal(text));
    }

    private static BigDecimal rate(String text, String at) {
        required(text, at);
        BigDecimal r = RATE.matcher(text).matches() ? new BigDecimal(text) : null;
        if (r == null || r.compareTo(BigDecimal.ONE) > 0) {
            throw new JsonProblem(at, "expected a rate between 0 and 1 such as \"0.138\" for 13.8%, found " + JsonPaths.quote(text));
        }
        return r;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String text, String at) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text.strip())) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(FromDomain.lower(e));
        }
        throw new JsonProblem(at, "expected one of " + String.join(", ", names) + ", found " + JsonPaths.quote(text));
    }

    private static List<String> strings(List<String> items, String at) {
        return list(items, at, (s, here) -> required(s, here));
    }

    static String required(String value, String at) {
        if (value == null) {
            throw new JsonProblem(at, "required field missing");
        }
        if (value.isBlank()) {
            throw new JsonProblem(at, "must not be empty");
        }
        return value;
    }

    private static int requiredInt(Integer value, String at, String what) {
        if (value == null) {
            throw new JsonProblem(at, "required field missing (required for " + what + ")");
        }
        return value;
    }

    /// Maps each item, naming its index in any problem; a missing list is an empty one.
    static <J, D> List<D> list(List<J> items, String at, BiFunction<J, String, D> map) {
        if (items == null) {
            return List.of();
        }
        List<D> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String here = at + "[" + i + "]";
            J item = items.get(i);
            if (item == null) {
                throw new JsonProblem(here, "expected a value, found null");
            }
            out.add(map.apply(item, here));
        }
        return out;
    }

    /// Domain constructors guard their own invariants; their refusal gets the object's path.
    static <T> T build(String at, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(at, e.getMessage());
        }
    }
}
