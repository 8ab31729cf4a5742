package org.cora.application.conduct;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.cora.application.port.Caller;
import org.cora.domain.procedure.ProcedureId;

/**
 * The hand-shake between a caller waiting to answer 202 and the worker walking its conduct: settled
 * once, either accepted (the worker started or resumed the Procedure) or refused (what stopped the
 * conduct before that, thrown to the caller as if it had conducted synchronously).
 */
final class ConductAcceptance {

    private final UUID conductId;
    private final ProcedureId procedureId;
    private final Caller caller;
    private final String commandName;
    private final CompletableFuture<AcceptedConduct> settled = new CompletableFuture<>();
    private volatile Throwable refusal;

    ConductAcceptance(UUID conductId, ProcedureId procedureId, Caller caller, String commandName) {
        this.conductId = conductId;
        this.procedureId = procedureId;
        this.caller = caller;
        this.commandName = commandName;
    }

    UUID conductId() {
        return conductId;
    }

    ProcedureId procedureId() {
        return procedureId;
    }

    Caller caller() {
        return caller;
    }

    String commandName() {
        return commandName;
    }

    boolean isSettled() {
        return settled.isDone();
    }

    boolean isAccepted() {
        return settled.isDone() && !settled.isCompletedExceptionally();
    }

    void accept(AcceptedConduct accepted) {
        settled.complete(accepted);
    }

    /** The Procedure refused to start; the walk will end without it, and the caller gets this refusal. */
    void refusedToStart(Throwable why) {
        refusal = why;
    }

    /** Once the walk is over: when it never started the Procedure, settles as refused and answers true. */
    boolean endedBeforeStart() {
        return refuseUnlessAccepted(refusal != null ? refusal : new IllegalStateException(
                "the conduct of " + procedureId + " ended before it started the Procedure"));
    }

    /** After the walk threw: when it had not started the Procedure, the caller gets {@code failure}; answers true. */
    boolean failedBeforeStart(Throwable failure) {
        return refuseUnlessAccepted(failure);
    }

    private boolean refuseUnlessAccepted(Throwable why) {
        return settled.completeExceptionally(why) || settled.isCompletedExceptionally();
    }

    /** Waits for the worker; rethrows a refusal as it was thrown. */
    AcceptedConduct await() {
        try {
            return settled.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
