package org.cora.domain.asset;

import org.cora.domain.shared.DomainError;

/** A port's name (1..100 trimmed), direction (Input or Output) or signal type (1..50 trimmed) is not valid. */
public final class InvalidAssetPortError extends DomainError {

    private final String reason;

    public InvalidAssetPortError(String reason) {
        super("Invalid asset port: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
