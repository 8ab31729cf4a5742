package org.cora.adapters.hardware;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A simulated counting detector: it exposes {@code <prefix>:acquire_time} (seconds),
 * {@code <prefix>:acquire} (write 1 to count), {@code <prefix>:counts} and {@code <prefix>:frame}.
 */
record DetectorModel(String prefix, BigDecimal countsPerSecond, BigDecimal acquireTime) {

    static final BigDecimal DEFAULT_ACQUIRE_TIME = new BigDecimal("0.1");
    /** The shortest and longest exposure the simulated detector accepts, in seconds. */
    static final BigDecimal MIN_ACQUIRE_TIME = new BigDecimal("0.001");
    static final BigDecimal MAX_ACQUIRE_TIME = new BigDecimal("3600");

    DetectorModel {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(countsPerSecond, "countsPerSecond");
        acquireTime = acquireTime == null ? DEFAULT_ACQUIRE_TIME : acquireTime;
    }

    String acquireTimeAddress() {
        return prefix + ":acquire_time";
    }

    String acquireAddress() {
        return prefix + ":acquire";
    }

    String countsAddress() {
        return prefix + ":counts";
    }

    String frameAddress() {
        return prefix + ":frame";
    }

    List<String> addresses() {
        return List.of(acquireTimeAddress(), acquireAddress(), countsAddress(), frameAddress());
    }
}
