package org.cora.adapters.http.features.resumerun;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.cora.domain.features.resumerun.ResumeRunCommand;
import org.cora.domain.run.RunId;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.resumerun.ResumeRunHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /runs/{id}/resume}: resume a Held Run; 204. */
@RestController
public final class ResumeRunRoute {

    private static final Set<String> FIELDS = Set.of();

    private final ResumeRunHandler handler;
    private final RequestCaller callers;

    public ResumeRunRoute(ResumeRunHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/runs/{runId}/resume")
    public ResponseEntity<Void> handle(@PathVariable String runId, @org.springframework.web.bind.annotation.RequestBody(required = false) String text, HttpServletRequest request) {
        RunId id = new RunId(RequestBody.pathId(runId, "run_id"));
        RequestBody.read(text, FIELDS);
        handler.handle(new ResumeRunCommand(id), callers.of(request));
        return ResponseEntity.noContent().build();
    }
}
