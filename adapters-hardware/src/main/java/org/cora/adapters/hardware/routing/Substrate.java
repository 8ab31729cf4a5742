package org.cora.adapters.hardware.routing;

import java.util.Arrays;
import java.util.Optional;
import org.cora.domain.control.MalformedControlAddressError;

/** What a route's addresses are spoken over, and what such an address must look like. */
public enum Substrate {

    /** The in-process simulated beamline: any non-blank address it declares. */
    simulated,
    /** EPICS Channel Access: the address is a PV name. */
    epics_ca,
    /** EPICS pvAccess: the address is a PV name. */
    epics_pva;

    /** The substrate named {@code name} as configuration spells it, if there is one. */
    public static Optional<Substrate> named(String name) {
        return Arrays.stream(values()).filter(substrate -> substrate.name().equals(name)).findFirst();
    }

    /**
     * Refuses an address this substrate could never reach. An EPICS PV name is printable ASCII
     * without blanks (record names, fields and the {@code :} and {@code .} separators all are);
     * a simulated address only has to be non-blank.
     */
    public void checkAddress(String address) throws MalformedControlAddressError {
        if (address.isBlank()) {
            throw new MalformedControlAddressError(address, name(), "the address is empty");
        }
        if (this == simulated) {
            return;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw new MalformedControlAddressError(address, name(),
                        "a PV name is printable ASCII without blanks; character " + (i + 1) + " is "
                                + String.format("U+%04X", (int) c));
            }
        }
    }
}
