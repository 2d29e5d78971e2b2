package dev.connector.app;

import dev.connector.cli.ListenCommand;
import dev.connector.cli.TriggerCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code connector serve [options]}, and the commands that drive a running server ({@code trigger}, {@code listen}). */
@Command(name = "connector", mixinStandardHelpOptions = true, version = "Connector 0.1.0",
        description = "A self-hostable server for the hotel Connector API: operations, webhooks and WebSockets.",
        subcommands = {ServeCommand.class, TriggerCommand.class, ListenCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int exit = new CommandLine(new Main()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
