package org.cora.domain.procedure;

import java.time.Instant;
import org.cora.domain.shared.DomainError;

/** A truncation cannot say the Procedure was interrupted in the future. */
public final class InvalidProcedureInterruptedAtError extends DomainError {

    private final Instant interruptedAt;
    private final Instant now;

    public InvalidProcedureInterruptedAtError(Instant interruptedAt, Instant now) {
        super("interrupted_at " + interruptedAt + " is in the future (now is " + now + ")");
        this.interruptedAt = interruptedAt;
        this.now = now;
    }

    public Instant interruptedAt() {
        return interruptedAt;
    }

    public Instant now() {
        return now;
    }
}
