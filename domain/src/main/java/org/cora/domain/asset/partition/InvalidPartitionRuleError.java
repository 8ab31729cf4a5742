package org.cora.domain.asset.partition;

import org.cora.domain.shared.DomainError;

/**
 * A partition rule, its wire form or the calibration curve it reads is not well formed. The
 * message names the field and why; {@link #subCode()} is the stable reason a client can branch on
 * (for example {@code non_finite_number}, {@code curve_degenerate}, {@code malformed_payload}).
 */
public final class InvalidPartitionRuleError extends DomainError {

    private final String subCode;

    public InvalidPartitionRuleError(String subCode, String message) {
        super(message);
        this.subCode = subCode;
    }

    public String subCode() {
        return subCode;
    }
}
