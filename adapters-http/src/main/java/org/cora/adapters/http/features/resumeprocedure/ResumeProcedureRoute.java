package org.cora.adapters.http.features.resumeprocedure;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.cora.application.wire.InvalidRequestError;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.resumeprocedure.ResumeProcedureHandler;
import org.cora.domain.features.resumeprocedure.ResumeProcedureCommand;
import org.cora.domain.procedure.ProcedureId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /procedures/{id}/resume} {@code {"re_establishment_boundary"}}: Held to Running, no replay; 204. */
@RestController
public final class ResumeProcedureRoute {

    private static final Set<String> FIELDS = Set.of("re_establishment_boundary");

    private final ResumeProcedureHandler handler;
    private final RequestCaller callers;

    public ResumeProcedureRoute(ResumeProcedureHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/procedures/{procedureId}/resume")
    public ResponseEntity<Void> resume(@PathVariable String procedureId,
                                       @org.springframework.web.bind.annotation.RequestBody(required = false) String text,
                                       HttpServletRequest request) {
        ProcedureId id = new ProcedureId(RequestBody.pathId(procedureId, "procedure_id"));
        long boundary = RequestBody.read(text, FIELDS).optionalInteger("re_establishment_boundary")
                .orElseThrow(() -> new InvalidRequestError("re_establishment_boundary is required"));
        handler.handle(new ResumeProcedureCommand(id, boundary, null), callers.of(request));
        return ResponseEntity.noContent().build();
    }
}
