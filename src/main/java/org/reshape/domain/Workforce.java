package org.reshape.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/// The people of a model: who they are, which posts of the current structure
/// (the baseline) they hold, the matches confirmed for each proposal, the duty
/// shares the slot-in rule reads, each proposal's consultation plan and the
/// policy settings. Immutable; edits make a new one.
public record Workforce(List<Person> people, List<Holding> holdings, List<Match> matches, List<DutyShare> dutyShares,
                        List<Consultation> consultations, PeoplePolicy policy) {

    public static final Workforce EMPTY = new Workforce(List.of(), List.of(), List.of(), List.of(), List.of(), PeoplePolicy.DEFAULT);

    public Workforce {
        people = people == null ? List.of() : List.copyOf(people);
        holdings = holdings == null ? List.of() : List.copyOf(holdings);
        matches = matches == null ? List.of() : List.copyOf(matches);
        dutyShares = dutyShares == null ? List.of() : List.copyOf(dutyShares);
        consultations = consultations == null ? List.of() : List.copyOf(consultations);
        policy = policy == null ? PeoplePolicy.DEFAULT : policy;
    }

    public boolean isEmpty() {
        return people.isEmpty();
    }

    public Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /// The holdings of a post of the current structure, in the order entered.
    public List<Holding> holdingsOf(String postKey) {
        return holdings.stream().filter(h -> h.postKey().equals(postKey)).toList();
    }

    public List<Holding> holdingsOfPerson(String personId) {
        return holdings.stream().filter(h -> h.personId().equals(personId)).toList();
    }

    /// Whether any person holds the post in the current structure.
    public boolean isHeld(String postKey) {
        return holdings.stream().anyMatch(h -> h.postKey().equals(postKey));
    }

    public List<Match> matchesIn(String scenarioId) {
        return matches.stream().filter(m -> m.scenarioId().equals(scenarioId)).toList();
    }

    public Optional<Match> matchOf(String scenarioId, String personId) {
        return matches.stream().filter(m -> m.scenarioId().equals(scenarioId) && m.personId().equals(personId)).findFirst();
    }

    public Optional<Consultation> consultation(String scenarioId) {
        return consultations.stream().filter(c -> c.scenarioId().equals(scenarioId)).findFirst();
    }

    public Optional<DutyShare> dutyShare(String scenarioId, String fromKey, String toKey) {
        return dutyShares.stream().filter(d -> d.scenarioId().equals(scenarioId) && d.fromKey().equals(fromKey)
                && d.toKey().equals(toKey)).findFirst();
    }

    /// Who holds post `key` of `scenario`. In the baseline, its holdings; in a
    /// proposal, the holders of the same post today who have not been matched
    /// elsewhere, and the people confirmed into it.
    public List<Person> holdersIn(Scenario scenario, String key) {
        Set<String> ids = new LinkedHashSet<>();
        for (Holding h : holdingsOf(key)) {
            if (!scenario.isProposal() || matchOf(scenario.id(), h.personId()).map(m -> m.postKey().equals(key)).orElse(true)) {
                ids.add(h.personId());
            }
        }
        if (scenario.isProposal()) {
            matchesIn(scenario.id()).stream().filter(m -> m.postKey().equals(key)).forEach(m -> ids.add(m.personId()));
        }
        List<Person> out = new ArrayList<>();
        ids.forEach(id -> person(id).ifPresent(out::add));
        return out;
    }

    /// What a card says of a post's holders: "Ann Sampleton", "Ann Sampleton, Bea Sampleton (job share)",
    /// or empty when the model has no people for it.
    public String holderText(Scenario scenario, String key) {
        List<Person> holders = holdersIn(scenario, key);
        if (holders.isEmpty()) {
            return "";
        }
        if (holders.size() > 2) {
            return holders.size() + " named holders"; // a team block: the names are in the People section
        }
        String names = String.join(", ", holders.stream().map(p -> p.name().isEmpty() ? p.id() : p.name()).toList());
        return holders.size() > 1 ? names + " (job share)" : names;
    }

    /// `p` as a card shows it: with the names of its people as its holder, where the model has them.
    public Post withHolderNames(Scenario scenario, Post p) {
        if (people.isEmpty()) {
            return p;
        }
        String names = holderText(scenario, p.key());
        return names.isEmpty() ? p : p.withOccupancy(p.occupancy(), names, p.fixedTermEnd());
    }

    /// The FTE the holders of a post hold between them.
    public BigDecimal heldFte(String postKey) {
        return holdingsOf(postKey).stream().map(Holding::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Workforce withPerson(Person p) {
        List<Person> list = new ArrayList<>(people);
        int i = indexOf(people, x -> x.id().equals(p.id()));
        if (i >= 0) {
            list.set(i, p);
        } else {
            list.add(p);
        }
        return new Workforce(list, holdings, matches, dutyShares, consultations, policy);
    }

    /// Without the person, their holdings and their matches.
    public Workforce withoutPerson(String id) {
        return new Workforce(people.stream().filter(p -> !p.id().equals(id)).toList(),
                holdings.stream().filter(h -> !h.personId().equals(id)).toList(),
                matches.stream().filter(m -> !m.personId().equals(id)).toList(), dutyShares, consultations, policy);
    }

    /// With the holding in place of the same person's holding of the same post (or added).
    public Workforce withHolding(Holding h) {
        List<Holding> list = new ArrayList<>(holdings);
        int i = indexOf(holdings, x -> x.personId().equals(h.personId()) && x.postKey().equals(h.postKey()));
        if (i >= 0) {
            list.set(i, h);
        } else {
            list.add(h);
        }
        return new Workforce(people, list, matches, dutyShares, consultations, policy);
    }

    public Workforce withoutHolding(String personId, String postKey) {
        return new Workforce(people, holdings.stream().filter(h -> !(h.personId().equals(personId) && h.postKey().equals(postKey)))
                .toList(), matches, dutyShares, consultations, policy);
    }

    /// With these people and holdings in place of the old ones (matches kept only for people still there).
    public Workforce withPeople(List<Person> newPeople, List<Holding> newHoldings) {
        Set<String> ids = new java.util.HashSet<>();
        newPeople.forEach(p -> ids.add(p.id()));
        return new Workforce(newPeople, newHoldings, matches.stream().filter(m -> ids.contains(m.personId())).toList(),
                dutyShares, consultations, policy);
    }

    public Workforce withMatches(List<Match> list) {
        return new Workforce(people, holdings, list, dutyShares, consultations, policy);
    }

    /// With the person's match in the scenario replaced by `m` (or removed when `m` is null).
    public Workforce withMatch(String scenarioId, String personId, Match m) {
        List<Match> list = new ArrayList<>(matches.stream()
                .filter(x -> !(x.scenarioId().equals(scenarioId) && x.personId().equals(personId))).toList());
        if (m != null) {
            list.add(m);
        }
        return withMatches(list);
    }

    public Workforce withDutyShares(List<DutyShare> list) {
        return new Workforce(people, holdings, matches, list, consultations, policy);
    }

    public Workforce withConsultation(Consultation c) {
        List<Consultation> list = new ArrayList<>(consultations.stream().filter(x -> !x.scenarioId().equals(c.scenarioId())).toList());
        list.add(c);
        return new Workforce(people, holdings, matches, dutyShares, list, policy);
    }

    public Workforce withPolicy(PeoplePolicy p) {
        return new Workforce(people, holdings, matches, dutyShares, consultations, p);
    }

    /// Without anything that belongs to scenario `id` (its matches, duty shares and plan).
    public Workforce withoutScenario(String id) {
        return new Workforce(people, holdings, matches.stream().filter(m -> !m.scenarioId().equals(id)).toList(),
                dutyShares.stream().filter(d -> !d.scenarioId().equals(id)).toList(),
                consultations.stream().filter(c -> !c.scenarioId().equals(id)).toList(), policy);
    }

    private static <T> int indexOf(List<T> list, Predicate<T> p) {
        for (int i = 0; i < list.size(); i++) {
            if (p.test(list.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
