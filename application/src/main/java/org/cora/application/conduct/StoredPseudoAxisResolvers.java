package org.cora.application.conduct;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cora.application.asset.AssetStreams;
import org.cora.application.calibration.CalibrationStreams;
import org.cora.application.plan.PlanStreams;
import org.cora.application.run.RunStreams;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetId;
import org.cora.domain.asset.partition.CalibrationCurve;
import org.cora.domain.asset.partition.LookupTable;
import org.cora.domain.asset.partition.PartitionRule;
import org.cora.domain.asset.partition.PartitionRuleCodec;
import org.cora.domain.calibration.CalibrationId;
import org.cora.domain.plan.Plan;
import org.cora.domain.plan.PlanWires;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.resolution.PartitionRuleNotFoundError;
import org.cora.domain.resolution.PseudoAxis;
import org.cora.domain.resolution.PseudoAxisResolver;
import org.cora.domain.run.RunId;

/**
 * Pseudo-axes as the stores describe them: the Procedure's parent Run leads to its Plan, whose
 * wires name the constituents (in wire order); each constituent's control binding gives its real
 * setpoint address; the pseudo-axis asset's partition rule gives the math, and a LookupTable rule
 * the calibration revision it pinned.
 */
public final class StoredPseudoAxisResolvers implements PseudoAxisResolvers {

    private final RunStreams runs;
    private final PlanStreams plans;
    private final AssetStreams assets;
    private final CalibrationStreams calibrations;

    public StoredPseudoAxisResolvers(RunStreams runs, PlanStreams plans, AssetStreams assets,
                                     CalibrationStreams calibrations) {
        this.runs = runs;
        this.plans = plans;
        this.assets = assets;
        this.calibrations = calibrations;
    }

    @Override
    public PseudoAxisResolver forProcedure(Procedure procedure) {
        if (procedure.parentRunId() == null) {
            return PseudoAxisResolver.none();
        }
        Plan plan = plans.require(runs.require(new RunId(procedure.parentRunId())).planId());
        return assetId -> pseudoAxis(plan, assetId);
    }

    private PseudoAxis pseudoAxis(Plan plan, UUID assetId) {
        Asset axis = assets.require(new AssetId(assetId));
        if (axis.partitionRule() == null) {
            throw new PartitionRuleNotFoundError(assetId, "it has no partition rule");
        }
        PartitionRule rule = PartitionRuleCodec.fromPayload(axis.partitionRule(), "partition_rule");
        List<PseudoAxis.Constituent> constituents = PlanWires.constituentsOf(plan, assetId).stream()
                .map(id -> constituent(assetId, id)).toList();
        Optional<LookupTable> table = rule instanceof LookupTable lookup ? Optional.of(lookup) : Optional.empty();
        return new PseudoAxis(assetId, rule, constituents, table.map(this::curve),
                table.map(LookupTable::calibrationRevisionId));
    }

    private PseudoAxis.Constituent constituent(UUID pseudoAxisId, UUID constituentId) {
        Asset constituent = assets.require(new AssetId(constituentId));
        if (constituent.controlBinding() == null) {
            throw new PartitionRuleNotFoundError(pseudoAxisId, "its constituent " + constituentId
                    + " has no control binding (POST /assets/{id}/control)");
        }
        return new PseudoAxis.Constituent(constituentId, constituent.controlBinding().setpointAddress());
    }

    private CalibrationCurve curve(LookupTable table) {
        return new CalibrationCurve(calibrations.require(new CalibrationId(table.calibrationId()))
                .curveAt(table.calibrationRevisionId()).stream()
                .map(p -> new CalibrationCurve.Point(p.x(), p.y())).toList());
    }
}
