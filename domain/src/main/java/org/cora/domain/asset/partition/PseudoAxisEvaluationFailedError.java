package org.cora.domain.asset.partition;

import org.cora.domain.shared.DomainError;

/** A rule could not turn a command into finite constituent setpoints; the message says why. */
public final class PseudoAxisEvaluationFailedError extends DomainError {

    public PseudoAxisEvaluationFailedError(String message) {
        super(message);
    }
}
