package org.cora.adapters.hardware.epics.ca;

import gov.aps.jca.CAStatus;
import java.time.Duration;
import java.util.Set;
import org.cora.domain.control.ControlAccessDeniedError;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.control.ControlTimeoutError;
import org.cora.domain.control.ControlValueCoercionError;
import org.cora.domain.control.ControlWriteRejectedError;

/** Which {@link ControlException} a Channel Access status reported for a get, a monitor or a put is. */
final class CaFailures {

    private static final Set<CAStatus> GONE = Set.of(CAStatus.DISCONN, CAStatus.DISCONNCHID, CAStatus.BADCHID,
            CAStatus.UNAVAILINSERV, CAStatus.CHIDNOTFND);

    private CaFailures() {
    }

    /**
     * A failed get or monitor: no read access is access denied, a value the server cannot convert
     * to the requested type is a coercion failure, and anything else means no value could be had
     * from the channel: not connected.
     */
    static ControlException ofRead(String address, CAStatus status) {
        if (status == CAStatus.NORDACCESS) {
            return new ControlAccessDeniedError(address);
        }
        if (status == CAStatus.NOCONVERT || status == CAStatus.BADTYPE) {
            return new ControlValueCoercionError(address, "the channel's native type", "the requested DBR type");
        }
        return new ControlNotConnectedError(address);
    }

    /**
     * A failed put-callback: no write access is access denied, a server-side timeout is a timeout,
     * a vanished channel is not connected, and every other status is the server rejecting the write,
     * with the status's own message as the reason (Channel Access carries no other).
     */
    static ControlException ofPut(String address, CAStatus status, Duration timeout) {
        if (status == CAStatus.NOWTACCESS) {
            return new ControlAccessDeniedError(address);
        }
        if (status == CAStatus.TIMEOUT) {
            return new ControlTimeoutError(address, timeout);
        }
        if (GONE.contains(status)) {
            return new ControlNotConnectedError(address);
        }
        return new ControlWriteRejectedError(address, status.getMessage() + " (" + status.getName() + ")");
    }
}
