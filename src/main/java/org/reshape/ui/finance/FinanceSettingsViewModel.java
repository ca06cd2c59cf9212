package org.reshape.ui.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reshape.costing.Percent;
import org.reshape.domain.CostSettings;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Money;
import org.reshape.domain.NiRule;
import org.reshape.domain.SalaryBasis;

/// The costing settings as the finance officer edits them: basis, year, the
/// year's NI rate and threshold, pension and levy rates, on-costs on or off,
/// and the proposal's implementation date; each field with its problem.
public final class FinanceSettingsViewModel {
    public static final String YEAR = "year";
    public static final String NI_RATE = "niRate";
    public static final String NI_THRESHOLD = "niThreshold";
    public static final String PENSION = "pension";
    public static final String LEVY = "levy";

    final ObjectProperty<SalaryBasis> basis = new SimpleObjectProperty<>(SalaryBasis.TOP);
    final StringProperty year = new SimpleStringProperty("");
    final StringProperty niRate = new SimpleStringProperty("");
    final StringProperty niThreshold = new SimpleStringProperty("");
    final StringProperty pension = new SimpleStringProperty("");
    final StringProperty levy = new SimpleStringProperty("");
    final BooleanProperty onCosts = new SimpleBooleanProperty(true);
    final ObjectProperty<LocalDate> implementation = new SimpleObjectProperty<>();
    private final ObjectBinding<Map<String, String>> problems;
    private CostSettings loaded;

    public FinanceSettingsViewModel() {
        problems = Bindings.createObjectBinding(this::check, year, niRate, niThreshold, pension, levy);
    }

    public void load(CostSettings s, LocalDate implementationDate) {
        loaded = s;
        basis.set(s.basis());
        year.set(s.year().toString());
        niRate.set(percent(s.ni().rate()));
        niThreshold.set(s.ni().threshold().toPlainString());
        pension.set(percent(s.pensionRate()));
        levy.set(percent(s.levyRate()));
        onCosts.set(s.onCosts());
        implementation.set(implementationDate);
    }

    private static String percent(BigDecimal rate) {
        return Percent.of(rate).replace("%", "");
    }

    public ObjectBinding<Map<String, String>> problemsProperty() {
        return problems;
    }

    private Map<String, String> check() {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            FinancialYear.parse(year.get());
        } catch (IllegalArgumentException e) {
            out.put(YEAR, e.getMessage());
        }
        rate(niRate.get()).ifPresentOrElse(r -> { }, () -> out.put(NI_RATE, "NI rate: a percentage from 0 to 100, such as 13.8"));
        if (money(niThreshold.get()).isEmpty()) {
            out.put(NI_THRESHOLD, "NI threshold: an amount a year in pounds, such as 9100");
        }
        rate(pension.get()).ifPresentOrElse(r -> { }, () -> out.put(PENSION, "Pension: a percentage from 0 to 100, such as 21.1"));
        rate(levy.get()).ifPresentOrElse(r -> { }, () -> out.put(LEVY, "Levy: a percentage from 0 to 100, such as 0.5"));
        return out;
    }

    /// The settings as edited, when every field is right; the NI rule edited is the chosen year's.
    public Optional<CostSettings> edited() {
        if (loaded == null || !problems.get().isEmpty()) {
            return Optional.empty();
        }
        FinancialYear y = FinancialYear.parse(year.get());
        Map<FinancialYear, NiRule> ni = new TreeMap<>(loaded.niRules());
        ni.put(y, new NiRule(rate(niRate.get()).orElseThrow(), money(niThreshold.get()).orElseThrow()));
        return Optional.of(new CostSettings(basis.get(), y, ni, rate(pension.get()).orElseThrow(), rate(levy.get()).orElseThrow(),
                onCosts.get()));
    }

    public LocalDate implementationDate() {
        return implementation.get();
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
