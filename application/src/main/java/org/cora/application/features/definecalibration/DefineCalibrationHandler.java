package org.cora.application.features.definecalibration;

import org.cora.application.calibration.CalibrationStreams;
import org.cora.application.eventsourcing.LoadedAggregate;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.domain.calibration.Calibration;
import org.cora.domain.calibration.CalibrationEvent;
import org.cora.domain.calibration.CalibrationId;
import org.cora.domain.features.definecalibration.DefineCalibrationCommand;
import org.cora.domain.features.definecalibration.DefineCalibrationDecider;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;

/** Defines a Calibration under a fresh UUIDv7 and returns its id. */
public final class DefineCalibrationHandler {

    public static final String COMMAND_NAME = "DefineCalibration";

    private final Authorize authorize;
    private final CalibrationStreams streams;
    private final Clock clock;
    private final IdGenerator ids;

    public DefineCalibrationHandler(Authorize authorize, CalibrationStreams streams, Clock clock, IdGenerator ids) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
        this.ids = ids;
    }

    public CalibrationId handle(DefineCalibrationCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        CalibrationId id = new CalibrationId(ids.newId());
        LoadedAggregate<CalibrationId, Calibration, CalibrationEvent> loaded = streams.load(id);
        streams.append(loaded, DefineCalibrationDecider.decide(loaded.state(), command, id, clock.now()), caller,
                COMMAND_NAME);
        return id;
    }
}
