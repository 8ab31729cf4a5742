package org.cora.adapters.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.control.ControlSubscription;
import org.cora.domain.control.ControlTimeoutError;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.control.Measurement;
import org.cora.domain.json.Json;
import org.cora.domain.shared.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Motion in real time. Timings are asserted against bounds computed from the profile, with room
 * for a loaded machine; positions against the profile's geometry, never against a tick count.
 */
class SimulatedMotorTest {

    private static final Clock CLOCK = () -> Instant.parse("2026-03-01T08:00:00Z");
    private static final Duration GENEROUS = Duration.ofSeconds(10);
    /** 0 to 5 at 10 units/s and 50 units/s^2: 0.2 s speeding up, 0.3 s cruising, 0.2 s braking. */
    private static final Duration FIVE_UNITS = Duration.ofMillis(700);
    /** 0 to 15: 0.2 s speeding up, 1.3 s cruising, 0.2 s braking. */
    private static final Duration FIFTEEN_UNITS = Duration.ofMillis(1700);
    /** Scheduling delay a busy shared machine may add to the arrival tick. */
    private static final Duration SLACK = Duration.ofSeconds(1);

    private final SimulatedBeamlineControlPort port = SimulatedBeamlineControlPort.fromYaml(new StringReader("""
            tick_ms: 10
            addresses:
              t:x:
                value: 0
                low: -20
                high: 20
                motor: {velocity: 10, acceleration: 50}
              t:x.RBV:
                follows: t:x
            """), CLOCK);

    @AfterEach
    void closePort() {
        port.close();
    }

    @Test
    void aWaitedMoveReturnsOnArrivalAfterTheProfilesDuration() throws Exception {
        long started = System.nanoTime();
        port.write("t:x", Json.num(5), true, GENEROUS);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(elapsed).isGreaterThanOrEqualTo(FIVE_UNITS).isLessThan(FIVE_UNITS.plus(SLACK));
        assertThat(port.read("t:x.RBV").value()).isEqualTo(Json.num(5));
    }

    @Test
    void theSetpointShowsTheTargetAtOnceWhileTheReadbackIsStillOnItsWay() throws Exception {
        long started = System.nanoTime();
        port.write("t:x", Json.num(15), false, GENEROUS);

        assertThat(port.read("t:x").value()).isEqualTo(Json.num(15));
        Thread.sleep(350);
        double underway = position("t:x.RBV");
        if (Duration.ofNanos(System.nanoTime() - started).compareTo(FIFTEEN_UNITS) < 0) {
            assertThat(underway).isStrictlyBetween(0.0, 15.0);
        }
    }

    @Test
    void theReadbackTravelsMonotonicallyTowardsTheTargetOneChangePerTick() throws Exception {
        try (ControlSubscription readback = port.subscribe("t:x.RBV")) {
            assertThat(next(readback).value()).isEqualTo(Json.num(0));

            port.write("t:x", Json.num(5), true, GENEROUS);

            List<Double> travel = new ArrayList<>();
            Measurement reading;
            do {
                reading = next(readback);
                travel.add(number(reading.value()));
            } while (!reading.value().equals(Json.num(5)));
            assertThat(travel).isSorted().allSatisfy(x -> assertThat(x).isBetween(0.0, 5.0));
            // 700 ms at one tick per 10 ms: dozens of changes, even with ticks lost to a busy machine.
            assertThat(travel).hasSizeGreaterThan(10);
        }
    }

    @Test
    void aWaitThatTimesOutLeavesTheMotorMovingToItsTarget() throws Exception {
        Duration timeout = Duration.ofMillis(100);

        long started = System.nanoTime();
        assertThatThrownBy(() -> port.write("t:x", Json.num(15), true, timeout))
                .isInstanceOfSatisfying(ControlTimeoutError.class, e -> {
                    assertThat(e.address()).isEqualTo("t:x");
                    assertThat(e.timeout()).isEqualTo(timeout);
                });
        double underway = position("t:x.RBV");
        if (Duration.ofNanos(System.nanoTime() - started).compareTo(FIFTEEN_UNITS) < 0) {
            assertThat(underway).isLessThan(15);
        }

        awaitValue("t:x.RBV", Json.num(15));
    }

    @Test
    void aWriteBeyondTheSoftLimitsIsRejectedBeforeAnythingMoves() throws Exception {
        try (ControlSubscription readback = port.subscribe("t:x.RBV")) {
            next(readback);

            assertThatThrownBy(() -> port.write("t:x", Json.num(25), true, GENEROUS))
                    .isInstanceOfSatisfying(ControlWriteRejectedError.class,
                            e -> assertThat(e.reason()).isEqualTo("25 is above the high limit 20"));

            assertThat(port.read("t:x").value()).isEqualTo(Json.num(0));
            assertThat(readback.next(Duration.ofMillis(300))).isEmpty();
        }
    }

    @Test
    void aWriteDuringAMoveRetargetsFromWhereTheMotorIsWithoutAJump() throws Exception {
        try (ControlSubscription readback = port.subscribe("t:x.RBV")) {
            next(readback);
            port.write("t:x", Json.num(18), false, GENEROUS);
            Thread.sleep(300);

            port.write("t:x", Json.num(-2), true, GENEROUS);

            assertThat(port.read("t:x.RBV").value()).isEqualTo(Json.num(-2));
            List<Double> travel = new ArrayList<>();
            Measurement reading;
            do {
                reading = next(readback);
                travel.add(number(reading.value()));
            } while (!reading.value().equals(Json.num(-2)));
            int turn = travel.indexOf(travel.stream().max(Double::compare).orElseThrow());
            assertThat(travel.get(turn)).as("turned round before reaching 18").isStrictlyBetween(0.0, 18.0);
            assertThat(travel.subList(0, turn + 1)).isSorted();
            assertThat(travel.subList(turn, travel.size()).reversed()).isSorted();
        }
    }

    @Test
    void aWaiterOfTheFirstTargetIsReleasedWhenTheMotorComesToRestAtTheNewerOne() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Json> readbackOnReturn = new AtomicReference<>();
        Thread waiter = Thread.ofPlatform().start(() -> {
            try {
                port.write("t:x", Json.num(10), true, GENEROUS);
                readbackOnReturn.set(port.read("t:x.RBV").value());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        awaitValue("t:x", Json.num(10));

        port.write("t:x", Json.num(3), false, GENEROUS);
        waiter.join(GENEROUS.toMillis());

        assertThat(failure.get()).isNull();
        assertThat(readbackOnReturn.get()).isEqualTo(Json.num(3));
        assertThat(port.read("t:x").value()).isEqualTo(Json.num(3));
    }

    @Test
    void aMoveToWhereTheMotorStandsReturnsAtOnce() throws Exception {
        long started = System.nanoTime();
        port.write("t:x", Json.num(0), true, GENEROUS);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
        assertThat(port.read("t:x.RBV").value()).isEqualTo(Json.num(0));
    }

    @Test
    void aDisconnectDuringAMoveFailsTheWaiterWhileTheMotorGoesOn() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread waiter = Thread.ofPlatform().start(() -> {
            try {
                port.write("t:x", Json.num(15), true, GENEROUS);
            } catch (Exception e) {
                failure.set(e);
            }
        });
        awaitValue("t:x", Json.num(15));

        port.setConnected("t:x", false);
        waiter.join(GENEROUS.toMillis());

        assertThat(failure.get()).isInstanceOf(ControlNotConnectedError.class);
        assertThatThrownBy(() -> port.read("t:x")).isInstanceOf(ControlNotConnectedError.class);
        awaitValue("t:x.RBV", Json.num(15));
        port.setConnected("t:x", true);
        assertThat(port.read("t:x").value()).isEqualTo(Json.num(15));
    }

    @Test
    void closingThePortDuringAMoveFailsTheWaiterAsNotConnected() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread waiter = Thread.ofPlatform().start(() -> {
            try {
                port.write("t:x", Json.num(5), true, GENEROUS);
            } catch (Exception e) {
                failure.set(e);
            }
        });
        Thread.sleep(100);

        port.close();
        waiter.join(GENEROUS.toMillis());

        assertThat(failure.get()).isInstanceOf(ControlNotConnectedError.class);
    }

    private double position(String address) throws Exception {
        return number(port.read(address).value());
    }

    private static double number(Json value) {
        return ((Json.Num) value).value().doubleValue();
    }

    private static Measurement next(ControlSubscription subscription) throws Exception {
        return subscription.next(GENEROUS).orElseThrow(() -> new AssertionError("no reading within " + GENEROUS));
    }

    private void awaitValue(String address, Json expected) throws Exception {
        long deadline = System.nanoTime() + GENEROUS.toNanos();
        while (!port.read(address).value().equals(expected)) {
            assertThat(System.nanoTime()).as("%s never showed %s", address, expected).isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
