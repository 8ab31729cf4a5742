package org.cora.application.port;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureId;

/**
 * Where background conducts leave their outcome for callers that were answered 202. Each write
 * commits on its own, durably, before it returns.
 */
public interface ConductOutcomes {

    /** Records a conduct that has started its Procedure ({@code finishedAt}, {@code result}, {@code error} null). */
    void accepted(ConductOutcome accepted);

    /** Completes the record with the walk's result body. */
    void finished(UUID conductId, Instant finishedAt, Json.Obj result);

    /** Completes the record with what stopped the walk unexpectedly ({@code error_class}, {@code message}). */
    void failed(UUID conductId, Instant finishedAt, Json.Obj error);

    /** The Procedure's most recently accepted background conduct, if it ever had one. */
    Optional<ConductOutcome> latest(ProcedureId procedureId);
}
