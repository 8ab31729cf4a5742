package org.cora.domain.control;

import java.time.Duration;

public final class ControlTimeoutError extends ControlException {

    private final Duration timeout;

    public ControlTimeoutError(String address, Duration timeout) {
        super(address, "Control address '" + address + "' operation exceeded " + seconds(timeout) + "s");
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    private static String seconds(Duration d) {
        return java.math.BigDecimal.valueOf(d.toNanos(), 9).stripTrailingZeros().toPlainString();
    }
}
