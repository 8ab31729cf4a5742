package org.cora.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The long Procedure the crash harness walks on a {@link StageBeamline}: one acquisition first
 * (a 0.3 s {@code count}), then six rounds; round {@code r} cross-checks the motor that round
 * {@code r - 1} left at its final position, then drives motors {@code r..5} and checks each
 * readback. Motor {@code k} reaches its final position in round {@code k}, so a crash late in the
 * walk leaves motors whose final position was set before the resume boundary.
 */
final class StageScan {

    static final double ACQUISITION_SECONDS = 0.3;
    static final int ACQUISITION_INDEX = 0;

    /** One step: its wire form and its kind. */
    record Step(String kind, String json) {

        /** Setpoints and actions write an {@code in_flight} marker and an outcome; checks only their outcome. */
        List<String> rows(int index) {
            return kind.equals("check") ? List.of(index + ":ok") : List.of(index + ":in_flight", index + ":ok");
        }
    }

    private final List<Step> steps;

    StageScan() {
        List<Step> list = new ArrayList<>();
        list.add(new Step("action", """
                {"kind": "action", "name": "count", "params": {"detector": "%s", "seconds": %s}}"""
                .formatted(StageBeamline.DETECTOR, ACQUISITION_SECONDS)));
        for (int round = 0; round < StageBeamline.MOTORS; round++) {
            if (round > 0) {
                list.add(check(round - 1, finalPosition(round - 1)));
            }
            for (int k = round; k < StageBeamline.MOTORS; k++) {
                list.add(new Step("setpoint", """
                        {"kind": "setpoint", "address": "%s", "value": %s}"""
                        .formatted(StageBeamline.motor(k), target(round, k).toPlainString())));
                list.add(check(k, target(round, k)));
            }
        }
        this.steps = List.copyOf(list);
    }

    static BigDecimal target(int round, int k) {
        return BigDecimal.valueOf(-20 + 7 * round + 3 * k).add(BigDecimal.valueOf(k + 1, 1));
    }

    static BigDecimal finalPosition(int k) {
        return target(k, k);
    }

    static Map<String, BigDecimal> finalPositions() {
        Map<String, BigDecimal> positions = new TreeMap<>();
        for (int k = 0; k < StageBeamline.MOTORS; k++) {
            positions.put(StageBeamline.motor(k), finalPosition(k));
        }
        return positions;
    }

    int size() {
        return steps.size();
    }

    Step step(int index) {
        return steps.get(index);
    }

    String conductBody() {
        return "{\"steps\": [" + String.join(",\n", steps.stream().map(Step::json).toList()) + "]}";
    }

    /** The rows, as {@code index:result}, that steps {@code from} to {@code to} (exclusive) journal when all succeed. */
    List<String> rows(int from, int to) {
        List<String> rows = new ArrayList<>();
        for (int index = from; index < to; index++) {
            rows.addAll(steps.get(index).rows(index));
        }
        return rows;
    }

    /** The shortest time the walk can take: every write latency plus the exposure. */
    long nominalMillis() {
        long total = Math.round(ACQUISITION_SECONDS * 1000);
        for (int round = 0; round < StageBeamline.MOTORS; round++) {
            for (int k = round; k < StageBeamline.MOTORS; k++) {
                total += StageBeamline.latencyMillis(k);
            }
        }
        return total;
    }

    /** A Procedure that only reads: each motor's readback equals its final position. */
    static String readbackBody() {
        List<String> checks = new ArrayList<>();
        for (int k = 0; k < StageBeamline.MOTORS; k++) {
            checks.add("""
                    {"kind": "check", "address": "%s", "criterion": {"kind": "equals", "expected": %s}}"""
                    .formatted(StageBeamline.readback(k), finalPosition(k).toPlainString()));
        }
        return "{\"steps\": [" + String.join(",\n", checks) + "]}";
    }

    private static Step check(int k, BigDecimal expected) {
        return new Step("check", """
                {"kind": "check", "address": "%s", "criterion": {"kind": "within_tolerance", "expected": %s, "tolerance": 0.001}}"""
                .formatted(StageBeamline.readback(k), expected.toPlainString()));
    }
}
