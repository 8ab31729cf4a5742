package org.cora.adapters.http.features.completeprocedure;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.completeprocedure.CompleteProcedureHandler;
import org.cora.domain.features.completeprocedure.CompleteProcedureCommand;
import org.cora.domain.procedure.ProcedureId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /procedures/{id}/complete}: Running to Completed (an operator's completion actuated nothing through Cora); 204. */
@RestController
public final class CompleteProcedureRoute {

    private static final Set<String> FIELDS = Set.of();

    private final CompleteProcedureHandler handler;
    private final RequestCaller callers;

    public CompleteProcedureRoute(CompleteProcedureHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/procedures/{procedureId}/complete")
    public ResponseEntity<Void> handle(@PathVariable String procedureId,
                                       @org.springframework.web.bind.annotation.RequestBody(required = false) String text,
                                       HttpServletRequest request) {
        ProcedureId id = new ProcedureId(RequestBody.pathId(procedureId, "procedure_id"));
        RequestBody body = RequestBody.read(text, FIELDS);
        handler.handle(new CompleteProcedureCommand(id, null), callers.of(request));
        return ResponseEntity.noContent().build();
    }
}
