package org.cora.tools.cli;

import java.io.PrintWriter;
import org.cora.domain.json.Json;

/** One command's run: the client, where its output goes, and whether that output is for a machine (--json). */
record Session(CoraClient client, PrintWriter out, PrintWriter err, boolean json, CliContext context) {

    /** One JSON document on one line of standard output. */
    void printJson(Json value) {
        out.println(value.toJsonText());
        out.flush();
    }

    /** Standard output for a person, unless it carries JSON for a machine: then standard error. */
    PrintWriter toPerson() {
        return json ? err : out;
    }
}
