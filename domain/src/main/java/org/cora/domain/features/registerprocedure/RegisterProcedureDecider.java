package org.cora.domain.features.registerprocedure;

import java.time.Instant;
import java.util.List;
import org.cora.domain.procedure.InvalidProcedureKindError;
import org.cora.domain.procedure.InvalidProcedureNameError;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureAlreadyExistsError;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvent.ProcedureRegistered;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.shared.BoundedText;

/**
 * Invariants: the name is 1..200 characters and the kind 1..50 after trimming (checked in that
 * order); the stream of {@code newId} must be empty. Emits one {@code ProcedureRegistered}.
 */
public final class RegisterProcedureDecider {

    public static final int NAME_MAX = 200;
    public static final int KIND_MAX = 50;

    private RegisterProcedureDecider() {
    }

    public static List<ProcedureEvent> decide(Procedure state, RegisterProcedureCommand command, ProcedureId newId,
                                              Instant now) {
        String name = BoundedText.trimmed(command.name(), NAME_MAX)
                .orElseThrow(() -> new InvalidProcedureNameError(command.name()));
        String kind = BoundedText.trimmed(command.kind(), KIND_MAX)
                .orElseThrow(() -> new InvalidProcedureKindError(command.kind()));
        if (state != null) {
            throw new ProcedureAlreadyExistsError(newId);
        }
        return List.of(new ProcedureRegistered(newId, name, kind, command.targetAssetIds(),
                command.parentRunId(), command.capabilityId(), null, now));
    }
}
