package org.cora.domain.resolution;

import org.cora.domain.shared.DomainError;

/** A pseudo-axis takes one number; anything else is the author's mistake, refused before anything runs. */
public final class PseudoAxisCommandNotNumericError extends DomainError {

    private final String address;

    public PseudoAxisCommandNotNumericError(String address, String value) {
        super("The pseudo-axis " + address + " takes a number, got " + value);
        this.address = address;
    }

    public String address() {
        return address;
    }
}
