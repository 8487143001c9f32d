package io.tranchelab.scenario;

import io.tranchelab.format.SafeText;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The historical stress scenarios every structure can be run under (docs/scenarios.md), and the
 * credit stresses for one that holds credit lines, next to its own. A structure's own scenario wins over a library one of the same name.
 */
public final class ScenarioLibrary {

    private ScenarioLibrary() {
    }

    /**
     * The library's scenarios that touch at least one asset of the structure, made for its time
     * grid, then its credit stresses when it holds credit lines.
     */
    public static List<Scenario> applicableTo(Structure structure) {
        List<Scenario> scenarios = new ArrayList<>(HistoricalScenarios.ALL.stream()
                .filter(t -> t.appliesTo(structure))
                .map(t -> t.forStructure(structure))
                .toList());
        scenarios.addAll(CreditStressScenarios.applicableTo(structure));
        return List.copyOf(scenarios);
    }

    public static Optional<Scenario> find(Structure structure, String name) {
        return applicableTo(structure).stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Every scenario name a structure can be run under: base, its own, then the library's. */
    public static List<String> namesFor(Structure structure) {
        List<String> names = new ArrayList<>();
        names.add(Scenario.BASE_NAME);
        structure.scenarios().forEach(s -> names.add(s.name()));
        applicableTo(structure).stream().map(Scenario::name).filter(n -> !names.contains(n)).forEach(names::add);
        return names;
    }

    /**
     * The structure with the named library scenarios added where it lacks them, so the core can
     * run them by name.
     *
     * @throws IllegalArgumentException naming the scenarios that exist when one is unknown
     */
    public static Structure withScenarios(Structure structure, List<String> names) {
        List<Scenario> scenarios = new ArrayList<>(structure.scenarios());
        for (String name : names) {
            if (name.equals(Scenario.BASE_NAME) || structure.scenario(name).isPresent()) {
                continue;
            }
            scenarios.add(find(structure, name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown scenario '" + name + "'; this structure can be run under: "
                            + SafeText.list(namesFor(structure), 10))));
        }
        return structure.withScenarios(scenarios);
    }
}
