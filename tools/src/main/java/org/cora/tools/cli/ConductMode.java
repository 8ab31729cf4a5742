package org.cora.tools.cli;

import org.cora.domain.json.Json;
import picocli.CommandLine.Option;

/** How long a conduct is waited for: to its outcome (the default), until accepted, or step by step to its end. */
final class ConductMode {

    @Option(names = "--async", description = "return once the service has accepted the conduct (Prefer: respond-async)")
    boolean async;

    @Option(names = "--follow", description = "conduct in the background and follow it step by step to its end "
            + "(implies --async; the exit code is then that of follow)")
    boolean follow;

    CoraClient.Reply post(CoraClient client, String path, Json.Obj body) {
        return async || follow ? client.postAsync(path, body) : client.post(path, body);
    }
}
