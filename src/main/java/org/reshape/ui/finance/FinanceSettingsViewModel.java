package org.reshape.ui.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reshape.costing.Percent;
import org.reshape.costing.YearRules;
import org.reshape.domain.CostSettings;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.NiRule;
import org.reshape.domain.SalaryBasis;

/// The costing settings as the finance officer edits them: basis, the year to
/// cost, the employer NI rules as a table by year, pension and levy rates,
/// on-costs on or off, and the proposal's implementation date; each field with
/// its problem. Switching the year never edits a rule: the year is costed with
/// its own stored rule (or the latest earlier one), and only the rows of the
/// NI table the user changes are changed.
public final class FinanceSettingsViewModel {
    public static final String YEAR = "year";
    public static final String NI_RULES = "niRules";
    public static final String PENSION = "pension";
    public static final String LEVY = "levy";

    /// One row of the NI table, as typed: "2025/26", "15", "5000".
    public static final class NiRow {
        final StringProperty year = new SimpleStringProperty("");
        final StringProperty rate = new SimpleStringProperty("");
        final StringProperty threshold = new SimpleStringProperty("");

        NiRow(String year, String rate, String threshold) {
            this.year.set(year);
            this.rate.set(rate);
            this.threshold.set(threshold);
        }

        public StringProperty yearProperty() {
            return year;
        }

        public StringProperty rateProperty() {
            return rate;
        }

        public StringProperty thresholdProperty() {
            return threshold;
        }
    }

    final ObjectProperty<SalaryBasis> basis = new SimpleObjectProperty<>(SalaryBasis.TOP);
    final ObjectProperty<FinancialYear> year = new SimpleObjectProperty<>();
    final ObservableList<FinancialYear> years = FXCollections.observableArrayList();
    final ObservableList<NiRow> niRows = FXCollections.observableArrayList(
            r -> new Observable[]{r.year, r.rate, r.threshold});
    final StringProperty pension = new SimpleStringProperty("");
    final StringProperty levy = new SimpleStringProperty("");
    final BooleanProperty onCosts = new SimpleBooleanProperty(true);
    final ObjectProperty<LocalDate> implementation = new SimpleObjectProperty<>();
    private final ObjectProperty<Model> model = new SimpleObjectProperty<>();
    private final ObjectBinding<Map<String, String>> problems;
    private final StringBinding yearRules;
    private final StringBinding yearNi;
    private CostSettings loaded;

    public FinanceSettingsViewModel() {
        problems = Bindings.createObjectBinding(this::check, year, niRows, pension, levy);
        yearRules = Bindings.createStringBinding(this::describeYear, year, niRows, model, onCosts);
        yearNi = Bindings.createStringBinding(() -> edited(year.get()).map(s -> YearRules.ni(s, s.year())).orElse(""), year, niRows);
    }

    public void load(Model m, CostSettings s, LocalDate implementationDate) {
        loaded = s;
        basis.set(s.basis());
        TreeSet<FinancialYear> choices = new TreeSet<>(s.niRules().keySet());
        choices.add(s.year());
        int first = choices.first().startYear() - 1;
        int last = Math.max(choices.last().startYear(), s.year().startYear()) + 4;
        for (int y = first; y <= last; y++) {
            choices.add(new FinancialYear(y));
        }
        years.setAll(choices);
        niRows.setAll(s.niRules().entrySet().stream()
                .map(e -> new NiRow(e.getKey().toString(), percent(e.getValue().rate()), e.getValue().threshold().toPlainString())).toList());
        year.set(s.year());
        pension.set(percent(s.pensionRate()));
        levy.set(percent(s.levyRate()));
        onCosts.set(s.onCosts());
        implementation.set(implementationDate);
        model.set(m);
    }

    private static String percent(BigDecimal rate) {
        return Percent.of(rate).replace("%", "");
    }

    public ObjectBinding<Map<String, String>> problemsProperty() {
        return problems;
    }

    /// "2025/26 is costed with employer NI 15% above £5,000 (the 2025/26 rule); pay: …", from the table as edited.
    public StringBinding yearRulesProperty() {
        return yearRules;
    }

    /// "employer NI 15% above £5,000 (the 2025/26 rule)", beside the year switch.
    public StringBinding yearNiProperty() {
        return yearNi;
    }

    private Optional<CostSettings> edited(FinancialYear y) {
        return loaded == null || y == null ? Optional.empty() : rules().map(r -> loaded.withNiRules(r).withYear(y));
    }

    /// A row for the year after the last, with the last row's rule, to edit.
    public void addYear() {
        FinancialYear next = niRows.stream().map(r -> parseYear(r.year.get())).flatMap(Optional::stream)
                .max(FinancialYear::compareTo).map(y -> new FinancialYear(y.startYear() + 1)).orElse(year.get());
        NiRow last = niRows.isEmpty() ? null : niRows.getLast();
        niRows.add(new NiRow(next == null ? "" : next.toString(), last == null ? "" : last.rate.get(), last == null ? "" : last.threshold.get()));
    }

    public void removeYear(NiRow row) {
        niRows.remove(row);
    }

    private String describeYear() {
        if (model.get() == null || loaded == null || year.get() == null) {
            return "";
        }
        Optional<CostSettings> edited = edited(year.get());
        if (edited.isEmpty()) {
            return "";
        }
        CostSettings s = edited.get();
        if (!onCosts.get()) {
            return s.year() + " is costed on salary alone; pay: " + YearRules.pay(model.get(), s, s.year());
        }
        return YearRules.describe(model.get(), s);
    }

    private Map<String, String> check() {
        Map<String, String> out = new LinkedHashMap<>();
        if (year.get() == null) {
            out.put(YEAR, "Financial year: choose one");
        }
        ruleProblem().ifPresent(p -> out.put(NI_RULES, p));
        rate(pension.get()).ifPresentOrElse(r -> { }, () -> out.put(PENSION, "Pension: a percentage from 0 to 100, such as 21.1"));
        rate(levy.get()).ifPresentOrElse(r -> { }, () -> out.put(LEVY, "Levy: a percentage from 0 to 100, such as 0.5"));
        return out;
    }

    /// The first problem of the NI table, naming its row.
    private Optional<String> ruleProblem() {
        TreeSet<FinancialYear> seen = new TreeSet<>();
        for (int i = 0; i < niRows.size(); i++) {
            NiRow r = niRows.get(i);
            String where = "NI rules, row " + (i + 1) + (r.year.get().isBlank() ? "" : " (" + r.year.get().strip() + ")");
            Optional<FinancialYear> y = parseYear(r.year.get());
            if (y.isEmpty()) {
                return Optional.of(where + ": the year should be written like 2025/26");
            }
            if (!seen.add(y.get())) {
                return Optional.of(where + ": " + y.get() + " has two rows; keep one");
            }
            if (rate(r.rate.get()).isEmpty()) {
                return Optional.of(where + ": the rate should be a percentage from 0 to 100, such as 15");
            }
            if (money(r.threshold.get()).isEmpty()) {
                return Optional.of(where + ": the threshold should be an amount a year in pounds, such as 5000");
            }
        }
        return Optional.empty();
    }

    private Optional<Map<FinancialYear, NiRule>> rules() {
        if (ruleProblem().isPresent()) {
            return Optional.empty();
        }
        Map<FinancialYear, NiRule> out = new TreeMap<>();
        for (NiRow r : niRows) {
            FinancialYear y = parseYear(r.year.get()).orElseThrow();
            NiRule typed = new NiRule(rate(r.rate.get()).orElseThrow(), money(r.threshold.get()).orElseThrow());
            // a row left as it was keeps the stored rule itself, whatever its decimal places
            NiRule stored = loaded.storedNi(y).orElse(null);
            boolean same = stored != null && stored.rate().compareTo(typed.rate()) == 0 && stored.threshold().equals(typed.threshold());
            out.put(y, same ? stored : typed);
        }
        return Optional.of(out);
    }

    /// The settings as edited, when every field is right. The pay awards are
    /// kept, and each year's NI rule is the table's row for it: switching the
    /// year changes no rule.
    public Optional<CostSettings> edited() {
        if (loaded == null || !problems.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(loaded.withBasis(basis.get()).withYear(year.get()).withNiRules(rules().orElseThrow())
                .withPensionRate(rate(pension.get()).orElseThrow()).withLevyRate(rate(levy.get()).orElseThrow())
                .withOnCosts(onCosts.get()));
    }

    public LocalDate implementationDate() {
        return implementation.get();
    }

    private static Optional<FinancialYear> parseYear(String text) {
        try {
            return Optional.of(FinancialYear.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Optional<BigDecimal> rate(String percent) {
        try {
            BigDecimal p = new BigDecimal(percent.strip().replace("%", ""));
            return p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0 ? Optional.empty()
                    : Optional.of(p.movePointLeft(2).stripTrailingZeros());
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    static Optional<Money> money(String text) {
        try {
            Money m = Money.parse(text);
            return m.signum() < 0 ? Optional.empty() : Optional.of(m);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
