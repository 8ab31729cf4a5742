package org.cora.domain.capability;

import org.cora.domain.shared.DomainError;

/** The parameters schema is not an object schema: {@code "type": "object"} and an object of {@code properties}. */
public final class InvalidCapabilityParametersSchemaError extends DomainError {

    public InvalidCapabilityParametersSchemaError(String message) {
        super(message);
    }
}
