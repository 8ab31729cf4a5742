package org.cora.domain.control;

/** An address that its route's substrate cannot parse, e.g. an empty or blank-containing EPICS PV name. */
public final class MalformedControlAddressError extends ControlException {

    private final String substrate;
    private final String reason;

    public MalformedControlAddressError(String raw, String substrate, String reason) {
        super(raw, "Control address '" + raw + "' is malformed for " + substrate + ": " + reason);
        this.substrate = substrate;
        this.reason = reason;
    }

    public String substrate() {
        return substrate;
    }

    public String reason() {
        return reason;
    }
}
