package org.cora.application.features.addcalibrationrevision;

import java.util.UUID;
import org.cora.application.calibration.CalibrationStreams;
import org.cora.application.eventsourcing.LoadedAggregate;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.domain.calibration.Calibration;
import org.cora.domain.calibration.CalibrationEvent;
import org.cora.domain.calibration.CalibrationId;
import org.cora.domain.features.addcalibrationrevision.AddCalibrationRevisionCommand;
import org.cora.domain.features.addcalibrationrevision.AddCalibrationRevisionDecider;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;

/** Appends a revision under a fresh UUIDv7 and returns the revision id. */
public final class AddCalibrationRevisionHandler {

    public static final String COMMAND_NAME = "AddCalibrationRevision";

    private final Authorize authorize;
    private final CalibrationStreams streams;
    private final Clock clock;
    private final IdGenerator ids;

    public AddCalibrationRevisionHandler(Authorize authorize, CalibrationStreams streams, Clock clock, IdGenerator ids) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
        this.ids = ids;
    }

    public UUID handle(AddCalibrationRevisionCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        UUID revisionId = ids.newId();
        LoadedAggregate<CalibrationId, Calibration, CalibrationEvent> loaded = streams.load(command.calibrationId());
        streams.append(loaded, AddCalibrationRevisionDecider.decide(loaded.state(), command, revisionId, clock.now()),
                caller, COMMAND_NAME);
        return revisionId;
    }
}
