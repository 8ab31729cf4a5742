package org.cora.tools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.junit.jupiter.api.Test;

class ActivityLineTest {

    private static final OptionalInt THREE = OptionalInt.of(3);

    @Test
    void aSetpointShowsItsAddressAndValueWhileInFlightAndOnceDone() {
        assertThat(ActivityLine.of(row("setpoint", """
                {"address": "sim:m1", "value": 45.0, "step_index": 0, "result": "in_flight"}"""), THREE))
                .isEqualTo("step 1 of 3, sim:m1, 45.0 (in flight)");
        assertThat(ActivityLine.of(row("setpoint", """
                {"address": "sim:m1", "value": 45.0, "step_index": 0, "result": "ok"}"""), THREE))
                .isEqualTo("step 1 of 3, sim:m1, 45.0 (ok)");
    }

    @Test
    void aCheckShowsWhatItReadAndAFailureItsErrorClass() {
        assertThat(ActivityLine.of(row("check", """
                {"address": "sim:m1.RBV", "criterion": {"kind": "equals", "expected": 99},
                 "reading": {"value": 10, "quality": "Good"}, "step_index": 1, "result": "failed",
                 "error_class": "CheckFailedError", "message": "value 10"}"""), THREE))
                .isEqualTo("step 2 of 3, sim:m1.RBV, 10 (failed: CheckFailedError)");
    }

    @Test
    void anActionShowsItsNameAndResult() {
        assertThat(ActivityLine.of(row("action", """
                {"name": "count", "params": {"seconds": 1}, "step_index": 2, "result": "ok",
                 "result_data": {"counts": 12}}"""), OptionalInt.empty()))
                .isEqualTo("step 3 of ?, count, ok");
    }

    @Test
    void aRowAppendedOutsideAConductShowsItsKindAndPayload() {
        assertThat(ActivityLine.of(row("note", "{\"text\": \"beam back\"}"), THREE))
                .isEqualTo("note: {\"text\":\"beam back\"}");
    }

    @Test
    void stepsReadAsAPersonWouldSayThem() {
        assertThat(ActivityLine.step(obj("{\"kind\": \"setpoint\", \"address\": \"sim:m1\", \"value\": 2, \"verify\": false}")))
                .isEqualTo("setpoint sim:m1 = 2");
        assertThat(ActivityLine.step(obj("""
                {"kind": "check", "address": "sim:m1.RBV",
                 "criterion": {"kind": "within_tolerance", "expected": 45, "tolerance": 0.01}}""")))
                .isEqualTo("check sim:m1.RBV within 45 +/- 0.01");
        assertThat(ActivityLine.step(obj("{\"kind\": \"check\", \"address\": \"sim:shutter\", "
                + "\"criterion\": {\"kind\": \"equals\", \"expected\": \"Open\"}}")))
                .isEqualTo("check sim:shutter equals Open");
        assertThat(ActivityLine.step(obj("{\"kind\": \"action\", \"name\": \"count\", \"params\": {\"seconds\": 1}}")))
                .isEqualTo("action count {\"seconds\":1}");
    }

    private static Json.Obj row(String kind, String payload) {
        return Json.Obj.builder().put("step_kind", kind).put("payload", JsonParser.parse(payload)).build();
    }

    private static Json.Obj obj(String text) {
        return (Json.Obj) JsonParser.parse(text);
    }
}
