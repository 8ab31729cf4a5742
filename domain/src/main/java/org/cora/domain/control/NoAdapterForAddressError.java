package org.cora.domain.control;

public final class NoAdapterForAddressError extends ControlException {

    public NoAdapterForAddressError(String address) {
        super(address, "No control adapter routes address '" + address + "'");
    }
}
