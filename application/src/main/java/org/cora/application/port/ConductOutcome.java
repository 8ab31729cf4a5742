package org.cora.application.port;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureId;

/**
 * One background conduct as its caller reads it back: accepted (the Procedure was started or
 * resumed), then finished with the body the synchronous route would have answered ({@code result}),
 * or failed with what stopped the walk unexpectedly ({@code error}: {@code error_class},
 * {@code message}). Both are null while it walks.
 */
public record ConductOutcome(UUID conductId, ProcedureId procedureId, String commandName, String principal,
                             UUID correlationId, Instant acceptedAt, Instant finishedAt, Json.Obj result,
                             Json.Obj error) {

    /** Where a conduct is, as its reader is told. */
    public enum State { walking, finished, failed, lost }

    public ConductOutcome {
        Objects.requireNonNull(conductId, "conductId");
        Objects.requireNonNull(procedureId, "procedureId");
        Objects.requireNonNull(commandName, "commandName");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }

    /**
     * Its state, given whether anyone holds the Procedure's conduct lock: a conduct never finished
     * whose lock nobody holds died with its service (the lost-conductor sweep holds the Procedure).
     */
    public State state(boolean conductLockHeld) {
        if (error != null) {
            return State.failed;
        }
        if (finishedAt != null) {
            return State.finished;
        }
        return conductLockHeld ? State.walking : State.lost;
    }
}
