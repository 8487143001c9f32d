package io.tranchelab.io;

import static io.tranchelab.io.JsonFixtures.problemsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.model.Problem;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StructureJsonProblemsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void eachBadInputIsNamedByItsPointerWithWhatIsAllowed(String change, String json, String pointer,
            String keyWords) {
        List<Problem> problems = problemsOf(json);
        assertTrue(problems.stream().anyMatch(p -> p.pointer().equals(pointer)
                        && Stream.of(keyWords.split("\\|")).allMatch(p.message()::contains)),
                () -> "expected a problem at " + pointer + " mentioning " + keyWords + ", got " + problems);
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                of("unknown top-level field", JsonFixtures.with("/colour", "\"red\""), "/colour",
                        "unknown field|allowed here: schemaVersion, name"),
                of("misspelt field", JsonFixtures.with("/assets/0/volatilty", "0.7"), "/assets/0/volatilty",
                        "unknown field (did you mean \"volatility\"?)"),
                of("unknown field in a nested object", JsonFixtures.with("/assets/0/jumps/size", "1"),
                        "/assets/0/jumps/size", "unknown field|intensity, meanLogJump, stdevLogJump"),
                of("string for a whole number", JsonFixtures.with("/simulation/paths", "\"10000\""),
                        "/simulation/paths", "expected a whole number, found a string (\"10000\")"),
                of("boolean for a number", JsonFixtures.with("/tranches/0/share", "true"), "/tranches/0/share",
                        "expected a number, found true"),
                of("number for a string", JsonFixtures.with("/name", "3"), "/name", "expected a string, found a number"),
                of("object for a list", JsonFixtures.with("/assets", "{}"), "/assets",
                        "expected an array, found an object"),
                of("number for a list element", JsonFixtures.with("/positions/0", "5"), "/positions/0",
                        "expected an object, found a number (5)"),
                of("number for a matrix row", JsonFixtures.with("/correlations/1", "1"), "/correlations/1",
                        "expected an array"),
                of("string in the matrix", JsonFixtures.with("/correlations/0/1", "\"x\""), "/correlations/0/1",
                        "expected a number"),
                of("string for a drift override", JsonFixtures.with("/scenarios/0/driftOverrides/ETH", "\"fast\""),
                        "/scenarios/0/driftOverrides/ETH", "expected a number"),
                of("null for an optional number", JsonFixtures.with("/assets/0/marketDepth", "null"),
                        "/assets/0/marketDepth", "found null|leave an optional field out"),
                of("fraction for a whole number", JsonFixtures.with("/simulation/paths", "100.5"), "/simulation/paths",
                        "is 100.5; a whole number is required"),
                of("whole number too large for its field", JsonFixtures.with("/simulation/paths", "1e12"),
                        "/simulation/paths", "out of range|2147483647"),
                of("number too large for a double", JsonFixtures.fullText().replace("\"initialCash\": 1000000.0",
                        "\"initialCash\": 1e999"), "/initialCash",
                        "not finite|a finite number is required"),
                of("missing required field", JsonFixtures.without("/tranches/0/share"), "/tranches/0/share",
                        "missing required field"),
                of("missing simulation", JsonFixtures.without("/simulation"), "/simulation", "missing required field"),
                of("missing kind", JsonFixtures.without("/assets/0/kind"), "/assets/0/kind",
                        "missing required field|VOLATILE, PEGGED"),
                of("unknown kind", JsonFixtures.with("/positions/0/kind", "\"STAKE\""), "/positions/0/kind",
                        "\"STAKE\" is not a kind of position|YIELD, LOAN_BOOK, CREDIT_LINE"),
                of("unknown shock kind", JsonFixtures.with("/scenarios/0/shocks/1/kind", "\"CRASH\""),
                        "/scenarios/0/shocks/1/kind", "PRICE, DEPEG"),
                of("newer schema version", JsonFixtures.with("/schemaVersion", "3"), "/schemaVersion",
                        "is 3; this version of TrancheLab reads schemaVersion 1 to 2"),
                of("schema version as text", JsonFixtures.with("/schemaVersion", "\"1\""), "/schemaVersion",
                        "is a string (\"1\")|schemaVersion 1 to 2"),
                of("missing schema version", JsonFixtures.without("/schemaVersion"), "/schemaVersion",
                        "missing required field; it must be 1 or 2"),
                of("shares not summing to 1", JsonFixtures.with("/tranches/1/share", "0.27"), "/tranches",
                        "shares sum to 1.07; they must sum to 1"),
                of("empty tranche list", JsonFixtures.with("/tranches", "[]"), "/tranches", "no tranches|at least two"),
                of("negative size", JsonFixtures.with("/positions/0/units", "-5"), "/positions/0/units",
                        "is -5; it must be greater than 0"),
                of("equity coupon", JsonFixtures.with("/tranches/2/coupon", "0.03"), "/tranches/2/coupon",
                        "the equity tranche takes the residual and has no coupon"),
                of("indefinite correlations", JsonFixtures.with("/correlations",
                        "[[1, 0.9, 0.9], [0.9, 1, -0.9], [0.9, -0.9, 1]]"), "/correlations",
                        "not positive semi-definite (smallest eigenvalue -0.8); a correlation matrix must be"),
                of("asymmetric correlations", JsonFixtures.with("/correlations/0/1", "0.5"), "/correlations/0/1",
                        "symmetric"));
    }

    private static Arguments of(String change, String json, String pointer, String keyWords) {
        return Arguments.of(change, json, pointer, keyWords);
    }

    @Test
    void nonFiniteLiteralsAreReportedAtTheirPointerWithTheOtherProblems() {
        String json = JsonFixtures.fullText().replace("\"volatility\": 0.75", "\"volatility\": NaN")
                .replace("\"price\": 3000.0", "\"price\": -Infinity")
                .replace("\"apr\": 0.03", "\"apr\": \"3 %\"");
        assertEquals(List.of(new Problem("/assets/0/price", "is not finite (-Infinity); a finite number is required"),
                        new Problem("/assets/0/volatility", "NaN is not a number; a finite number is required"),
                        new Problem("/positions/0/apr", "expected a number, found a string (\"3 %\")")),
                problemsOf(json));
    }

    @Test
    void everyFormProblemIsReportedNotJustTheFirst() {
        ObjectNode tree = JsonFixtures.fullTree();
        JsonFixtures.set(tree, "/simulation/paths", "\"many\"");
        JsonFixtures.set(tree, "/assets/1/colour", "1");
        JsonFixtures.remove(tree, "/positions/2/rate");
        JsonFixtures.set(tree, "/scenarios/0/shocks/0/step", "1.5");
        List<String> pointers = problemsOf(tree.toString()).stream().map(Problem::pointer).toList();
        assertEquals(List.of("/simulation/paths", "/assets/1/colour", "/positions/2/rate",
                "/scenarios/0/shocks/0/step"), pointers);
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        String json = "{\n  \"schemaVersion\": 1,\n  \"name\": \"x\"\n  \"description\": \"\"\n}";
        Problem problem = problemsOf(json).get(0);
        assertTrue(problem.message().startsWith("malformed JSON at line 4, column 3: "), problem::toString);
    }

    @Test
    void anUnfinishedDocumentSaysWhereItEnds() {
        Problem problem = problemsOf("{\"schemaVersion\": 1, \"assets\": [").get(0);
        assertEquals("/assets", problem.pointer());
        assertTrue(problem.message().contains("line 1, column 33")
                && problem.message().contains("the text ends before the JSON is complete"), problem::toString);
        assertTrue(!problem.message().contains("Source"), problem::toString);
    }

    @Test
    void aDuplicateFieldIsMalformed() {
        Problem problem = problemsOf("{\"schemaVersion\": 1, \"name\": \"a\", \"name\": \"b\"}").get(0);
        assertEquals("/name", problem.pointer());
        assertTrue(problem.message().contains("'name' appears twice"), problem::toString);
    }

    @Test
    void textAfterTheStructureIsMalformed() {
        Problem problem = problemsOf(JsonFixtures.fullText() + "{}").get(0);
        assertTrue(problem.message().contains("more text follows the end of the JSON object"), problem::toString);
    }

    @Test
    void anEmptyDocumentOrANonObjectIsRefused() {
        assertEquals(List.of(new Problem("", "the document is empty; a structure is a JSON object (docs/format.md)")),
                problemsOf("  "));
        assertEquals(List.of(new Problem("", "expected an object, found an array")), problemsOf("[1, 2]"));
    }
}
