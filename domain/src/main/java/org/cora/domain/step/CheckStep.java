package org.cora.domain.step;

import java.util.Objects;

/** Read an address and require Good quality and a matching criterion, else the conduct halts. */
public record CheckStep(String address, CheckCriterion criterion) implements Step {

    public CheckStep {
        address = StepText.address(address);
        Objects.requireNonNull(criterion, "criterion");
    }

    @Override public String kind() { return "check"; }

    @Override public String target() { return address; }
}
