package org.cora.domain.capability;

import java.util.Objects;
import java.util.UUID;

public record CapabilityId(UUID value) {

    public CapabilityId {
        Objects.requireNonNull(value, "value");
    }

    public static CapabilityId of(String raw) {
        return new CapabilityId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
