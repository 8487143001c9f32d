package io.tranchelab.io;

import io.tranchelab.model.CreditScoreTable;
import io.tranchelab.model.Limits;
import io.tranchelab.model.Problem;
import io.tranchelab.model.ScoreBand;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The score-to-PD table as CSV (docs/format.md, "Score table CSV"): a header
 * {@code minScore,annualDefaultProbability}, then one band a line, lowest score first. A PD may
 * be written as a decimal (0.0293) or a percentage (2.93%); blank lines and lines starting with
 * {@code #} are skipped. What is written reads back as the same table, to the last bit: PDs are
 * written in the shortest decimal that is the same double.
 */
public final class ScoreTableCsv {

    public static final String HEADER = "minScore,annualDefaultProbability";
    /** A thousand bands of a few dozen characters; far more is not a score table. */
    static final long MAX_BYTES = 1 << 20;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?");

    private ScoreTableCsv() {
    }

    /** The table, lowest score first; an empty table (the built-in one) is written out as the built-in bands. */
    public static String write(List<ScoreBand> table) {
        List<ScoreBand> bands = new ArrayList<>(table.isEmpty() ? CreditScoreTable.DEFAULT : table);
        bands.sort(Comparator.comparingInt(ScoreBand::minScore));
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (ScoreBand band : bands) {
            out.append(band.minScore()).append(',')
                    .append(BigDecimal.valueOf(band.annualDefaultProbability()).stripTrailingZeros().toPlainString()).append('\n');
        }
        return out.toString();
    }

    public static List<ScoreBand> read(Path file) throws IOException, StructureFormatException {
        return parse(new String(FileBytes.read(file, MAX_BYTES), StandardCharsets.UTF_8));
    }

    /**
     * The bands of a CSV text, checked as the validator checks {@code /creditScoreTable}: the
     * first at 0, scores strictly increasing up to 1000, PDs from 0 to 1.
     *
     * @throws StructureFormatException naming every bad line ("line 4") and what is allowed
     */
    public static List<ScoreBand> parse(String text) throws StructureFormatException {
        List<Problem> problems = new ArrayList<>();
        List<ScoreBand> bands = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        boolean headerSeen = false;
        for (int i = 0; i < lines.length; i++) {
            String line = stripBom(lines[i], i).strip();
            String at = "line " + (i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                if (!line.replace(" ", "").equalsIgnoreCase(HEADER)) {
                    problems.add(new Problem(at, "is \"" + shorten(line) + "\"; the first line must be the header "
                            + HEADER));
                }
                continue;
            }
            if (bands.size() == Limits.MAX_SCORE_BANDS) {
                problems.add(new Problem(at, "is one band too many; a table has at most " + Limits.MAX_SCORE_BANDS));
                break;
            }
            band(line, at, bands, problems);
        }
        if (problems.isEmpty() && bands.isEmpty()) {
            problems.add(new Problem("line 1", "no bands; give at least one, starting at score 0, after the header "
                    + HEADER));
        }
        if (!problems.isEmpty()) {
            throw new StructureFormatException(problems);
        }
        return List.copyOf(bands);
    }

    private static void band(String line, String at, List<ScoreBand> bands, List<Problem> problems) {
        String[] cells = line.split(",", -1);
        if (cells.length != 2) {
            problems.add(new Problem(at, "has " + cells.length + " cells; a band is two: minScore,annualDefaultProbability"));
            return;
        }
        int score;
        try {
            score = Integer.parseInt(cells[0].strip());
        } catch (NumberFormatException e) {
            problems.add(new Problem(at, "minScore \"" + shorten(cells[0].strip()) + "\" is not a whole number"));
            return;
        }
        double pd = probability(cells[1].strip());
        if (Double.isNaN(pd)) {
            problems.add(new Problem(at, "annualDefaultProbability \"" + shorten(cells[1].strip())
                    + "\" is not a number (0.0293 or 2.93%)"));
            return;
        }
        int previous = bands.isEmpty() ? -1 : bands.get(bands.size() - 1).minScore();
        if (bands.isEmpty() && score != 0) {
            problems.add(new Problem(at, "minScore is " + score + "; the first band must start at 0 so that every"
                    + " score has a PD"));
        } else if (score <= previous || score > Limits.MAX_CREDIT_SCORE) {
            problems.add(new Problem(at, "minScore is " + score + "; it must be above the previous band's " + previous
                    + " and at most " + Limits.MAX_CREDIT_SCORE));
        }
        if (!(pd >= 0 && pd <= 1)) {
            problems.add(new Problem(at, "annualDefaultProbability is " + cells[1].strip() + "; it must be from 0 to 1"
                    + " (0 % to 100 %)"));
        }
        bands.add(new ScoreBand(score, pd));
    }

    /** 0.0293 or 2.93%; NaN when neither (or not finite). */
    private static double probability(String cell) {
        boolean percent = cell.endsWith("%");
        String number = percent ? cell.substring(0, cell.length() - 1).strip() : cell;
        if (!DECIMAL.matcher(number).matches()) {
            return Double.NaN; // not "NaN", "Infinity", "1d" or hex floats, which Java would take
        }
        return percent ? new BigDecimal(number).movePointLeft(2).doubleValue() : Double.parseDouble(number);
    }

    private static String stripBom(String line, int index) {
        return index == 0 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
