package org.cora.adapters.http.features.holdrun;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.cora.domain.features.holdrun.HoldRunCommand;
import org.cora.domain.run.RunId;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.holdrun.HoldRunHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /runs/{id}/hold} {@code {reason}}: hold a Running Run; 204. */
@RestController
public final class HoldRunRoute {

    private static final Set<String> FIELDS = Set.of("reason");

    private final HoldRunHandler handler;
    private final RequestCaller callers;

    public HoldRunRoute(HoldRunHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/runs/{runId}/hold")
    public ResponseEntity<Void> handle(@PathVariable String runId, @org.springframework.web.bind.annotation.RequestBody(required = false) String text, HttpServletRequest request) {
        RunId id = new RunId(RequestBody.pathId(runId, "run_id"));
        RequestBody body = RequestBody.read(text, FIELDS);
        handler.handle(new HoldRunCommand(id, body.optionalString("reason").orElse(null)), callers.of(request));
        return ResponseEntity.noContent().build();
    }
}
