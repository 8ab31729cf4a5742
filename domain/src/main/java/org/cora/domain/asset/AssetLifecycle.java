package org.cora.domain.asset;

import java.util.Map;
import java.util.Set;

/**
 * Where an Asset is in its life: Commissioned, then Active and Maintenance back and forth, and
 * Decommissioned for good (reachable from every other state). The FSM is the table below.
 */
public enum AssetLifecycle {
    Commissioned, Active, Maintenance, Decommissioned;

    private static final Map<AssetLifecycle, Set<AssetLifecycle>> NEXT = Map.of(
            Commissioned, Set.of(Active, Decommissioned),
            Active, Set.of(Maintenance, Decommissioned),
            Maintenance, Set.of(Active, Decommissioned),
            Decommissioned, Set.of());

    /** Whether the FSM has the transition; staying put is never one. */
    public boolean canChangeTo(AssetLifecycle next) {
        return NEXT.get(this).contains(next);
    }

    /** The lifecycle named exactly {@code raw}, or {@link InvalidAssetLifecycleError}. */
    public static AssetLifecycle parse(String raw) {
        for (AssetLifecycle lifecycle : values()) {
            if (lifecycle.name().equals(raw)) {
                return lifecycle;
            }
        }
        throw new InvalidAssetLifecycleError(raw);
    }
}
