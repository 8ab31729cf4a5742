package org.cora.adapters.http.features.definecalibration;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.cora.domain.calibration.CalibrationId;
import org.cora.domain.features.definecalibration.DefineCalibrationCommand;
import org.springframework.web.bind.annotation.PostMapping;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.definecalibration.DefineCalibrationHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /calibrations} {@code {quantity}}: define a Calibration; 201 with its id and Location. */
@RestController
public final class DefineCalibrationRoute {

    private static final Set<String> FIELDS = Set.of("quantity");

    private final DefineCalibrationHandler handler;
    private final RequestCaller callers;

    public DefineCalibrationRoute(DefineCalibrationHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @PostMapping("/calibrations")
    public ResponseEntity<Map<String, Object>> define(@org.springframework.web.bind.annotation.RequestBody(required = false) String text, HttpServletRequest request) {
        RequestBody body = RequestBody.read(text, FIELDS);
        CalibrationId id = handler.handle(new DefineCalibrationCommand(body.optionalString("quantity").orElse(null)),
                callers.of(request));
        return ResponseEntity.created(URI.create("/calibrations/" + id)).body(Map.of("calibration_id", id.toString()));
    }
}
