package org.cora.domain.capability;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.cora.domain.json.Json;

/**
 * The folded state of one Capability. {@code version} is the latest tag (null until versioned),
 * {@code versions} every tag in the order they were given.
 */
public record Capability(CapabilityId id, String code, String name, Json.Obj parametersSchema,
                         List<ExecutorShape> executorShapes, CapabilityStatus status, String version,
                         List<String> versions, UUID replacedByCapabilityId) {

    public Capability {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        executorShapes = List.copyOf(executorShapes);
        versions = List.copyOf(versions);
    }

    public boolean isDeprecated() {
        return status == CapabilityStatus.Deprecated;
    }

    /** The names the parameters schema declares: the bindings a Recipe on this Capability may use. */
    public java.util.Set<String> parameterNames() {
        return ParametersSchema.propertyNames(parametersSchema);
    }

    Capability versioned(String tag) {
        List<String> tags = new java.util.ArrayList<>(versions);
        tags.add(tag);
        return new Capability(id, code, name, parametersSchema, executorShapes, CapabilityStatus.Versioned, tag, tags,
                replacedByCapabilityId);
    }

    Capability deprecated(UUID replacedBy) {
        return new Capability(id, code, name, parametersSchema, executorShapes, CapabilityStatus.Deprecated, version,
                versions, replacedBy);
    }
}
