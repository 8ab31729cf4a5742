package org.cora.adapters.http.features.getcalibration;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.cora.application.wire.EquipmentViews;
import org.cora.application.wire.RequestBody;
import org.cora.adapters.http.RequestCaller;
import org.cora.application.features.getcalibration.GetCalibrationHandler;
import org.cora.application.features.getcalibration.GetCalibrationQuery;
import org.cora.domain.calibration.CalibrationId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /calibrations/{id}}: the folded state; 404 when absent. */
@RestController
public final class GetCalibrationRoute {

    private final GetCalibrationHandler handler;
    private final RequestCaller callers;

    public GetCalibrationRoute(GetCalibrationHandler handler, RequestCaller callers) {
        this.handler = handler;
        this.callers = callers;
    }

    @GetMapping("/calibrations/{calibrationId}")
    public Map<String, Object> get(@PathVariable String calibrationId, HttpServletRequest request) {
        CalibrationId id = new CalibrationId(RequestBody.pathId(calibrationId, "calibration_id"));
        return EquipmentViews.calibration(handler.handle(new GetCalibrationQuery(id), callers.of(request)));
    }
}
