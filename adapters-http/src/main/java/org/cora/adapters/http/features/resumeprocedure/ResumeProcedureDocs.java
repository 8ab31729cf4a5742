package org.cora.adapters.http.features.resumeprocedure;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link ResumeProcedureRoute}. */
@Component
final class ResumeProcedureDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(ResumeProcedureRoute.class, "Resume a Held Procedure")
                .description("Held to Running from a re-establishment boundary, replaying nothing; POST "
                        + "/procedures/{id}/conduct-from resumes and replays.")
                .request("from step 2", """
                        {"re_establishment_boundary": 2}""")
                .noContent(204, "resumed")
                .error(404, "ProcedureNotFoundError", "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 not found")
                .error(400, "InvalidProcedureReEstablishmentBoundaryError",
                        "re_establishment_boundary -1 is invalid: it must be 0 or more")
                .error(409, "ProcedureCannotResumeError",
                        "Procedure 0193a7c2-5e4f-7a81-b2c3-d4e5f6a7b8c9 cannot resume while its parent Run is held");
    }
}
