package org.cora.tools.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cora procedures list|show|journal|events}: reading Procedures. */
@Command(name = "procedures", mixinStandardHelpOptions = true, description = "List Procedures and read one.",
        subcommands = {ListProceduresCli.class, GetProcedureCli.class, GetProcedureActivitiesCli.class,
                GetProcedureEventsCli.class})
public final class ProceduresCli implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a subcommand: the usage, and the exit code of a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CliExit.USAGE.code();
    }
}
