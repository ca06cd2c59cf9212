package org.reshape.ui.workspace;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.reshape.costing.Comparison;
import org.reshape.costing.IncrementalComparison;
import org.reshape.domain.CostSettings;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.edit.Touched;
import org.reshape.layout.LayoutOptions;
import org.reshape.metrics.MetricsComparison;
import org.reshape.metrics.MetricsSettings;

/// The state the whole window shares: the model, which proposal is compared
/// with its base, the mode, the selected post, and the comparison derived from
/// them, recomputed whenever the data changes. Holds no nodes, so it is tested
/// without a toolkit.
public final class Workspace {
    private final ObjectProperty<Model> model = new SimpleObjectProperty<>(this, "model");
    private final StringProperty proposalId = new SimpleStringProperty(this, "proposalId");
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.COMPARE);
    private final StringProperty selectedKey = new SimpleStringProperty(this, "selectedKey");
    private final ObjectProperty<LayoutOptions> layoutOptions = new SimpleObjectProperty<>(this, "layoutOptions", LayoutOptions.DEFAULTS.withCompact(true));
    private final ObjectBinding<Comparison> comparison;
    private final ObjectProperty<MetricsSettings> metricsSettings = new SimpleObjectProperty<>(this, "metricsSettings", MetricsSettings.DEFAULTS);
    private final ObjectBinding<MetricsComparison> metrics;
    private final ObjectProperty<FocusRequest> focus = new SimpleObjectProperty<>(this, "focus");
    private long focusSerial;
    private Touched pendingTouched;
    private Touched lastTouched;
    /// what changed since the comparison was last brought up to date (the binding is lazy)
    private Touched sinceCompared;
    private IncrementalComparison live;

    /// A request to select a post and centre the charts on it (from search or a list).
    public record FocusRequest(String key, long serial) {
    }

    public Workspace() {
        comparison = Bindings.createObjectBinding(this::compare, model, proposalId);
        metrics = Bindings.createObjectBinding(this::measure, comparison, metricsSettings);
        model.addListener((obs, old, m) -> {
            // First listener, so every other one sees what this change touched.
            lastTouched = pendingTouched != null ? pendingTouched : m == null ? null : Touched.all(m);
            if (pendingTouched == null) {
                live = null; // replaced some other way: the next comparison is computed in full
            }
            pendingTouched = null;
            if (m != null && (proposalId.get() == null || m.scenario(proposalId.get()).isEmpty())) {
                proposalId.set(m.scenarios().stream().filter(Scenario::isProposal).map(Scenario::id).findFirst().orElse(null));
            }
        });
    }

    /// Selects a post and asks every chart showing it to centre on it.
    public void focus(String key) {
        selectedKey.set(key);
        focus.set(new FocusRequest(key, ++focusSerial));
    }

    public ObservableValue<FocusRequest> focusProperty() {
        return focus;
    }

    /// Shows the model a command made, saying what the command touched so views redo only that.
    public void update(Model next, Touched touched) {
        pendingTouched = touched;
        sinceCompared = sinceCompared == null ? touched : sinceCompared.and(touched);
        model.set(next);
        pendingTouched = null;
    }

    /// What the last change of model touched: a command's own account, or everything when the
    /// model was replaced some other way.
    public Touched lastTouched() {
        return lastTouched;
    }

    public ObjectProperty<Model> modelProperty() {
        return model;
    }

    public Model model() {
        return model.get();
    }

    public StringProperty proposalIdProperty() {
        return proposalId;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty selectedKeyProperty() {
        return selectedKey;
    }

    public ObjectProperty<LayoutOptions> layoutOptionsProperty() {
        return layoutOptions;
    }

    public ObservableValue<Comparison> comparisonProperty() {
        return comparison;
    }

    public Comparison comparison() {
        return comparison.get();
    }

    /// The thresholds spans and layers are checked against (Metrics mode, card flags in Compare).
    public ObjectProperty<MetricsSettings> metricsSettingsProperty() {
        return metricsSettings;
    }

    /// Spans and layers of the base and the proposal, recomputed with the comparison; null without a proposal.
    public ObservableValue<MetricsComparison> metricsProperty() {
        return metrics;
    }

    public MetricsComparison metrics() {
        return metrics.get();
    }

    private MetricsComparison measure() {
        Comparison c = comparison.get();
        return c == null ? null : MetricsComparison.of(model.get(), c,
                new org.reshape.domain.PayTable(model.get(), settings().year().start()), metricsSettings.get());
    }

    public Optional<Scenario> proposal() {
        Model m = model.get();
        return m == null || proposalId.get() == null ? Optional.empty() : m.scenario(proposalId.get());
    }

    /// The proposal's base, or the baseline when no proposal is chosen.
    public Optional<Scenario> base() {
        Model m = model.get();
        if (m == null) {
            return Optional.empty();
        }
        return proposal().flatMap(m::baseOf).or(() -> m.scenarios().stream().filter(s -> !s.isProposal()).findFirst());
    }

    /// The scenario that edits go to: the baseline in Current mode, the proposal otherwise.
    public Optional<Scenario> editedScenario() {
        return mode.get() == Mode.CURRENT ? base() : proposal().or(this::base);
    }

    public CostSettings settings() {
        Model m = model.get();
        return m != null && m.costSettings() != null ? m.costSettings()
                : CostSettings.defaults(FinancialYear.containing(java.time.LocalDate.now()));
    }

    private Comparison compare() {
        Model m = model.get();
        if (m == null) {
            return null;
        }
        Optional<Scenario> p = proposal();
        Optional<Scenario> b = base();
        if (p.isEmpty() || b.isEmpty()) {
            return null;
        }
        Touched t = sinceCompared;
        sinceCompared = null;
        Scenario base = b.get();
        Scenario proposal = p.get();
        if (live == null || t == null || t.touchesModel() || t.scenarios().contains(base.id()) || t.scenarios().contains(proposal.id())) {
            live = IncrementalComparison.of(m, settings(), base, proposal);
        } else {
            // only posts changed: redo their keys, and move the totals by their deltas
            Set<String> keys = new HashSet<>(t.keys(base.id()));
            keys.addAll(t.keys(proposal.id()));
            live = live.next(m, settings(), base, proposal, keys);
        }
        return live.comparison();
    }
}
