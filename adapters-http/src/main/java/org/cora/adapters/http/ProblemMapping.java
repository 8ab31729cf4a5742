package org.cora.adapters.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cora.application.idempotency.IdempotencyKeyReusedError;
import org.cora.application.idempotency.InvalidIdempotencyKeyError;
import org.cora.application.features.listprocedures.InvalidProcedureListQueryError;
import org.cora.application.conduct.ConductResultNotFoundError;
import org.cora.application.conduct.ConductWorkersBusyError;
import org.cora.application.port.DuplicateEventIdError;
import org.cora.application.wire.InvalidRequestError;
import org.cora.application.wire.MalformedRequestError;
import org.cora.domain.asset.partition.InvalidPartitionRuleError;
import org.cora.domain.asset.partition.PartitionRuleNotSupportedError;
import org.cora.domain.asset.partition.PseudoAxisCommandOutsideRangeError;
import org.cora.domain.asset.partition.PseudoAxisConstituentNotFoundError;
import org.cora.domain.asset.partition.PseudoAxisEvaluationFailedError;
import org.cora.domain.capability.CapabilityAlreadyExistsError;
import org.cora.domain.capability.CapabilityCannotDeprecateError;
import org.cora.domain.capability.CapabilityCannotVersionError;
import org.cora.domain.capability.CapabilityNotFoundError;
import org.cora.domain.capability.InvalidCapabilityCodeError;
import org.cora.domain.capability.InvalidCapabilityExecutorShapesError;
import org.cora.domain.capability.InvalidCapabilityNameError;
import org.cora.domain.capability.InvalidCapabilityParametersSchemaError;
import org.cora.domain.capability.InvalidCapabilityVersionError;
import org.cora.domain.capability.MalformedCapabilityEventError;
import org.cora.domain.capability.UnknownCapabilityEventTypeError;
import org.cora.domain.procedure.InvalidProcedureAbortReasonError;
import org.cora.domain.procedure.InvalidProcedureActivitiesBatchError;
import org.cora.domain.procedure.InvalidProcedureHoldReasonError;
import org.cora.domain.procedure.InvalidProcedureInterruptedAtError;
import org.cora.domain.procedure.InvalidProcedureKindError;
import org.cora.domain.procedure.InvalidProcedureNameError;
import org.cora.domain.procedure.InvalidProcedureReEstablishmentBoundaryError;
import org.cora.domain.procedure.InvalidProcedureTruncateReasonError;
import org.cora.domain.procedure.InvalidStepKindError;
import org.cora.domain.procedure.MalformedProcedureEventError;
import org.cora.domain.procedure.ProcedureAlreadyExistsError;
import org.cora.domain.procedure.ProcedureCannotAbortError;
import org.cora.domain.procedure.ProcedureCannotCompleteError;
import org.cora.domain.procedure.ProcedureCannotHoldError;
import org.cora.domain.procedure.ProcedureCannotResumeError;
import org.cora.domain.procedure.ProcedureCannotStartError;
import org.cora.domain.procedure.ProcedureCannotTruncateError;
import org.cora.domain.procedure.ProcedureConductInProgressError;
import org.cora.domain.procedure.ProcedureHoldPendingError;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.procedure.ProcedureStepsLogbookClosedError;
import org.cora.domain.procedure.ResolvedStepsDigestMismatchError;
import org.cora.domain.procedure.ResolvedStepsRecordNotFoundError;
import org.cora.domain.procedure.UnknownProcedureEventTypeError;
import org.cora.domain.recipe.InvalidRecipeNameError;
import org.cora.domain.recipe.InvalidRecipeStepError;
import org.cora.domain.recipe.InvalidRecipeVersionError;
import org.cora.domain.recipe.MalformedRecipeEventError;
import org.cora.domain.recipe.RecipeAlreadyExistsError;
import org.cora.domain.recipe.RecipeBindingsStaleAgainstCurrentCapabilityError;
import org.cora.domain.recipe.RecipeCannotDeprecateError;
import org.cora.domain.recipe.RecipeCannotVersionError;
import org.cora.domain.recipe.RecipeCapabilityDeprecatedError;
import org.cora.domain.recipe.RecipeNotFoundError;
import org.cora.domain.recipe.UnboundRecipeBindingError;
import org.cora.domain.recipe.UnknownRecipeEventTypeError;
import org.cora.domain.resolution.AssetNotPseudoAxisError;
import org.cora.domain.resolution.InvalidRecipeBindingsError;
import org.cora.domain.resolution.PartitionRuleNotFoundError;
import org.cora.domain.resolution.ProcedureBoundCapabilityDeprecatedError;
import org.cora.domain.resolution.ProcedureCapabilityExecutorMismatchError;
import org.cora.domain.resolution.ProcedureStepsForbiddenForRecipeDrivenError;
import org.cora.domain.resolution.PseudoAxisCommandNotNumericError;
import org.cora.domain.resolution.RecipeExpanderVersionMismatchError;
import org.cora.domain.resolution.RecipeExpansionDeterminismError;
import org.cora.domain.resolution.RecipeExpansionOverflowError;
import org.cora.domain.resolution.RecipeExpansionRecordNotFoundError;
import org.cora.domain.resolution.RecipeExpansionReplayMismatchError;
import org.cora.domain.resolution.RecipeVersionNotFoundError;
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
        status.put(InvalidProcedureListQueryError.class, 400);
        status.put(ProcedureCannotHoldError.class, 409);
        status.put(ProcedureCannotResumeError.class, 409);
        status.put(ProcedureHoldPendingError.class, 409);
        status.put(ProcedureConductInProgressError.class, 409);
        status.put(ConductWorkersBusyError.class, 503);
        status.put(ConductResultNotFoundError.class, 404);
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
        status.put(ProcedureStepsForbiddenForRecipeDrivenError.class, 400);
        status.put(RecipeVersionNotFoundError.class, 404);
        status.put(ProcedureCapabilityExecutorMismatchError.class, 409);
        status.put(ProcedureBoundCapabilityDeprecatedError.class, 409);
        status.put(InvalidRecipeBindingsError.class, 422);
        status.put(RecipeExpansionOverflowError.class, 422);
        status.put(RecipeExpansionDeterminismError.class, 500);
        status.put(RecipeExpansionRecordNotFoundError.class, 500);
        status.put(RecipeExpanderVersionMismatchError.class, 500);
        status.put(RecipeExpansionReplayMismatchError.class, 500);
        status.put(AssetNotPseudoAxisError.class, 409);
        status.put(PartitionRuleNotFoundError.class, 409);
        status.put(PseudoAxisCommandNotNumericError.class, 422);
        status.put(InvalidPartitionRuleError.class, 422);
        status.put(PseudoAxisConstituentNotFoundError.class, 422);
        status.put(PseudoAxisCommandOutsideRangeError.class, 422);
        status.put(PartitionRuleNotSupportedError.class, 422);
        status.put(PseudoAxisEvaluationFailedError.class, 500);
        status.put(MalformedProcedureEventError.class, 500);
        status.put(UnknownProcedureEventTypeError.class, 500);
        status.put(DuplicateEventIdError.class, 500);
        status.put(InvalidCapabilityCodeError.class, 400);
        status.put(InvalidCapabilityNameError.class, 400);
        status.put(InvalidCapabilityParametersSchemaError.class, 400);
        status.put(InvalidCapabilityExecutorShapesError.class, 400);
        status.put(InvalidCapabilityVersionError.class, 400);
        status.put(CapabilityNotFoundError.class, 404);
        status.put(CapabilityAlreadyExistsError.class, 409);
        status.put(CapabilityCannotVersionError.class, 409);
        status.put(CapabilityCannotDeprecateError.class, 409);
        status.put(MalformedCapabilityEventError.class, 500);
        status.put(UnknownCapabilityEventTypeError.class, 500);
        status.put(InvalidRecipeNameError.class, 400);
        status.put(InvalidRecipeVersionError.class, 400);
        status.put(InvalidRecipeStepError.class, 422);
        status.put(RecipeNotFoundError.class, 404);
        status.put(RecipeAlreadyExistsError.class, 409);
        status.put(RecipeCannotVersionError.class, 409);
        status.put(RecipeCannotDeprecateError.class, 409);
        status.put(RecipeCapabilityDeprecatedError.class, 409);
        status.put(RecipeBindingsStaleAgainstCurrentCapabilityError.class, 422);
        status.put(UnboundRecipeBindingError.class, 422);
        status.put(MalformedRecipeEventError.class, 500);
        status.put(UnknownRecipeEventTypeError.class, 500);
        status.put(InvalidIdempotencyKeyError.class, 400);
        status.put(IdempotencyKeyReusedError.class, 422);
        EquipmentProblems.addTo(status);
        return Map.copyOf(status);
    }
}
