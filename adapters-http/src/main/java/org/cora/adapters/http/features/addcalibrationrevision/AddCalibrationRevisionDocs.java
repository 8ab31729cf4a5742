package org.cora.adapters.http.features.addcalibrationrevision;

import org.cora.adapters.http.openapi.RouteDoc;
import org.cora.adapters.http.openapi.RouteDocs;
import org.springframework.stereotype.Component;

/** The OpenAPI description of {@link AddCalibrationRevisionRoute}. */
@Component
final class AddCalibrationRevisionDocs implements RouteDocs {

    @Override
    public RouteDoc doc() {
        return RouteDoc.of(AddCalibrationRevisionRoute.class, "Add a revision to a Calibration")
                .description("A new value; conducts pin the revision they used. established_by defaults to the "
                        + "caller.")
                .request("a curve", """
                        {"value": {"points": [[8000, 12.1], [9000, 10.7], [10000, 9.6]]}}""")
                .request("an offset, with provenance", """
                        {"value": 0.125, "established_at": "2026-11-25T09:30:00Z", "established_by": "operator:ada"}""")
                .response(201, "created; Location names it", """
                        {"revision_id": "0193a7c2-412c-765b-acf8-4d4fa0acab82"}""")
                .error(404, "CalibrationNotFoundError", "Calibration 0193a7c2-4017-7094-a4d4-40d04f335005 not found")
                .error(400, "InvalidCalibrationValueError", "a curve needs at least 2 points, got 1")
                .error(400, "InvalidCalibrationEstablishedAtError",
                        "established_at 2026-11-26T10:00:00Z is after now")
                .error(400, "InvalidCalibrationEstablishedByError",
                        "established_by must be 1..200 characters, got ''");
    }
}
