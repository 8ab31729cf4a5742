package org.cora.domain.plan;

import java.util.Objects;
import java.util.UUID;

public record PlanId(UUID value) {

    public PlanId {
        Objects.requireNonNull(value, "value");
    }

    public static PlanId of(String raw) {
        return new PlanId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
