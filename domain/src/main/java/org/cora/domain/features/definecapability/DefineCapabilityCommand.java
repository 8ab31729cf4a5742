package org.cora.domain.features.definecapability;

import java.util.List;
import org.cora.domain.json.Json;

/** Define a new Capability; the handler gives it a fresh id. Executor shapes as given, checked by the decider. */
public record DefineCapabilityCommand(String code, String name, Json.Obj parametersSchema, List<String> executorShapes) {

    public DefineCapabilityCommand {
        executorShapes = executorShapes == null ? List.of() : List.copyOf(executorShapes);
    }
}
