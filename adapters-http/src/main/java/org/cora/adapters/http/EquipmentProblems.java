package org.cora.adapters.http;

import java.util.Map;
import org.cora.domain.asset.AssetAlreadyExistsError;
import org.cora.domain.asset.AssetCannotChangeLifecycleError;
import org.cora.domain.asset.AssetDecommissionedError;
import org.cora.domain.asset.AssetNotFoundError;
import org.cora.domain.asset.AssetPortAlreadyExistsError;
import org.cora.domain.asset.AssetPortNotFoundError;
import org.cora.domain.asset.InvalidAssetControlBindingError;
import org.cora.domain.asset.InvalidAssetLifecycleError;
import org.cora.domain.asset.InvalidAssetNameError;
import org.cora.domain.asset.InvalidAssetPortError;
import org.cora.domain.asset.MalformedAssetEventError;
import org.cora.domain.asset.UnknownAssetEventTypeError;
import org.cora.domain.calibration.CalibrationAlreadyExistsError;
import org.cora.domain.calibration.CalibrationNotCurveValuedError;
import org.cora.domain.calibration.CalibrationNotFoundError;
import org.cora.domain.calibration.CalibrationRevisionNotFoundError;
import org.cora.domain.calibration.InvalidCalibrationEstablishedAtError;
import org.cora.domain.calibration.InvalidCalibrationEstablishedByError;
import org.cora.domain.calibration.InvalidCalibrationQuantityError;
import org.cora.domain.calibration.InvalidCalibrationValueError;
import org.cora.domain.calibration.MalformedCalibrationEventError;
import org.cora.domain.calibration.UnknownCalibrationEventTypeError;
import org.cora.domain.plan.InvalidPlanAssetsError;
import org.cora.domain.plan.InvalidPlanWireError;
import org.cora.domain.plan.MalformedPlanEventError;
import org.cora.domain.plan.PlanAlreadyExistsError;
import org.cora.domain.plan.PlanNotFoundError;
import org.cora.domain.plan.PlanWireAlreadyExistsError;
import org.cora.domain.plan.PlanWireAssetNotInPlanError;
import org.cora.domain.plan.PlanWireDirectionError;
import org.cora.domain.plan.PlanWireFanInError;
import org.cora.domain.plan.PlanWireNotFoundError;
import org.cora.domain.plan.PlanWirePortNotFoundError;
import org.cora.domain.plan.PlanWirePseudoAxisArityExceededError;
import org.cora.domain.plan.PlanWirePseudoAxisOutputPortError;
import org.cora.domain.plan.PlanWirePseudoAxisSignalTypeError;
import org.cora.domain.plan.PlanWireSelfLoopError;
import org.cora.domain.plan.PlanWireSignalTypeMismatchError;
import org.cora.domain.plan.UnknownPlanEventTypeError;
import org.cora.domain.run.InvalidRunHoldReasonError;
import org.cora.domain.run.MalformedRunEventError;
import org.cora.domain.run.RunAlreadyExistsError;
import org.cora.domain.run.RunCannotHoldError;
import org.cora.domain.run.RunCannotResumeError;
import org.cora.domain.run.RunNotFoundError;
import org.cora.domain.run.UnknownRunEventTypeError;
import org.cora.domain.shared.DomainError;

/** The statuses of the Asset, Calibration, Plan and Run errors: rows of {@link ProblemMapping}'s table. */
final class EquipmentProblems {

    private EquipmentProblems() {
    }

    static void addTo(Map<Class<? extends DomainError>, Integer> status) {
        status.put(InvalidAssetNameError.class, 400);
        status.put(InvalidAssetPortError.class, 400);
        status.put(InvalidAssetLifecycleError.class, 400);
        status.put(InvalidAssetControlBindingError.class, 400);
        status.put(AssetNotFoundError.class, 404);
        status.put(AssetPortNotFoundError.class, 404);
        status.put(AssetAlreadyExistsError.class, 409);
        status.put(AssetPortAlreadyExistsError.class, 409);
        status.put(AssetCannotChangeLifecycleError.class, 409);
        status.put(AssetDecommissionedError.class, 409);
        status.put(MalformedAssetEventError.class, 500);
        status.put(UnknownAssetEventTypeError.class, 500);

        status.put(InvalidCalibrationQuantityError.class, 400);
        status.put(InvalidCalibrationValueError.class, 400);
        status.put(InvalidCalibrationEstablishedByError.class, 400);
        status.put(InvalidCalibrationEstablishedAtError.class, 400);
        status.put(CalibrationNotFoundError.class, 404);
        status.put(CalibrationRevisionNotFoundError.class, 404);
        status.put(CalibrationAlreadyExistsError.class, 409);
        status.put(CalibrationNotCurveValuedError.class, 409);
        status.put(MalformedCalibrationEventError.class, 500);
        status.put(UnknownCalibrationEventTypeError.class, 500);

        status.put(InvalidPlanAssetsError.class, 400);
        status.put(InvalidPlanWireError.class, 400);
        status.put(PlanNotFoundError.class, 404);
        status.put(PlanWireNotFoundError.class, 404);
        status.put(PlanAlreadyExistsError.class, 409);
        status.put(PlanWireSelfLoopError.class, 409);
        status.put(PlanWireAssetNotInPlanError.class, 409);
        status.put(PlanWirePortNotFoundError.class, 409);
        status.put(PlanWireDirectionError.class, 409);
        status.put(PlanWireSignalTypeMismatchError.class, 409);
        status.put(PlanWireFanInError.class, 409);
        status.put(PlanWireAlreadyExistsError.class, 409);
        status.put(PlanWirePseudoAxisOutputPortError.class, 409);
        status.put(PlanWirePseudoAxisArityExceededError.class, 409);
        status.put(PlanWirePseudoAxisSignalTypeError.class, 409);
        status.put(MalformedPlanEventError.class, 500);
        status.put(UnknownPlanEventTypeError.class, 500);

        status.put(InvalidRunHoldReasonError.class, 400);
        status.put(RunNotFoundError.class, 404);
        status.put(RunAlreadyExistsError.class, 409);
        status.put(RunCannotHoldError.class, 409);
        status.put(RunCannotResumeError.class, 409);
        status.put(MalformedRunEventError.class, 500);
        status.put(UnknownRunEventTypeError.class, 500);
    }
}
