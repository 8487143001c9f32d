package io.tranchelab.ui.credit;

import io.tranchelab.io.ScoreTableCsv;
import io.tranchelab.io.StructureFormatException;
import io.tranchelab.model.CreditScoreTable;
import io.tranchelab.model.Problem;
import io.tranchelab.model.ScoreBand;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.analyze.NamedEdit;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The score-to-PD table editor's state and decisions (docs/model.md §2.7): every change is one
 * named, undoable edit of the structure, refused with the validator's problems; a CSV import
 * replaces the whole table (format: {@link ScoreTableCsv}).
 */
public final class ScoreTableViewModel {

    private final Supplier<Structure> structure;
    private final NamedEdit editor;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ScoreTableViewModel(Supplier<Structure> structure, NamedEdit editor) {
        this.structure = structure;
        this.editor = editor;
    }

    /** The bands lowest score first; the built-in table's when the structure has none of its own. */
    public List<ScoreBand> bands() {
        List<ScoreBand> own = structure.get().creditScoreTable();
        List<ScoreBand> bands = new ArrayList<>(own.isEmpty() ? CreditScoreTable.DEFAULT : own);
        bands.sort(Comparator.comparingInt(ScoreBand::minScore));
        return bands;
    }

    /** Where the scored lines' borrowers end up under this table (§5.4.1), shown beside it. */
    public HorizonScoresViewModel horizon() {
        return new HorizonScoresViewModel(structure);
    }

    public boolean isBuiltIn() {
        return structure.get().creditScoreTable().isEmpty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public boolean setProbability(int row, double pd) {
        List<ScoreBand> bands = bands();
        bands.set(row, new ScoreBand(bands.get(row).minScore(), pd));
        return apply(bands, "Change PD of score band " + bands.get(row).minScore());
    }

    public boolean setMinScore(int row, int score) {
        List<ScoreBand> bands = bands();
        bands.set(row, new ScoreBand(score, bands.get(row).annualDefaultProbability()));
        return apply(bands, "Change score band start");
    }

    /** A band halfway between the row's start and the next band's (or 1000), with the row's PD. */
    public boolean split(int row) {
        List<ScoreBand> bands = bands();
        int next = row + 1 < bands.size() ? bands.get(row + 1).minScore() : 1001;
        int middle = (bands.get(row).minScore() + next) / 2;
        if (middle <= bands.get(row).minScore()) {
            message.set("The band from " + bands.get(row).minScore() + " is one score wide; it cannot be split.");
            return false;
        }
        bands.add(row + 1, new ScoreBand(middle, bands.get(row).annualDefaultProbability()));
        return apply(bands, "Add score band " + middle);
    }

    public boolean remove(int row) {
        List<ScoreBand> bands = bands();
        if (row == 0) {
            message.set("The first band (from 0) stays, so that every score has a PD.");
            return false;
        }
        ScoreBand gone = bands.remove(row);
        return apply(bands, "Remove score band " + gone.minScore());
    }

    public boolean useBuiltIn() {
        return apply(List.of(), "Use built-in score table");
    }

    /** Replaces the table by the CSV's bands; a bad file changes nothing and says which lines are wrong. */
    public boolean importCsv(String text, String fileName) {
        try {
            return apply(ScoreTableCsv.parse(text), "Import score table " + fileName);
        } catch (StructureFormatException e) {
            message.set(fileName + ": " + String.join("; ", e.problems().stream().limit(5).map(Problem::toString)
                    .toList()) + (e.problems().size() > 5 ? " (and " + (e.problems().size() - 5) + " more)" : ""));
            return false;
        }
    }

    public String exportCsv() {
        return ScoreTableCsv.write(structure.get().creditScoreTable());
    }

    private boolean apply(List<ScoreBand> bands, String name) {
        List<Problem> problems = editor.apply(structure.get().withCreditScoreTable(bands), name);
        message.set(problems.isEmpty() ? "" : String.join("; ", problems.stream().map(Problem::toString).toList()));
        return problems.isEmpty();
    }
}
