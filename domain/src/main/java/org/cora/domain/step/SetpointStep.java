package org.cora.domain.step;

import java.util.Objects;

/** Write a value to an address; with {@code verify}, read it back afterwards for the record only. */
public record SetpointStep(String address, SetpointValue value, boolean verify) implements Step {

    public SetpointStep {
        address = StepText.address(address);
        Objects.requireNonNull(value, "value");
    }

    @Override public String kind() { return "setpoint"; }

    @Override public String target() { return address; }
}
