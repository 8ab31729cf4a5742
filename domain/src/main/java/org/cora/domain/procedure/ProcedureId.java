package org.cora.domain.procedure;

import java.util.Objects;
import java.util.UUID;

public record ProcedureId(UUID value) {

    public ProcedureId {
        Objects.requireNonNull(value, "value");
    }

    public static ProcedureId of(String raw) {
        return new ProcedureId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
