package org.cora.domain.control;

public final class ControlAccessDeniedError extends ControlException {

    public ControlAccessDeniedError(String address) {
        super(address, "Control address '" + address + "' denied access");
    }
}
