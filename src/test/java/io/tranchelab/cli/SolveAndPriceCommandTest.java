package io.tranchelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code solve} and {@code price} on docs/model.md §12's worked example, whose answers are known by hand. */
class SolveAndPriceCommandTest {

    @TempDir
    Path dir;
    private String example;

    @BeforeEach
    void writeExample() throws IOException {
        example = Files.writeString(dir.resolve("example.json"), CliTest.EXAMPLE).toString();
    }

    /** Example A pays the mezzanine its coupon in full and returns its principal: its return is its coupon. */
    @Test
    void fairCouponOfTheLossFreeMezzanineIsTheHurdle() throws IOException {
        CliRun run = CliRun.of("solve", example, "--for", "fair-coupon", "--tranche", "Mezzanine", "--target", "8%",
                "--seeds", "2", "--format", "json");
        assertEquals(Cli.OK, run.exitCode(), run.stderr());
        JsonNode json = new ObjectMapper().readTree(run.stdout());
        assertEquals("found", json.get("outcome").asText());
        assertEquals(0.08, json.get("answer").asDouble(), 1e-5);
        assertEquals("/tranches/1/coupon", json.get("overrides").get(0).get("pointer").asText());
        assertEquals(2, json.get("seeds").size());
        assertTrue(json.get("interval").get("low").asDouble() <= 0.08 && json.get("interval").get("high").asDouble()
                >= 0.08);
    }

    /**
     * The hurdle is the mean IRR (docs/model.md §8.5): example A in quarterly steps pays the
     * mezzanine c / 4 a quarter, an IRR of (1 + c / 4)^4 - 1, so 8 % needs c = 4 (1.08^(1/4) - 1)
     * = 7.7706 % (the workbench asks the same question, SolveViewModelTest).
     */
    @Test
    void fairCouponMeetsTheHurdleAsAnIrr() throws IOException {
        String quarterly = Files.writeString(dir.resolve("quarterly.json"),
                CliTest.EXAMPLE.replace("\"stepsPerYear\": 1,", "\"stepsPerYear\": 4,")).toString();
        CliRun run = CliRun.of("solve", quarterly, "--for", "fair-coupon", "--tranche", "Mezzanine", "--target", "8%",
                "--seeds", "1", "--format", "json");
        assertEquals(Cli.OK, run.exitCode(), run.stderr());
        JsonNode json = new ObjectMapper().readTree(run.stdout());
        assertEquals(4 * (Math.pow(1.08, 0.25) - 1), json.get("answer").asDouble(), 1e-5);
        assertTrue(json.get("question").asText().contains("mean IRR"), run.stdout());
    }

    @Test
    void tableNamesTheAnswerTheInterval() {
        CliRun run = CliRun.of("solve", example, "--for", "fair-coupon", "--tranche", "Mezzanine", "--target", "0.08",
                "--seeds", "1");
        assertEquals(Cli.OK, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("Answer: Mezzanine coupon 8.000 %"), run.stdout());
        assertTrue(run.stdout().contains("apply: /tranches/1/coupon = 0.0"), run.stdout());
        assertTrue(run.stdout().contains("Monte Carlo interval (95 %, 1 seed)"), run.stdout());
    }

    /** Nothing can go wrong in example A: a zero-EL target holds at every senior share, which is an answer, not an error. */
    @Test
    void targetThatHoldsEverywhereIsReportedWithExitZero() {
        CliRun run = CliRun.of("solve", example, "--for", "senior-share", "--target", "0", "--seeds", "1");
        assertEquals(Cli.OK, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("No answer: the target holds over the whole range"), run.stdout());
    }

    @Test
    void csvHasOneRowPerSeed() {
        CliRun run = CliRun.of("solve", example, "--for", "fair-coupon", "--tranche", "Senior", "--target", "4%",
                "--seeds", "3", "--format", "csv");
        assertEquals(Cli.OK, run.exitCode(), run.stderr());
        assertEquals(4, run.stdout().strip().lines().count(), run.stdout());
        assertTrue(run.stdout().startsWith("seed,outcome,parameter,pointer,answer"), run.stdout());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--for fair-coupon --tranche Mezzanine|solve --for fair-coupon needs --target X",
        "--for all --target 1%|--for must be senior-share, break-even-crash",
        "--for fair-coupon --tranche Nope --target 1%|--tranche: ",
        "--for fair-coupon --tranche Equity --target 1%|--tranche: tranche 'Equity' is the equity",
        "--for senior-share --target lots|--target must be a number",
        "--for liquidation-capacity --target 1%|--position: the structure has no loan book",
        "--for senior-share --rating AAA+|--rating: rating 'AAA+' is not a grade",
        "--for break-even-crash --asset Y|--asset: asset 'Y' is not a volatile asset",
        "--for break-even-crash --day 400|--day: day 400.0 is outside the horizon",
        "--for fair-coupon --rating A|--rating applies to --for senior-share only",
        "--for senior-share --target 1% --seeds 0|--seeds ",
    })
    void badSolveArgumentsAreOneLineNamingTheOption(String args, String message) {
        String[] argv = ("solve " + example + " " + args).split(" ");
        CliRun run = CliRun.of(argv);
        assertEquals(Cli.BAD_INPUT, run.exitCode(), run.stderr());
        assertTrue(run.errorLine().contains(message), run.stderr());
    }

    /** Example A's senior receives 3.5 + 70 at t = 1: price e^(-y) 73.5 / 70, and at par the yield ln 1.05. */
    @Test
    void priceAtAYieldAndYieldAtAPriceOfTheWorkedExample() throws IOException {
        CliRun price = CliRun.of("price", example, "--tranche", "Senior", "--yield", "5%");
        assertEquals(Cli.OK, price.exitCode(), price.stderr());
        assertTrue(price.stdout().contains("price " + String.format(java.util.Locale.US, "%.4f",
                1.05 * Math.exp(-0.05))), price.stdout());
        CliRun yield = CliRun.of("price", example, "--tranche", "Senior", "--price", "1", "--format", "json");
        assertEquals(Cli.OK, yield.exitCode(), yield.stderr());
        JsonNode json = new ObjectMapper().readTree(yield.stdout());
        assertEquals(Math.log(1.05), json.get("yield").get("mean").asDouble(), 1e-9);
        assertEquals("continuous", json.get("compounding").asText());
        CliRun csv = CliRun.of("price", example, "--tranche", "Equity", "--yield", "0", "--format", "csv");
        assertEquals(Cli.OK, csv.exitCode(), csv.stderr());
        String[] row = csv.stdout().lines().skip(1).findFirst().orElseThrow().split(",");
        assertEquals(1.35, Double.parseDouble(row[6]), 1e-12, "(2.1 + 11.4) / 10 undiscounted");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--tranche Senior|price needs --yield Y or --price P",
        "--tranche Senior --yield 5% --price 1|give --yield or --price, not both",
        "--tranche Nope --yield 5%|--tranche: ",
        "--tranche Senior --price 0|--price must be above 0",
        "--tranche Senior --yield x|--yield must be a number",
        "--yield 5%|price needs --tranche NAME",
    })
    void badPriceArgumentsAreOneLineNamingTheOption(String args, String message) {
        String[] argv = ("price " + example + " " + args).split(" ");
        CliRun run = CliRun.of(argv);
        assertEquals(Cli.BAD_INPUT, run.exitCode(), run.stderr());
        assertTrue(run.errorLine().contains(message), run.stderr());
    }
}
