package org.cora.adapters.http.features.getcalibration;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link GetCalibrationRoute}. */
@Component
final class GetCalibrationDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(GetCalibrationRoute.class, "A Calibration and its revisions")
                .response(200, "the Calibration", """
                        {
                          "calibration_id": "0193a7c2-4017-7094-a4d4-40d04f335005",
                          "quantity": "energy_position_curve",
                          "revisions": [
                            {
                              "revision_id": "0193a7c2-412c-765b-acf8-4d4fa0acab82",
                              "value": {"points": [[8000, 12.1], [9000, 10.7], [10000, 9.6]]},
                              "established_at": "2026-11-25T17:12:58.930192Z",
                              "established_by": "operator:ada"
                            }
                          ]
                        }""")
                .error(404, "CalibrationNotFoundError", "Calibration 0193a7c2-4017-7094-a4d4-40d04f335005 not found");
    }
}
