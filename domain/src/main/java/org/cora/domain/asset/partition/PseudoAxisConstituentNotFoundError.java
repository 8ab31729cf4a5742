package org.cora.domain.asset.partition;

import org.cora.domain.shared.DomainError;

/** The Plan wires a different number of constituents than the pseudo-axis rule expects. */
public final class PseudoAxisConstituentNotFoundError extends DomainError {

    private final String ruleKind;
    private final int expected;
    private final int wired;

    public PseudoAxisConstituentNotFoundError(String ruleKind, int expected, int wired, String requirement) {
        super(ruleKind + " rule needs " + requirement + " constituents, expected " + expected + " but "
                + wired + " are wired");
        this.ruleKind = ruleKind;
        this.expected = expected;
        this.wired = wired;
    }

    public String ruleKind() {
        return ruleKind;
    }

    public int expected() {
        return expected;
    }

    public int wired() {
        return wired;
    }
}
