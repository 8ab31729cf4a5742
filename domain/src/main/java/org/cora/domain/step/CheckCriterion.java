package org.cora.domain.step;

import java.util.Optional;
import org.cora.domain.json.Json;

/** What a check requires of a Good reading. Closed; new kinds are additive. */
public sealed interface CheckCriterion permits EqualsCriterion, WithinToleranceCriterion {

    /** Empty when the value matches; otherwise why not, for the failure message. Never throws. */
    Optional<String> mismatch(Json value);
}
