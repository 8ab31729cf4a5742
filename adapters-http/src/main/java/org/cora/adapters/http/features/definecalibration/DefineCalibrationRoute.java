package org.cora.adapters.http.features.definecalibration;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.cora.domain.calibration.CalibrationId;
import org.cora.domain.features.definecalibration.DefineCalibrationCommand;
import org.springframework.web.bind.annotation.PostMapping;
import org.cora.adapters.http.IdempotencyKeyHeader;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.definecalibration.DefineCalibrationHandler;
import org.cora.application.port.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /calibrations} {@code {quantity}}: define a Calibration; 201 with its id and Location. */
@RestController
public final class DefineCalibrationRoute {

    private static final Set<String> FIELDS = Set.of("quantity");

    private final DefineCalibrationHandler handler;
    private final RequestCaller callers;
    private final IdempotencyKeyHeader idempotency;

    public DefineCalibrationRoute(DefineCalibrationHandler handler, RequestCaller callers,
                                  IdempotencyKeyHeader idempotency) {
        this.handler = handler;
        this.callers = callers;
        this.idempotency = idempotency;
    }

    @PostMapping("/calibrations")
    public ResponseEntity<Map<String, Object>> define(@org.springframework.web.bind.annotation.RequestBody(required = false) String text, HttpServletRequest request) {
        RequestBody body = RequestBody.read(text, FIELDS);
        DefineCalibrationCommand command = new DefineCalibrationCommand(body.optionalString("quantity").orElse(null));
        Caller caller = callers.of(request);
        return idempotency.respond(request, body, DefineCalibrationHandler.COMMAND_NAME, () -> {
            CalibrationId id = handler.handle(command, caller);
            return IdempotencyKeyHeader.created("/calibrations/" + id, "calibration_id", id);
        });
    }
}
