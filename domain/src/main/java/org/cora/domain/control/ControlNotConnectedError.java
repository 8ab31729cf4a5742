package org.cora.domain.control;

public final class ControlNotConnectedError extends ControlException {

    public ControlNotConnectedError(String address) {
        super(address, "Control address '" + address + "' not connected");
    }
}
