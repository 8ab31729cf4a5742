package org.cora.adapters.http.features.listprocedures;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link ListProceduresRoute}. */
@Component
final class ListProceduresDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(ListProceduresRoute.class, "One page of the Procedure list")
                .description("Filters: status, kind, target_asset_id, parent_run_id; limit 1..100 (default 50); "
                        + "cursor is the previous page's next_cursor, null on the last page. Ordered by "
                        + "procedure id (registration order). Served from the list read model, which follows "
                        + "the event stream with a short lag.")
                .response(200, "a page", """
                        {
                          "items": [
                            {
                              "procedure_id": "0193a7c2-11c9-74c2-9894-46c0688f6a56",
                              "name": "Align rotation stage",
                              "kind": "alignment",
                              "status": "Completed",
                              "target_asset_ids": [],
                              "parent_run_id": null,
                              "capability_id": null,
                              "recipe_id": null,
                              "activity_logbook_id": "0193a7c2-11d3-75ee-90dc-b1bcb7276b7e",
                              "actuation_kind": "Simulated",
                              "pending_hold_reason": null,
                              "registered_at": "2026-11-25T17:12:46.101Z",
                              "updated_at": "2026-11-25T17:12:48.002Z",
                              "last_event_version": 5
                            }
                          ],
                          "next_cursor": "AQGTp8IRyXTCmJRGwGiPalY"
                        }""")
                .error(400, "InvalidProcedureListQueryError", "limit must be a whole number from 1 to 100, got 500");
    }
}
