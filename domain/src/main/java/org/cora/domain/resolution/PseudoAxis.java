package org.cora.domain.resolution;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cora.domain.asset.partition.CalibrationCurve;
import org.cora.domain.asset.partition.PartitionRule;

/**
 * A pseudo-axis as resolution needs it: its partition rule, its constituents in wire order (each
 * with the address where it is really commanded), and, for a LookupTable rule, the pinned
 * calibration curve and its revision.
 */
public record PseudoAxis(UUID assetId, PartitionRule rule, List<Constituent> constituents,
                         Optional<CalibrationCurve> curve, Optional<UUID> calibrationRevisionId) {

    public PseudoAxis {
        constituents = List.copyOf(constituents);
    }

    /** A real axis behind the pseudo-axis, and the control address its setpoint goes to. */
    public record Constituent(UUID assetId, String setpointAddress) {
    }
}
