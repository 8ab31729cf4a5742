package org.cora.tools.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.cora.tools.CoraTool;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options of every command that talks to the service. They may stand before the command's
 * name or after it ({@code cora --url U procedures list}, {@code cora procedures list --json}); given
 * at both places, the one nearer the command wins.
 */
public final class ServiceOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--url", paramLabel = "URL",
            description = "the service: " + Connection.DEFAULT_URL + " unless $CORA_URL names another")
    String url;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "sent as 'Authorization: Bearer TOKEN'; default: $CORA_TOKEN")
    String token;

    @Option(names = "--as", paramLabel = "PRINCIPAL",
            description = "act as PRINCIPAL on a service in development mode (the X-Cora-Principal header)")
    String principal;

    @Option(names = "--json", description = "machine output: the service's JSON, one document per line")
    boolean json;

    static boolean isOn(CommandSpec spec) {
        return spec.mixins().values().stream().anyMatch(m -> m.userObject() instanceof ServiceOptions);
    }

    /** The session of the command this is mixed into, with the options given before its name merged in. */
    Session session() {
        List<ServiceOptions> levels = levels();
        CliContext context = mixee.root().userObject() instanceof CoraTool tool ? tool.context() : CliContext.system();
        Connection connection = Connection.resolve(nearest(levels, o -> o.url), nearest(levels, o -> o.token),
                nearest(levels, o -> o.principal), context.environment());
        CommandLine line = mixee.commandLine();
        return new Session(new CoraClient(connection), line.getOut(), line.getErr(),
                levels.stream().anyMatch(o -> o.json), context);
    }

    /** This command's options, then those of each command above it. */
    private List<ServiceOptions> levels() {
        List<ServiceOptions> levels = new ArrayList<>();
        for (CommandSpec command = mixee; command != null; command = command.parent()) {
            command.mixins().values().stream().map(CommandSpec::userObject)
                    .filter(ServiceOptions.class::isInstance).map(ServiceOptions.class::cast).forEach(levels::add);
        }
        return levels;
    }

    private static String nearest(List<ServiceOptions> levels, Function<ServiceOptions, String> option) {
        return levels.stream().map(option).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
