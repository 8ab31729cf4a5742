package org.cora.domain.features.resumerun;

import java.time.Instant;
import java.util.List;
import org.cora.domain.run.Run;
import org.cora.domain.run.RunCannotResumeError;
import org.cora.domain.run.RunEvent;
import org.cora.domain.run.RunEvent.RunResumed;
import org.cora.domain.run.RunNotFoundError;
import org.cora.domain.run.RunStatus;

/** Invariants, in order: the Run exists; it is Held (strict). Emits {@code RunResumed}. */
public final class ResumeRunDecider {

    private ResumeRunDecider() {
    }

    public static List<RunEvent> decide(Run state, ResumeRunCommand command, Instant now) {
        if (state == null) {
            throw new RunNotFoundError(command.runId());
        }
        if (state.status() != RunStatus.Held) {
            throw new RunCannotResumeError(state.id(), state.status());
        }
        return List.of(new RunResumed(state.id(), now));
    }
}
