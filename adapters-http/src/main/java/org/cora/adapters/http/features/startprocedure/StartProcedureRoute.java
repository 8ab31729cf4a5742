package org.cora.adapters.http.features.startprocedure;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.startprocedure.StartProcedureHandler;
import org.cora.domain.features.startprocedure.StartProcedureCommand;
import org.cora.domain.procedure.ProcedureId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /procedures/{id}/start}: Defined to Running; 204. */
@RestController
public final class StartProcedureRoute {

    private static final Set<String> FIELDS = Set.of();

    private final StartProcedureHandler handler;
    private final RequestCaller callers;

    public StartProcedureRoute(StartProcedureHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/procedures/{procedureId}/start")
    public ResponseEntity<Void> handle(@PathVariable String procedureId,
                                       @org.springframework.web.bind.annotation.RequestBody(required = false) String text,
                                       HttpServletRequest request) {
        ProcedureId id = new ProcedureId(RequestBody.pathId(procedureId, "procedure_id"));
        RequestBody body = RequestBody.read(text, FIELDS);
        handler.handle(new StartProcedureCommand(id), callers.of(request));
        return ResponseEntity.noContent().build();
    }
}
