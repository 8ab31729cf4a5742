package org.cora.adapters.http.features.truncateprocedure;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.truncateprocedure.TruncateProcedureHandler;
import org.cora.domain.features.truncateprocedure.TruncateProcedureCommand;
import org.cora.domain.procedure.ProcedureId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /procedures/{id}/truncate}: truncate with {"reason", "interrupted_at"?}; 204. */
@RestController
public final class TruncateProcedureRoute {

    private static final Set<String> FIELDS = Set.of("reason", "interrupted_at");

    private final TruncateProcedureHandler handler;
    private final RequestCaller callers;

    public TruncateProcedureRoute(TruncateProcedureHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/procedures/{procedureId}/truncate")
    public ResponseEntity<Void> handle(@PathVariable String procedureId,
                                       @org.springframework.web.bind.annotation.RequestBody(required = false) String text,
                                       HttpServletRequest request) {
        ProcedureId id = new ProcedureId(RequestBody.pathId(procedureId, "procedure_id"));
        RequestBody body = RequestBody.read(text, FIELDS);
        handler.handle(new TruncateProcedureCommand(id, body.optionalString("reason").orElse(null),
                body.optionalInstant("interrupted_at").orElse(null)), callers.of(request));
        return ResponseEntity.noContent().build();
    }
}
