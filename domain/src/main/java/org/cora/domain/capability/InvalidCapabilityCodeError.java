package org.cora.domain.capability;

import org.cora.domain.shared.DomainError;

/** The code is not a dotted lower-case name of 1..200 characters ({@code cora.capability.scan}). */
public final class InvalidCapabilityCodeError extends DomainError {

    public InvalidCapabilityCodeError(String message) {
        super(message);
    }
}
