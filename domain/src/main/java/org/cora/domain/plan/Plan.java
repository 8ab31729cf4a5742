package org.cora.domain.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The folded state of one Plan: the Assets it binds (sorted by their string form) and its wires, in the order added. */
public record Plan(PlanId id, List<UUID> assetIds, List<Wire> wires) {

    public Plan {
        Objects.requireNonNull(id, "id");
        assetIds = List.copyOf(assetIds);
        wires = List.copyOf(wires);
    }

    public boolean binds(UUID assetId) {
        return assetIds.contains(assetId);
    }

    public List<Wire> wiresInto(UUID targetAssetId) {
        return wires.stream().filter(w -> w.targetAssetId().equals(targetAssetId)).toList();
    }

    Plan plus(Wire wire) {
        List<Wire> next = new ArrayList<>(wires);
        next.add(wire);
        return new Plan(id, assetIds, next);
    }

    Plan minus(Wire wire) {
        return new Plan(id, assetIds, wires.stream().filter(w -> !w.equals(wire)).toList());
    }
}
