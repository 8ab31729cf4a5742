package org.cora.domain.asset;

import org.cora.domain.shared.DomainError;

/** The partition rule is not an object with a string {@code kind}; the typed rule validates the rest. */
public final class InvalidAssetPartitionRuleError extends DomainError {

    private final String reason;

    public InvalidAssetPartitionRuleError(String reason) {
        super("Invalid partition rule: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
