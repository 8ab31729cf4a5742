package org.cora.domain.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The folded state of one Calibration: its quantity and its revisions, oldest first, never changed. */
public record Calibration(CalibrationId id, CalibrationQuantity quantity, List<CalibrationRevision> revisions) {

    public Calibration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(quantity, "quantity");
        revisions = List.copyOf(revisions);
    }

    public Optional<CalibrationRevision> revision(UUID revisionId) {
        return revisions.stream().filter(r -> r.revisionId().equals(revisionId)).findFirst();
    }

    public Optional<CalibrationRevision> latest() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.getLast());
    }

    /**
     * The points of the pinned revision, sorted by x: what a LookupTable rule interpolates over.
     * {@link CalibrationNotCurveValuedError} when the quantity is not a curve,
     * {@link CalibrationRevisionNotFoundError} when the revision is not there.
     */
    public List<CurvePoint> curveAt(UUID revisionId) {
        if (!quantity.isCurve()) {
            throw new CalibrationNotCurveValuedError(id, quantity);
        }
        CalibrationRevision revision = revision(revisionId)
                .orElseThrow(() -> new CalibrationRevisionNotFoundError(id, revisionId));
        return CalibrationValues.points(revision.value()).stream()
                .sorted(Comparator.comparingDouble(CurvePoint::x)).toList();
    }

    Calibration plus(CalibrationRevision revision) {
        List<CalibrationRevision> next = new ArrayList<>(revisions);
        next.add(revision);
        return new Calibration(id, quantity, next);
    }
}
