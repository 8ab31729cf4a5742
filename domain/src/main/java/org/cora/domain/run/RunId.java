package org.cora.domain.run;

import java.util.Objects;
import java.util.UUID;

public record RunId(UUID value) {

    public RunId {
        Objects.requireNonNull(value, "value");
    }

    public static RunId of(String raw) {
        return new RunId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
