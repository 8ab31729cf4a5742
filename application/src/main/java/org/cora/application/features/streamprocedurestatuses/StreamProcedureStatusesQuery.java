package org.cora.application.features.streamprocedurestatuses;

import java.util.OptionalLong;

/**
 * Follow the status changes of every Procedure live: after the global event position
 * {@code afterPosition} (0: from the first), or, when it is empty, from now on.
 */
public record StreamProcedureStatusesQuery(OptionalLong afterPosition) {

    public StreamProcedureStatusesQuery {
        if (afterPosition.isPresent() && afterPosition.getAsLong() < 0) {
            throw new IllegalArgumentException("afterPosition must be >= 0, got " + afterPosition.getAsLong());
        }
    }
}
