package org.cora.domain.features.holdrun;

import java.time.Instant;
import java.util.List;
import org.cora.domain.run.InvalidRunHoldReasonError;
import org.cora.domain.run.Run;
import org.cora.domain.run.RunCannotHoldError;
import org.cora.domain.run.RunEvent;
import org.cora.domain.run.RunEvent.RunHeld;
import org.cora.domain.run.RunNotFoundError;
import org.cora.domain.run.RunStatus;
import org.cora.domain.shared.BoundedText;

/** Invariants, in order: the Run exists; the reason is 1..500 trimmed; it is Running (strict). Emits {@code RunHeld}. */
public final class HoldRunDecider {

    public static final int REASON_MAX = 500;

    private HoldRunDecider() {
    }

    public static List<RunEvent> decide(Run state, HoldRunCommand command, Instant now) {
        if (state == null) {
            throw new RunNotFoundError(command.runId());
        }
        String reason = BoundedText.trimmed(command.reason(), REASON_MAX)
                .orElseThrow(() -> new InvalidRunHoldReasonError(command.reason()));
        if (state.status() != RunStatus.Running) {
            throw new RunCannotHoldError(state.id(), state.status());
        }
        return List.of(new RunHeld(state.id(), reason, now));
    }
}
