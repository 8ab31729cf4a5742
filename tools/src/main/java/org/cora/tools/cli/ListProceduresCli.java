package org.cora.tools.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.cora.domain.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cora procedures list}: {@code GET /procedures}, a page or (--all) every page, as a table. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List Procedures.",
                "One page at a time, as the service pages them; --all follows next_cursor to the last page."})
final class ListProceduresCli implements Callable<Integer> {

    private static final List<String> COLUMNS = List.of("PROCEDURE_ID", "NAME", "KIND", "STATUS");

    @Mixin
    ServiceOptions service;

    @Option(names = "--status", paramLabel = "STATUS", description = "only in this status (Defined, Running, Held, ...)")
    String status;

    @Option(names = "--kind", paramLabel = "KIND", description = "only of this kind")
    String kind;

    @Option(names = "--target-asset", paramLabel = "ASSET_ID", description = "only those targeting this asset")
    UUID targetAsset;

    @Option(names = "--parent-run", paramLabel = "RUN_ID", description = "only the phases of this Run")
    UUID parentRun;

    @Option(names = "--limit", paramLabel = "N", description = "at most N per page (the service's default otherwise)")
    Integer limit;

    @Option(names = "--cursor", paramLabel = "CURSOR", description = "start at this page (a next_cursor given earlier)")
    String cursor;

    @Option(names = "--all", description = "every page, following next_cursor")
    boolean all;

    @Override
    public Integer call() {
        Session session = service.session();
        List<Json> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String next = cursor;
        do {
            Json.Obj page = session.client().get("/procedures" + query(next)).json();
            items.addAll(JsonFields.objects(page, "items"));
            next = JsonFields.text(page, "next_cursor").orElse(null);
        } while (all && next != null && seen.add(next));
        print(session, items, all ? null : next);
        return CliExit.OK.code();
    }

    private static void print(Session session, List<Json> items, String next) {
        if (session.json()) {
            session.printJson(Json.Obj.builder().put("items", new Json.Arr(items)).put("next_cursor", next).build());
            return;
        }
        List<List<String>> rows = items.stream().map(Json.Obj.class::cast)
                .map(p -> COLUMNS.stream().map(c -> JsonFields.text(p, c.toLowerCase(Locale.ROOT)).orElse("")).toList())
                .toList();
        session.out().print(rows.isEmpty() ? "No Procedures." + System.lineSeparator() : Table.render(COLUMNS, rows));
        session.out().flush();
        if (next != null) {
            session.err().println("More: --cursor " + next + " for the next page, or --all.");
            session.err().flush();
        }
    }

    private String query(String pageCursor) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        add(query, "status", status);
        add(query, "kind", kind);
        add(query, "target_asset_id", targetAsset);
        add(query, "parent_run_id", parentRun);
        add(query, "limit", limit);
        add(query, "cursor", pageCursor);
        return query.toString();
    }

    private static void add(StringJoiner query, String name, Object value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }
}
