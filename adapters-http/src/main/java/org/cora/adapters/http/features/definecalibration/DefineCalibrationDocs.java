package org.cora.adapters.http.features.definecalibration;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link DefineCalibrationRoute}. */
@Component
final class DefineCalibrationDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(DefineCalibrationRoute.class, "Define a Calibration")
                .description("Of one quantity: energy_position_curve, position_offset, detector_gain or "
                        + "temperature_offset. Its values come as revisions.")
                .request("a curve", """
                        {"quantity": "energy_position_curve"}""")
                .response(201, "created; Location names it", """
                        {"calibration_id": "0193a7c2-4017-7094-a4d4-40d04f335005"}""")
                .error(400, "InvalidCalibrationQuantityError",
                        "quantity must be one of [energy_position_curve, position_offset, detector_gain, "
                                + "temperature_offset], got 'gain'")
                .error(409, "CalibrationAlreadyExistsError",
                        "Calibration 0193a7c2-4017-7094-a4d4-40d04f335005 already exists");
    }
}
