package org.cora.domain.conductor;

import java.util.Optional;

/**
 * Whether an operator asked to hold the Procedure being walked. The Conductor asks before every
 * step; a hold lands on a step boundary, never inside a step.
 */
@FunctionalInterface
public interface HoldSignal {

    HoldSignal NEVER = call -> Optional.empty();

    /** The reason of a pending hold request, if any. Cheap: asked between every two steps. */
    Optional<String> pendingHold(ConductCall call);
}
