package io.tranchelab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code tranchelab}: the commands, {@code --help} and {@code --version}. Without a command it prints its help. */
@Command(name = "tranchelab", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Crypto securitization workbench: Monte Carlo runs of a structure's tranches.",
            "With no command, or with a FILE.json, the jar opens the workbench instead."},
        subcommands = {SimulateCommand.class, CompareCommand.class, ReportCommand.class, ValidateCommand.class,
            BenchCommand.class, SensitivityCommand.class, HeatmapCommand.class, SolveCommand.class,
            PriceCommand.class, SweepCommand.class, ScoresCommand.class, HedgeCommand.class, HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  tranchelab simulate deal.json --paths 20000",
            "  tranchelab compare deal.json --scenarios \"base,June 2022 (stETH discount)\"",
            "  tranchelab report deal.json --out deal.pdf --csv deal.csv",
            "  tranchelab sensitivity deal.json --metric pool:pBadDebt",
            "  tranchelab heatmap deal.json --target BBB",
            "  tranchelab solve deal.json --for senior-share --rating A",
            "  tranchelab price deal.json --tranche Senior --yield 6%%",
            "  tranchelab hedge vault.json --png hedge-pnl.png",
            "  tranchelab simulate --help",
            "",
            "Exit codes: 0 done, 2 bad arguments or input (one line naming the field),",
            "1 internal error."})
final class TrancheLabCommand implements Callable<Integer> {

    final Terminal terminal;

    @Spec
    CommandSpec spec;

    TrancheLabCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.BAD_INPUT;
    }
}
