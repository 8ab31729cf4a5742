package org.cora.domain.control;

/**
 * A write refused because writes are switched off: for the whole deployment, or for the route
 * the address falls under. Reads and subscriptions keep working.
 */
public final class ControlWritesDisabledError extends ControlException {

    /** Where the switch that refused the write is set. */
    public enum Scope { deployment, route }

    private final Scope scope;
    private final String prefix;

    /** {@code prefix} is the read-only route's prefix for {@link Scope#route}, null for the deployment. */
    public ControlWritesDisabledError(String address, Scope scope, String prefix) {
        super(address, "Control writes are disabled " + describe(scope, prefix) + "; refused the write to '"
                + address + "'");
        this.scope = java.util.Objects.requireNonNull(scope, "scope");
        this.prefix = prefix;
    }

    public Scope scope() {
        return scope;
    }

    /** The read-only route's prefix, or null when the deployment refused the write. */
    public String prefix() {
        return prefix;
    }

    private static String describe(Scope scope, String prefix) {
        return scope == Scope.deployment ? "for this deployment" : "on the read-only route '" + prefix + "'";
    }
}
