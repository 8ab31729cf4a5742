package org.cora.domain.conductor;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The action bodies a deployment supplies, by name. */
public final class ActionRegistry {

    private final Map<String, ActionBody> bodies;

    public ActionRegistry(Map<String, ActionBody> bodies) {
        this.bodies = Map.copyOf(bodies);
    }

    public static ActionRegistry empty() {
        return new ActionRegistry(Map.of());
    }

    public Optional<ActionBody> lookup(String name) {
        return Optional.ofNullable(bodies.get(name));
    }

    public Set<String> names() {
        return new TreeMap<>(bodies).keySet();
    }
}
