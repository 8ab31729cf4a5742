package org.cora.adapters.http.features.abortprocedure;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.abortprocedure.AbortProcedureHandler;
import org.cora.domain.features.abortprocedure.AbortProcedureCommand;
import org.cora.domain.procedure.ProcedureId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /procedures/{id}/abort}: abort with {"reason"}; 204. */
@RestController
public final class AbortProcedureRoute {

    private static final Set<String> FIELDS = Set.of("reason");

    private final AbortProcedureHandler handler;
    private final RequestCaller callers;

    public AbortProcedureRoute(AbortProcedureHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/procedures/{procedureId}/abort")
    public ResponseEntity<Void> handle(@PathVariable String procedureId,
                                       @org.springframework.web.bind.annotation.RequestBody(required = false) String text,
                                       HttpServletRequest request) {
        ProcedureId id = new ProcedureId(RequestBody.pathId(procedureId, "procedure_id"));
        RequestBody body = RequestBody.read(text, FIELDS);
        handler.handle(new AbortProcedureCommand(id, body.optionalString("reason").orElse(null), null), callers.of(request));
        return ResponseEntity.noContent().build();
    }
}
