package org.cora.domain.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetId;
import org.cora.domain.asset.AssetNotFoundError;
import org.cora.domain.asset.AssetPort;
import org.cora.domain.asset.PortDirection;
import org.cora.domain.json.Json;

/**
 * What a wire is allowed to be (reference 3.5, rules 1 to 7 in order) and how a pseudo-axis finds
 * its constituents. Pure: the caller passes the two Assets it loaded (null for an absent one).
 */
public final class PlanWires {

    /** Rule kinds whose arity is one whatever their fields. */
    private static final Set<String> SINGLE_CONSTITUENT = Set.of("Affine", "LookupTable");

    private PlanWires() {
    }

    /** Returns when {@code wire} may be added to {@code plan}; the rule it breaks otherwise. */
    public static void requireAddable(Plan plan, Wire wire, Asset source, Asset target) {
        PlanId id = plan.id();
        if (wire.sourceAssetId().equals(wire.targetAssetId()) && wire.sourcePortName().equals(wire.targetPortName())) {
            throw new PlanWireSelfLoopError(id, wire, "");
        }
        for (UUID end : List.of(wire.sourceAssetId(), wire.targetAssetId())) {
            if (!plan.binds(end)) {
                throw new PlanWireAssetNotInPlanError(id, wire, end.toString());
            }
        }
        AssetPort from = port(id, wire, source, wire.sourceAssetId(), wire.sourcePortName());
        AssetPort to = port(id, wire, target, wire.targetAssetId(), wire.targetPortName());
        if (from.direction() != PortDirection.Output || to.direction() != PortDirection.Input) {
            throw new PlanWireDirectionError(id, wire, "a wire runs from an Output port to an Input port, got "
                    + from.direction() + " -> " + to.direction());
        }
        if (!from.signalType().equals(to.signalType())) {
            throw new PlanWireSignalTypeMismatchError(id, wire, "signal types differ: '" + from.signalType() + "' -> '"
                    + to.signalType() + "'");
        }
        if (plan.wires().contains(wire)) {
            throw new PlanWireAlreadyExistsError(id, wire, "");
        }
        if (plan.wiresInto(wire.targetAssetId()).stream().anyMatch(w -> w.targetPortName().equals(wire.targetPortName()))) {
            throw new PlanWireFanInError(id, wire, wire.targetAssetId() + "/" + wire.targetPortName());
        }
        if (target.isPseudoAxis()) {
            requirePseudoAxisFanOut(plan, wire, from, target);
        }
    }

    /** Rule 7: one Output port on the pseudo-axis, no more wires than its arity, one source signal type. */
    private static void requirePseudoAxisFanOut(Plan plan, Wire wire, AssetPort from, Asset target) {
        int outputs = target.portsOf(PortDirection.Output).size();
        if (outputs != 1) {
            throw new PlanWirePseudoAxisOutputPortError(plan.id(), wire, "pseudo-axis " + target.id()
                    + " must declare exactly one Output port, it declares " + outputs);
        }
        List<Wire> incoming = plan.wiresInto(wire.targetAssetId());
        OptionalInt arity = expectedArity(target.partitionRule());
        if (arity.isPresent() && incoming.size() + 1 > arity.getAsInt()) {
            throw new PlanWirePseudoAxisArityExceededError(plan.id(), wire, "pseudo-axis " + target.id() + " takes "
                    + arity.getAsInt() + " constituent(s) and already has " + incoming.size());
        }
        // Rule 5 made each wire's source and target signal types equal, so the target ports carry the sources' types.
        for (Wire other : incoming) {
            String otherType = target.port(other.targetPortName()).map(AssetPort::signalType).orElse(from.signalType());
            if (!otherType.equals(from.signalType())) {
                throw new PlanWirePseudoAxisSignalTypeError(plan.id(), wire, "the sources wired into pseudo-axis "
                        + target.id() + " carry '" + otherType + "', this one carries '" + from.signalType() + "'");
            }
        }
    }

    private static AssetPort port(PlanId id, Wire wire, Asset asset, UUID assetId, String portName) {
        if (asset == null) {
            throw new AssetNotFoundError(new AssetId(assetId));
        }
        return asset.port(portName)
                .orElseThrow(() -> new PlanWirePortNotFoundError(id, wire, "'" + portName + "' on asset " + assetId));
    }

    /**
     * How many constituents a partition rule takes: Affine and LookupTable one; otherwise its
     * {@code constituent_count} when present; empty when unknown (the arity check is skipped).
     */
    public static OptionalInt expectedArity(Json.Obj partitionRule) {
        if (partitionRule == null) {
            return OptionalInt.empty();
        }
        if (partitionRule.get("kind").orElse(null) instanceof Json.Str kind && SINGLE_CONSTITUENT.contains(kind.value())) {
            return OptionalInt.of(1);
        }
        if (partitionRule.get("constituent_count").orElse(null) instanceof Json.Num count) {
            BigDecimal value = count.value();
            if (value.stripTrailingZeros().scale() <= 0 && value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                return OptionalInt.of(value.intValueExact());
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The constituents of a pseudo-axis: the source Assets of the wires whose target it is, sorted
     * by (target port name, source asset id as a string). Empty when nothing is wired into it.
     */
    public static List<UUID> constituentsOf(Plan plan, UUID pseudoAxisId) {
        List<Wire> incoming = new ArrayList<>(plan.wiresInto(pseudoAxisId));
        incoming.sort(Comparator.comparing(Wire::targetPortName).thenComparing(w -> w.sourceAssetId().toString()));
        return incoming.stream().map(Wire::sourceAssetId).toList();
    }
}
