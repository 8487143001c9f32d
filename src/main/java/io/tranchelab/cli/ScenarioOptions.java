package io.tranchelab.cli;

import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioLibrary;

import picocli.CommandLine.Option;

import java.util.Arrays;
import java.util.List;

/** --scenarios: which scenarios compare and report run. */
final class ScenarioOptions {

    @Option(names = "--scenarios", paramLabel = "A,B,C",
            description = {"Scenarios to run, separated by commas (by semicolons when a name holds a comma:"
                    + " \"a;b\"); base is the structure without shocks (default: base, the file's own scenarios"
                    + " and every historical one that touches its assets)."})
    String list;

    /**
     * The names asked for. Commas separate them unless the list holds a semicolon; a list that is
     * itself one of the structure's scenario names is that one scenario.
     */
    List<String> names(Structure structure) {
        List<String> known = ScenarioLibrary.namesFor(structure);
        if (list == null) {
            return known;
        }
        if (known.contains(list.trim())) {
            return List.of(list.trim());
        }
        String separator = list.contains(";") ? ";" : ",";
        return Arrays.stream(list.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
