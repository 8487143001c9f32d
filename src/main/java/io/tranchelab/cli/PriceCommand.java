package io.tranchelab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.design.TrancheCashFlows;
import io.tranchelab.design.TranchePricer;
import io.tranchelab.format.Formats;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code price FILE --tranche NAME (--yield Y | --price P)}: a tranche token's price at a yield, or its yield at a price. */
@Command(name = "price", header = "Price a tranche per 1.00 of principal at a yield, or find its yield at a price.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = "Discounts the dated cash the tranche receives on each path (coupons, turbo paydowns, equity"
                + " distributions, the final distribution) at a continuously compounded annual yield: cash c at t"
                + " years is worth c e^(-y t). The price per 1.00 of principal is the mean over paths, with its 5th,"
                + " 50th and 95th percentiles; --price gives the yield whose mean price it is, and the percentiles"
                + " of each path's own yield at that price.",
        footerHeading = "%nExamples:%n",
        footer = {"  tranchelab price samples/eth-lending-book.json --tranche Senior --yield 6%%",
            "  tranchelab price deal.json --tranche Mezzanine --price 0.97 --paths 5000",
            "  tranchelab price deal.json --tranche Senior --yield 0.06 --format json"})
final class PriceCommand implements Callable<Integer> {

    @ParentCommand
    private TrancheLabCommand parent;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The structure (JSON).")
    private String file;

    @Option(names = "--tranche", required = true, paramLabel = "NAME", description = "The tranche to price.")
    private String tranche;

    @Option(names = "--yield", paramLabel = "Y",
            description = "Price at this yield (continuously compounded, a year), e.g. 8%% or 0.08.")
    private String yield;

    @Option(names = "--price", paramLabel = "P", description = "Find the yield at this price per 1.00 of principal,"
            + " e.g. 0.97.")
    private String price;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "Scenario to run: base, one of the file's or a historical one (default: base).")
    private String scenario;

    @Mixin
    private RunOptions run;

    @Option(names = "--format", paramLabel = "table|json|csv", converter = DesignOptions.FormatConverter.class,
            description = "table (default), json or csv.")
    private DesignOptions.Format format = DesignOptions.Format.TABLE;

    private Terminal out;

    @Override
    public Integer call() throws UsageException {
        out = parent.terminal;
        if ((yield == null) == (price == null)) {
            throw new UsageException(yield == null ? "price needs --yield Y or --price P"
                    : "give --yield or --price, not both");
        }
        double y = yield != null ? DesignOptions.number("--yield", yield) : Double.NaN;
        double p = price != null ? DesignOptions.number("--price", price) : Double.NaN;
        if (price != null && !(p > 0)) {
            throw new UsageException("--price must be above 0, was '" + price + "'");
        }
        Structure structure = Cli.load(file);
        RunSettings settings = run.settings(structure);
        if (scenario != null) {
            settings = settings.withScenario(scenario);
        }
        TrancheCashFlows cash;
        try {
            structure = ScenarioLibrary.withScenarios(structure, List.of(settings.scenario()));
            cash = TrancheCashFlows.simulate(structure, settings.scenario(), settings.seed(), settings.paths(),
                    tranche, settings.threads(), ProgressListener.NONE, CancellationToken.none());
        } catch (IllegalArgumentException e) {
            throw new UsageException((e.getMessage().startsWith("metric") ? "--tranche: " : "") + e.getMessage());
        }
        TranchePricer.Distribution result = yield != null ? TranchePricer.priceAt(cash, y)
                : TranchePricer.yieldAt(cash, p);
        String given = yield != null ? "yield" : "price";
        double givenValue = yield != null ? y : p;
        switch (format) {
            case JSON -> out.json(json(cash, settings, given, givenValue, result));
            case CSV -> {
                out.println("tranche,scenario,paths,seed,given,givenValue,mean,p5,p50,p95");
                out.println(String.join(",", csv(cash.tranche()), csv(settings.scenario()),
                        String.valueOf(cash.paths()), String.valueOf(settings.seed()), given, String.valueOf(givenValue),
                        number(result.mean()), number(result.p5()), number(result.p50()), number(result.p95())));
            }
            default -> printTable(cash, settings, yield != null, givenValue, result);
        }
        return Cli.OK;
    }

    private void printTable(TrancheCashFlows cash, RunSettings settings, boolean atYield, double given,
                            TranchePricer.Distribution r) {
        out.printf("%s — scenario %s — %s paths, seed %d; principal %s; yields continuously compounded, a year%n%n",
                cash.tranche(), settings.scenario(), Formats.count(cash.paths()), settings.seed(),
                Formats.money(cash.principal()));
        if (atYield) {
            out.printf("At a yield of %s: price %s per 1.00 of principal (mean over paths)%n", Formats.percent(given),
                    Formats.price(r.mean()));
            out.printf("  per path: p5 %s, median %s, p95 %s%n", Formats.price(r.p5()), Formats.price(r.p50()),
                    Formats.price(r.p95()));
        } else {
            out.printf("At a price of %s: yield %s (the yield whose mean price it is)%n", Formats.price(given),
                    Double.isNaN(r.mean()) ? "none: no yield from -5,000 % to 5,000 % gives this price"
                            : Formats.percent(r.mean()));
            out.printf("  each path's own yield: p5 %s, median %s, p95 %s%n", yieldText(r.p5()), yieldText(r.p50()),
                    yieldText(r.p95()));
        }
    }

    /** A path that receives nothing has no yield at any price: its yield is minus infinity. */
    private static String yieldText(double y) {
        return y == Double.NEGATIVE_INFINITY ? "-∞ (no cash)" : y == Double.POSITIVE_INFINITY ? "∞"
                : Formats.percent(y);
    }

    private static ObjectNode json(TrancheCashFlows cash, RunSettings settings, String given, double givenValue,
                                   TranchePricer.Distribution r) {
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("tranche", cash.tranche());
        json.put("scenario", settings.scenario());
        json.put("paths", cash.paths());
        json.put("seed", settings.seed());
        json.put("principal", cash.principal());
        json.put("compounding", "continuous");
        json.put(given, givenValue);
        ObjectNode figure = json.putObject(given.equals("yield") ? "price" : "yield");
        put(figure, "mean", r.mean());
        put(figure, "p5", r.p5());
        put(figure, "p50", r.p50());
        put(figure, "p95", r.p95());
        return json;
    }

    /** JSON has no infinity or NaN: a yield that does not exist (a path with no cash) is null. */
    private static void put(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.valueOf(value) : "";
    }

    private static String csv(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
