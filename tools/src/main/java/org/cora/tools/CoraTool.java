package org.cora.tools;

import java.util.concurrent.Callable;
import org.cora.tools.cli.CliContext;
import org.cora.tools.cli.CliErrors;
import org.cora.tools.cli.CliExit;
import org.cora.tools.cli.ConductFromProcedureCli;
import org.cora.tools.cli.ConductProcedureCli;
import org.cora.tools.cli.FollowProcedureCli;
import org.cora.tools.cli.HoldProcedureCli;
import org.cora.tools.cli.ProceduresCli;
import org.cora.tools.cli.RegisterProcedureCli;
import org.cora.tools.cli.ResumeProcedureCli;
import org.cora.tools.cli.ServiceOptions;
import org.cora.tools.simioc.SimIocCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code cora <command>}: the service from a terminal, and the tools beside it. {@code ./cora run}
 * starts the service itself.
 */
@Command(name = "cora", mixinStandardHelpOptions = true,
        description = {"Cora from the terminal, and the tools beside the service.",
                "Register, conduct, hold and resume Procedures, and follow them live. 'cora COMMAND --help' tells "
                        + "more about each command. The options below may also follow the command's name."},
        subcommands = {ProceduresCli.class, RegisterProcedureCli.class, ConductProcedureCli.class,
                HoldProcedureCli.class, ResumeProcedureCli.class, ConductFromProcedureCli.class,
                FollowProcedureCli.class, SimIocCommand.class})
public final class CoraTool implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ServiceOptions service;

    private final CliContext context;

    public CoraTool() {
        this(CliContext.system());
    }

    public CoraTool(CliContext context) {
        this.context = context;
    }

    /** The environment, the terminal and the screen the commands find around them. */
    public CliContext context() {
        return context;
    }

    /** The whole command line, as {@code main} runs it: errors mapped to documented exit codes. */
    public static CommandLine commandLine(CliContext context) {
        CommandLine line = new CommandLine(new CoraTool(context)).setExecutionExceptionHandler(new CliErrors());
        CliExit.document(line);
        return line;
    }

    /** Without a command: the usage, and the exit code of a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CliExit.USAGE.code();
    }

    public static void main(String[] args) {
        System.exit(commandLine(CliContext.system()).execute(args));
    }
}
