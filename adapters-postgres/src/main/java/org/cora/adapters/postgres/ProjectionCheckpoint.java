package org.cora.adapters.postgres;

/**
 * Where a projection has got to: the (transaction id, position) of the last event it applied,
 * compared in that order, and the projection version that built its rows. (0, 0) is before every
 * event.
 */
public record ProjectionCheckpoint(long transactionId, long position, int projectionVersion) {

    ProjectionCheckpoint after(ProjectedEvent event) {
        return new ProjectionCheckpoint(event.transactionId(), event.position(), projectionVersion);
    }

    @Override
    public String toString() {
        return "(transaction " + transactionId + ", position " + position + ")";
    }
}
