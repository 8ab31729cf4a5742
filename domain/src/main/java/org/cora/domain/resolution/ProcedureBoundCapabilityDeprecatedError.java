package org.cora.domain.resolution;

import org.cora.domain.shared.DomainError;

/** The Procedure's Capability was deprecated; it is not conducted any more. */
public final class ProcedureBoundCapabilityDeprecatedError extends DomainError {

    public ProcedureBoundCapabilityDeprecatedError(String capabilityId) {
        super("The capability " + capabilityId + " of this Procedure's recipe is deprecated");
    }
}
