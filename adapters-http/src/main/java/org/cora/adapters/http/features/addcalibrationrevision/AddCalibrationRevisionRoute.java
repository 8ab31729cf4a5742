package org.cora.adapters.http.features.addcalibrationrevision;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cora.application.wire.InvalidRequestError;
import org.cora.application.port.Caller;
import org.cora.domain.calibration.CalibrationId;
import org.cora.domain.features.addcalibrationrevision.AddCalibrationRevisionCommand;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.addcalibrationrevision.AddCalibrationRevisionHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /calibrations/{id}/revisions} {@code {value, established_at?, established_by?}}: append a revision
 * (by default established now, by the caller); 201 with its {@code revision_id}. */
@RestController
public final class AddCalibrationRevisionRoute {

    private static final Set<String> FIELDS = Set.of("value", "established_at", "established_by");

    private final AddCalibrationRevisionHandler handler;
    private final RequestCaller callers;

    public AddCalibrationRevisionRoute(AddCalibrationRevisionHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/calibrations/{calibrationId}/revisions")
    public ResponseEntity<Map<String, Object>> add(@PathVariable String calibrationId, @org.springframework.web.bind.annotation.RequestBody(required = false) String text,
                                                   HttpServletRequest request) {
        CalibrationId id = new CalibrationId(RequestBody.pathId(calibrationId, "calibration_id"));
        RequestBody body = RequestBody.read(text, FIELDS);
        Caller caller = callers.of(request);
        AddCalibrationRevisionCommand command = new AddCalibrationRevisionCommand(id,
                body.get("value").orElseThrow(() -> new InvalidRequestError("value is required")),
                body.optionalInstant("established_at").orElse(null),
                body.optionalString("established_by").orElse(caller.principal()));
        UUID revisionId = handler.handle(command, caller);
        return ResponseEntity.created(URI.create("/calibrations/" + id + "/revisions/" + revisionId))
                .body(Map.of("revision_id", revisionId.toString()));
    }
}
