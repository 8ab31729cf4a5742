package org.cora.domain.asset.partition;

import java.util.Optional;

/** Delegates the split to an external solver. Stored and validated, but not evaluable: no solver transport is wired. */
public record SolverReference(String solverId, String solverVersion, SolverTransportKind solverTransportKind,
        double residualToleranceLimit, double singularityThreshold, boolean invertible,
        Optional<AggregatorKind> readbackAggregatorKind) implements PartitionRule {

    public SolverReference {
        solverId = RuleChecks.text("solver_id", 200, solverId);
        solverVersion = RuleChecks.text("solver_version", 100, solverVersion);
        RuleChecks.present("solver_transport_kind", solverTransportKind);
        RuleChecks.present("readback_aggregator_kind", readbackAggregatorKind);
        residualToleranceLimit = RuleChecks.finite("residual_tolerance_limit", residualToleranceLimit);
        singularityThreshold = RuleChecks.finite("singularity_threshold", singularityThreshold);
        if (residualToleranceLimit < 0.0) {
            throw new InvalidPartitionRuleError("negative_residual_tolerance",
                    "residual_tolerance_limit must be at least 0, got " + residualToleranceLimit);
        }
        if (singularityThreshold < residualToleranceLimit) {
            throw new InvalidPartitionRuleError("threshold_ordering", "singularity_threshold " + singularityThreshold
                    + " must be at least residual_tolerance_limit " + residualToleranceLimit);
        }
    }

    @Override
    public Optional<Integer> expectedConstituentCount() {
        return Optional.empty();
    }
}
