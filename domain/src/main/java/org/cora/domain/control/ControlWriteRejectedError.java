package org.cora.domain.control;

public final class ControlWriteRejectedError extends ControlException {

    private final String reason;

    public ControlWriteRejectedError(String address, String reason) {
        super(address, "Control address '" + address + "' rejected the write: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
