package org.cora.application.features.listprocedures;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.cora.application.port.ProcedureSummaryFilter;
import org.cora.domain.procedure.ProcedureStatus;

/**
 * The list query from the text a surface receives (an HTTP query string, a tool's arguments),
 * keyed as on the wire. Every refusal is an {@link InvalidProcedureListQueryError} naming the
 * parameter; an unknown parameter is refused rather than silently matching everything.
 */
public final class ListProceduresParameters {

    public static final Set<String> NAMES = Set.of("status", "kind", "target_asset_id", "parent_run_id", "cursor",
            "limit");

    private ListProceduresParameters() {
    }

    public static ListProceduresQuery parse(Map<String, String> parameters) {
        for (String name : parameters.keySet()) {
            if (!NAMES.contains(name)) {
                throw new InvalidProcedureListQueryError("unknown parameter '" + name + "' (allowed: "
                        + new TreeSet<>(NAMES) + ")");
            }
        }
        ProcedureSummaryFilter filter = new ProcedureSummaryFilter(
                text(parameters, "status").map(ListProceduresParameters::status),
                text(parameters, "kind"),
                text(parameters, "target_asset_id").map(raw -> uuid(raw, "target_asset_id")),
                text(parameters, "parent_run_id").map(raw -> uuid(raw, "parent_run_id")));
        return new ListProceduresQuery(filter, text(parameters, "cursor").map(ProcedureListCursor::decode),
                text(parameters, "limit").map(ListProceduresParameters::limit).orElse(ListProceduresQuery.DEFAULT_LIMIT));
    }

    private static Optional<String> text(Map<String, String> parameters, String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    private static ProcedureStatus status(String raw) {
        return Arrays.stream(ProcedureStatus.values()).filter(s -> s.name().equals(raw)).findFirst()
                .orElseThrow(() -> new InvalidProcedureListQueryError("status must be one of "
                        + Arrays.toString(ProcedureStatus.values()) + ", got '" + raw + "'"));
    }

    private static UUID uuid(String raw, String name) {
        try {
            UUID id = UUID.fromString(raw);
            if (id.toString().equalsIgnoreCase(raw)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // refused below, like a string UUID.fromString accepts but does not round-trip ("1-2-3-4-5")
        }
        throw new InvalidProcedureListQueryError(name + " must be a UUID, got '" + raw + "'");
    }

    private static int limit(String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new InvalidProcedureListQueryError("limit must be an integer " + ListProceduresQuery.MIN_LIMIT
                    + ".." + ListProceduresQuery.MAX_LIMIT + ", got '" + raw + "'");
        }
    }
}
