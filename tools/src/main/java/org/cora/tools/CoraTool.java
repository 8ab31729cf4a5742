package org.cora.tools;

import org.cora.tools.simioc.SimIocCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cora <command>}: the tools beside the service. {@code ./cora run} starts the service itself. */
@Command(name = "cora", mixinStandardHelpOptions = true,
        description = "Tools beside the Cora service.",
        subcommands = {SimIocCommand.class})
public final class CoraTool implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a command: the usage, and the exit code of a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new CoraTool()).execute(args));
    }
}
