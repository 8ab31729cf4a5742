package org.cora.adapters.http.features.registerprocedure;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link RegisterProcedureRoute}. */
@Component
final class RegisterProcedureDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(RegisterProcedureRoute.class, "Register a Procedure")
                .description("Creates a Procedure in status Defined. Its steps are given when it is conducted.")
                .request("a Procedure", """
                        {"name": "align mirror M1", "kind": "alignment"}""")
                .request("in a Run, on Assets", """
                        {
                          "name": "energy scan",
                          "kind": "scan",
                          "target_asset_ids": ["0193a7c2-3db0-71d0-bfea-d7514e06094d"],
                          "parent_run_id": "0193a7c2-42d6-737b-96a7-9e5f48bbc9be"
                        }""")
                .response(201, "created; Location names it", """
                        {"procedure_id": "0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9"}""")
                .error(400, "InvalidProcedureNameError",
                        "Procedure name must be 1..200 characters after trimming, got '' (0 characters after "
                                + "trimming)")
                .error(400, "InvalidProcedureKindError",
                        "Procedure kind must be 1..100 characters after trimming, got ''")
                .error(409, "ProcedureAlreadyExistsError",
                        "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 already exists");
    }
}
