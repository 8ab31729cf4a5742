package org.cora.adapters.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cora.domain.control.ControlSubscription;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;
import org.cora.domain.shared.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulatedAlarmsTest {

    private static final Clock CLOCK = () -> Instant.parse("2026-03-01T08:00:00Z");
    private static final Duration GENEROUS = Duration.ofSeconds(10);

    private final SimulatedBeamlineControlPort port = SimulatedBeamlineControlPort.fromYaml(new StringReader("""
            tick_ms: 10
            addresses:
              t:temp:
                value: 21.5
                alarm: {lolo: 0, low: 5, high: 25, hihi: 30}
              t:stuck:
                value: 50
                quality: Bad
                quality_detail: INVALID/UDF
                alarm: {high: 25}
              t:ring:
                value: 200
                read_only: true
                alarm: {lolo: 10, low: 150}
              t:x:
                value: 0
                motor: {velocity: 20, acceleration: 200}
              t:x.RBV:
                follows: t:x
                alarm: {high: 5}
            """), CLOCK);

    @AfterEach
    void closePort() {
        port.close();
    }

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource(textBlock = """
            30,   MAJOR/HIHI
            45,   MAJOR/HIHI
            29.9, MINOR/HIGH
            25,   MINOR/HIGH
            24.9, ''
            5.1,  ''
            5,    MINOR/LOW
            0,    MAJOR/LOLO
            -7,   MAJOR/LOLO
            """)
    void aValueAtOrBeyondALimitRaisesItsEpicsAlarm(BigDecimal value, String alarm) {
        AlarmLimits limits = new AlarmLimits(BigDecimal.ZERO, BigDecimal.valueOf(5), BigDecimal.valueOf(25),
                BigDecimal.valueOf(30));

        assertThat(limits.alarmFor(value)).isEqualTo(alarm);
    }

    @Test
    void anyLimitMayBeLeftOut() {
        AlarmLimits onlyHigh = new AlarmLimits(null, null, BigDecimal.valueOf(25), null);

        assertThat(onlyHigh.alarmFor(BigDecimal.valueOf(1000))).isEqualTo("MINOR/HIGH");
        assertThat(onlyHigh.alarmFor(BigDecimal.valueOf(-1000))).isEmpty();
    }

    @Test
    void writesTakeAnAddressThroughItsAlarmStatesAndSubscribersSeeEveryTransition() throws Exception {
        try (ControlSubscription temp = port.subscribe("t:temp")) {
            List<String> seen = new ArrayList<>();
            seen.add(describe(temp.next(GENEROUS).orElseThrow()));
            for (double value : new double[] {26, 31, 20, 4, -1, 21}) {
                port.write("t:temp", Json.num(value), true, GENEROUS);
            }

            for (int i = 0; i < 6; i++) {
                seen.add(describe(temp.next(GENEROUS).orElseThrow()));
            }
            assertThat(seen).containsExactly("Good ", "Uncertain MINOR/HIGH", "Uncertain MAJOR/HIHI", "Good ",
                    "Uncertain MINOR/LOW", "Uncertain MAJOR/LOLO", "Good ");
        }
    }

    @Test
    void aTravellingReadbackIsJudgedOnEveryTickOfItsTravel() throws Exception {
        try (ControlSubscription readback = port.subscribe("t:x.RBV")) {
            List<Measurement> travel = new ArrayList<>();
            travel.add(readback.next(GENEROUS).orElseThrow());
            port.write("t:x", Json.num(8), true, GENEROUS);

            Measurement reading;
            do {
                reading = readback.next(GENEROUS).orElseThrow();
                travel.add(reading);
            } while (!reading.value().equals(Json.num(8)));
            for (Measurement step : travel) {
                boolean beyondHigh = ((Json.Num) step.value()).value().compareTo(BigDecimal.valueOf(5)) >= 0;
                assertThat(step.qualityDetail()).as("at %s", step.value()).isEqualTo(beyondHigh ? "MINOR/HIGH" : "");
            }
            assertThat(travel.getFirst().quality()).isEqualTo(Quality.Good);
            assertThat(travel.getLast().quality()).isEqualTo(Quality.Uncertain);
        }
    }

    @Test
    void aDeclaredQualityThatIsNotGoodOverridesTheAlarmLimits() throws Exception {
        Measurement stuck = port.read("t:stuck");

        assertThat(stuck.quality()).isEqualTo(Quality.Bad);
        assertThat(stuck.qualityDetail()).isEqualTo("INVALID/UDF");
    }

    @Test
    void aScenarioDeclaresAQualityAtRunTimeAndGoodHandsItBackToTheLimits() throws Exception {
        try (ControlSubscription temp = port.subscribe("t:temp")) {
            temp.next(GENEROUS);

            port.setQuality("t:temp", Quality.Bad, "INVALID/COMM");
            Measurement broken = temp.next(GENEROUS).orElseThrow();
            assertThat(broken.quality()).isEqualTo(Quality.Bad);
            assertThat(broken.qualityDetail()).isEqualTo("INVALID/COMM");

            port.setQuality("t:stuck", Quality.Good, "");
            assertThat(port.read("t:stuck").qualityDetail()).isEqualTo("MINOR/HIGH");
        }
    }

    @Test
    void aScenarioSetsAReadOnlyProcessVariableAndItsAlarmFollows() throws Exception {
        port.setValue("t:ring", Json.num(120));
        assertThat(port.read("t:ring").qualityDetail()).isEqualTo("MINOR/LOW");

        port.setValue("t:ring", Json.num(0));
        Measurement dumped = port.read("t:ring");
        assertThat(dumped.value()).isEqualTo(Json.num(0));
        assertThat(dumped.quality()).isEqualTo(Quality.Uncertain);
        assertThat(dumped.qualityDetail()).isEqualTo("MAJOR/LOLO");
    }

    private static String describe(Measurement reading) {
        return reading.quality() + " " + reading.qualityDetail();
    }
}
