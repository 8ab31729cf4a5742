package org.cora.domain.asset;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cora.domain.json.Json;

/**
 * The folded state of one Asset. {@code ports} are sorted by name; {@code partitionRule} is the
 * stored rule object (null when the Asset is not a pseudo-axis); {@code controlBinding} is null
 * until bound.
 */
public record Asset(AssetId id, String name, AssetLifecycle lifecycle, List<AssetPort> ports, Json.Obj partitionRule,
                    ControlBinding controlBinding) {

    public Asset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lifecycle, "lifecycle");
        ports = ports.stream().sorted(Comparator.comparing(AssetPort::name)).toList();
    }

    public Optional<AssetPort> port(String portName) {
        return ports.stream().filter(p -> p.name().equals(portName)).findFirst();
    }

    /** A pseudo-axis is any Asset with a partition rule. */
    public boolean isPseudoAxis() {
        return partitionRule != null;
    }

    public boolean isDecommissioned() {
        return lifecycle == AssetLifecycle.Decommissioned;
    }

    public List<AssetPort> portsOf(PortDirection direction) {
        return ports.stream().filter(p -> p.direction() == direction).toList();
    }

    Asset withLifecycle(AssetLifecycle next) {
        return new Asset(id, name, next, ports, partitionRule, controlBinding);
    }

    Asset withPorts(List<AssetPort> next) {
        return new Asset(id, name, lifecycle, next, partitionRule, controlBinding);
    }

    Asset withPartitionRule(Json.Obj rule) {
        return new Asset(id, name, lifecycle, ports, rule, controlBinding);
    }

    Asset withControlBinding(ControlBinding binding) {
        return new Asset(id, name, lifecycle, ports, partitionRule, binding);
    }
}
