package org.cora.adapters.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cora.application.port.DuplicateEventIdError;
import org.cora.domain.procedure.InvalidProcedureAbortReasonError;
import org.cora.domain.procedure.InvalidProcedureActivitiesBatchError;
import org.cora.domain.procedure.InvalidProcedureInterruptedAtError;
import org.cora.domain.procedure.InvalidProcedureHoldReasonError;
import org.cora.domain.procedure.InvalidProcedureReEstablishmentBoundaryError;
import org.cora.domain.procedure.ProcedureCannotHoldError;
import org.cora.domain.procedure.ProcedureCannotResumeError;
import org.cora.domain.procedure.ProcedureConductInProgressError;
import org.cora.domain.procedure.ProcedureHoldPendingError;
import org.cora.domain.procedure.ResolvedStepsDigestMismatchError;
import org.cora.domain.procedure.ResolvedStepsRecordNotFoundError;
import org.cora.domain.procedure.InvalidProcedureKindError;
import org.cora.domain.procedure.InvalidProcedureNameError;
import org.cora.domain.procedure.InvalidProcedureTruncateReasonError;
import org.cora.domain.procedure.InvalidStepKindError;
import org.cora.domain.procedure.MalformedProcedureEventError;
import org.cora.domain.procedure.ProcedureAlreadyExistsError;
import org.cora.domain.procedure.ProcedureCannotAbortError;
import org.cora.domain.procedure.ProcedureCannotCompleteError;
import org.cora.domain.procedure.ProcedureCannotStartError;
import org.cora.domain.procedure.ProcedureCannotTruncateError;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.procedure.ProcedureStepsLogbookClosedError;
import org.cora.domain.procedure.UnknownProcedureEventTypeError;
import org.cora.domain.shared.ConcurrencyError;
import org.cora.domain.shared.DomainError;
import org.cora.domain.shared.UnauthorizedError;
import org.cora.domain.step.InvalidStepError;

/**
 * The HTTP status of every named error, as one table. A fitness rule checks that every concrete
 * {@link DomainError} in the codebase has a row here; add one when you add an error.
 */
public final class ProblemMapping {

    private static final Map<Class<? extends DomainError>, Integer> STATUS = build();

    private ProblemMapping() {
    }

    public static Map<Class<? extends DomainError>, Integer> statusByErrorClass() {
        return STATUS;
    }

    public static Optional<Integer> statusOf(DomainError error) {
        return Optional.ofNullable(STATUS.get(error.getClass()));
    }

    private static Map<Class<? extends DomainError>, Integer> build() {
        Map<Class<? extends DomainError>, Integer> status = new LinkedHashMap<>();
        status.put(MalformedRequestError.class, 400);
        status.put(InvalidProcedureNameError.class, 400);
        status.put(InvalidProcedureKindError.class, 400);
        status.put(InvalidProcedureAbortReasonError.class, 400);
        status.put(InvalidProcedureTruncateReasonError.class, 400);
        status.put(InvalidProcedureInterruptedAtError.class, 400);
        status.put(InvalidStepKindError.class, 400);
        status.put(InvalidProcedureHoldReasonError.class, 400);
        status.put(InvalidProcedureReEstablishmentBoundaryError.class, 400);
        status.put(ProcedureCannotHoldError.class, 409);
        status.put(ProcedureCannotResumeError.class, 409);
        status.put(ProcedureHoldPendingError.class, 409);
        status.put(ProcedureConductInProgressError.class, 409);
        status.put(ResolvedStepsRecordNotFoundError.class, 500);
        status.put(ResolvedStepsDigestMismatchError.class, 500);
        status.put(InvalidProcedureActivitiesBatchError.class, 400);
        status.put(UnauthorizedError.class, 403);
        status.put(ProcedureNotFoundError.class, 404);
        status.put(ProcedureAlreadyExistsError.class, 409);
        status.put(ProcedureCannotStartError.class, 409);
        status.put(ProcedureCannotCompleteError.class, 409);
        status.put(ProcedureCannotAbortError.class, 409);
        status.put(ProcedureCannotTruncateError.class, 409);
        status.put(ProcedureStepsLogbookClosedError.class, 409);
        status.put(ConcurrencyError.class, 409);
        status.put(InvalidRequestError.class, 422);
        status.put(InvalidStepError.class, 422);
        status.put(MalformedProcedureEventError.class, 500);
        status.put(UnknownProcedureEventTypeError.class, 500);
        status.put(DuplicateEventIdError.class, 500);
        EquipmentProblems.addTo(status);
        return Map.copyOf(status);
    }
}
