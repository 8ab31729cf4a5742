package org.cora.application.calibration;

import org.cora.application.eventsourcing.AggregateStreams;
import org.cora.application.port.EventStore;
import org.cora.domain.calibration.Calibration;
import org.cora.domain.calibration.CalibrationEvent;
import org.cora.domain.calibration.CalibrationEventCodec;
import org.cora.domain.calibration.CalibrationEvolver;
import org.cora.domain.calibration.CalibrationId;
import org.cora.domain.calibration.CalibrationNotFoundError;
import org.cora.domain.shared.IdGenerator;

/** Loads and appends Calibration streams (stream type {@value CalibrationEvent#STREAM_TYPE}). */
public final class CalibrationStreams extends AggregateStreams<CalibrationId, Calibration, CalibrationEvent> {

    public CalibrationStreams(EventStore store, IdGenerator ids) {
        super(store, ids, CalibrationEvent.STREAM_TYPE, CalibrationId::value, CalibrationEventCodec::fromStored, CalibrationEventCodec::toPayload,
                CalibrationEvolver::fold);
    }

    /** The Calibration as it is now, or {@link CalibrationNotFoundError}. */
    public Calibration require(CalibrationId id) {
        Calibration state = load(id).state();
        if (state == null) {
            throw new CalibrationNotFoundError(id);
        }
        return state;
    }
}
