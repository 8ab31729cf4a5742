package org.cora.domain.asset.partition;

import org.cora.domain.shared.DomainError;

/** A rule kind Cora can store but cannot evaluate (today: SolverReference, no solver transport is wired). */
public final class PartitionRuleNotSupportedError extends DomainError {

    private final String ruleKind;

    public PartitionRuleNotSupportedError(String ruleKind, String reason) {
        super(ruleKind + " rules are not supported: " + reason);
        this.ruleKind = ruleKind;
    }

    public String ruleKind() {
        return ruleKind;
    }
}
