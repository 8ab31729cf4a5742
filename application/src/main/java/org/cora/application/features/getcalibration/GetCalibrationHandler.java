package org.cora.application.features.getcalibration;

import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.calibration.CalibrationStreams;
import org.cora.domain.calibration.Calibration;

/** Folds the Calibration's stream on read; an unknown id is {@code CalibrationNotFoundError}. */
public final class GetCalibrationHandler {

    public static final String QUERY_NAME = "GetCalibration";

    private final Authorize authorize;
    private final CalibrationStreams streams;

    public GetCalibrationHandler(Authorize authorize, CalibrationStreams streams) {
        this.authorize = authorize;
        this.streams = streams;
    }

    public Calibration handle(GetCalibrationQuery query, Caller caller) {
        authorize.authorize(caller.principal(), QUERY_NAME);
        return streams.require(query.calibrationId());
    }
}
