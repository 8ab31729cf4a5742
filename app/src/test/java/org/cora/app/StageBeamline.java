package org.cora.app;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cora.domain.json.Json;

/**
 * The crash harness's beamline: six motors {@code hx:m0..hx:m5} with write latencies of 50 to
 * 150 ms and their {@code .RBV} readbacks, plus the detector {@code sim:det}. It also keeps the
 * positions a real stage would still hold when the service dies, because the simulated beamline
 * lives inside the service process and starts afresh from its model file: before every restart
 * the harness writes the model with those positions as the initial values.
 */
final class StageBeamline {

    static final int MOTORS = 6;
    static final String DETECTOR = "sim:det";

    private final Map<String, BigDecimal> positions = new TreeMap<>();

    StageBeamline() {
        for (int k = 0; k < MOTORS; k++) {
            positions.put(motor(k), BigDecimal.ZERO);
        }
    }

    static String motor(int k) {
        return "hx:m" + k;
    }

    static String readback(int k) {
        return motor(k) + ".RBV";
    }

    static int latencyMillis(int k) {
        return 50 + 20 * k;
    }

    Map<String, BigDecimal> positions() {
        return Map.copyOf(positions);
    }

    /** The stage after an uninterrupted walk, or after a check proved it is there. */
    void settle(Map<String, BigDecimal> reached) {
        positions.putAll(reached);
    }

    /**
     * What the hardware did, read off the journal rows a killed conductor left (in append order):
     * a setpoint journaled {@code ok} has landed; one whose {@code in_flight} marker got no outcome
     * stopped {@code fraction} of the way (0: never moved, 1: arrived just before the kill).
     */
    void applyJournal(List<Json.Obj> rows, double fraction) {
        Json.Obj unanswered = null;
        for (Json.Obj row : rows) {
            if (!row.has("address") || !positions.containsKey(text(row, "address"))) {
                continue;
            }
            String result = text(row, "result");
            if (result.equals("ok")) {
                positions.put(text(row, "address"), number(row, "value"));
                unanswered = null;
            } else if (result.equals("in_flight")) {
                unanswered = row;
            }
        }
        if (unanswered != null) {
            BigDecimal from = positions.get(text(unanswered, "address"));
            BigDecimal to = number(unanswered, "value");
            BigDecimal part = to.subtract(from).multiply(BigDecimal.valueOf(fraction));
            positions.put(text(unanswered, "address"), from.add(part).setScale(3, RoundingMode.HALF_UP));
        }
    }

    /** The model file the next service loads: the motors where they are now. */
    void writeModel(Path file) throws IOException {
        StringBuilder yaml = new StringBuilder("seed: 0\naddresses:\n");
        for (int k = 0; k < MOTORS; k++) {
            yaml.append("  ").append(motor(k)).append(":\n")
                    .append("    value: ").append(positions.get(motor(k)).toPlainString()).append('\n')
                    .append("    low: -50\n    high: 50\n")
                    .append("    write_latency_ms: ").append(latencyMillis(k)).append('\n')
                    .append("  ").append(readback(k)).append(":\n")
                    .append("    follows: ").append(motor(k)).append('\n');
        }
        yaml.append("detectors:\n  - prefix: ").append(DETECTOR).append("\n    counts_per_second: 1000\n");
        Files.writeString(file, yaml);
    }

    private static String text(Json.Obj row, String key) {
        return ((Json.Str) row.get(key).orElseThrow()).value();
    }

    private static BigDecimal number(Json.Obj row, String key) {
        return ((Json.Num) row.get(key).orElseThrow()).value();
    }
}
