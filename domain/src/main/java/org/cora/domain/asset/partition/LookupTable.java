package org.cora.domain.asset.partition;

import java.util.Optional;
import java.util.UUID;

/**
 * One constituent at the value a pinned calibration curve gives for the command. A rule that is
 * not invertible must say how readbacks aggregate instead.
 */
public record LookupTable(UUID calibrationId, UUID calibrationRevisionId, InterpolationKind interpolationKind,
        ExtrapolationKind extrapolationKind, boolean invertible, Optional<AggregatorKind> readbackAggregatorKind,
        Optional<String> unitIn, Optional<String> unitOut) implements PartitionRule {

    public LookupTable {
        RuleChecks.notNil("calibration_id", calibrationId);
        RuleChecks.notNil("calibration_revision_id", calibrationRevisionId);
        RuleChecks.present("interpolation_kind", interpolationKind);
        RuleChecks.present("extrapolation_kind", extrapolationKind);
        RuleChecks.present("readback_aggregator_kind", readbackAggregatorKind);
        RuleChecks.present("unit_in", unitIn);
        RuleChecks.present("unit_out", unitOut);
        if (!invertible && readbackAggregatorKind.isEmpty()) {
            throw new InvalidPartitionRuleError("readback_aggregator_required",
                    "readback_aggregator_kind is required when invertible is false");
        }
    }

    @Override
    public Optional<Integer> expectedConstituentCount() {
        return Optional.of(1);
    }
}
