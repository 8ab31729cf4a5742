package org.cora.adapters.hardware.routing;

import java.util.Objects;
import org.cora.domain.control.ActuationKind;

/**
 * One line of the routing table: addresses starting with {@code prefix} go to {@code substrate}.
 * Whether they drive a simulator is declared here, not guessed from the protocol: a soft IOC speaks
 * real Channel Access and is still a simulator.
 *
 * @param prefix    a plain string prefix (no patterns); the empty prefix matches every address
 * @param simulated whether the route reaches a simulator ({@code is_simulated} in configuration)
 * @param readOnly  whether every write through this route is refused
 */
public record ControlRoute(String prefix, Substrate substrate, boolean simulated, boolean readOnly) {

    public ControlRoute {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(substrate, "substrate");
    }

    public ActuationKind actuation() {
        return simulated ? ActuationKind.Simulated : ActuationKind.Physical;
    }

    boolean matches(String address) {
        return address.startsWith(prefix);
    }
}
