package org.cora.domain.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.cora.domain.json.CanonicalJson;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.testing.Steps;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Scenario 11 and reference 3.4: the pinned wire form, shape by shape, and its exact inverse. */
class StepWireCodecTest {

    static Stream<Arguments> referenceShapes() {
        return Stream.of(
                Arguments.of(Steps.setpoint("2bma:rot", 12.5),
                        "{\"kind\":\"setpoint\",\"address\":\"2bma:rot\",\"value\":12.5,\"verify\":false}"),
                Arguments.of(Steps.setpoint("2bma:energy", Json.of(List.of(1, 2, 3))),
                        "{\"kind\":\"setpoint\",\"address\":\"2bma:energy\",\"value\":[1,2,3],\"verify\":false}"),
                Arguments.of(Steps.restore("2bma:sample:x", "home"),
                        "{\"kind\":\"setpoint\",\"address\":\"2bma:sample:x\",\"value\":{\"__capture__\":\"home\"},\"verify\":false}"),
                Arguments.of(Steps.verifiedSetpoint("2bma:rot", 45.0),
                        "{\"kind\":\"setpoint\",\"address\":\"2bma:rot\",\"value\":45.0,\"verify\":true}"),
                Arguments.of(Steps.setpoint("2bma:shutter", Json.str("Open")),
                        "{\"kind\":\"setpoint\",\"address\":\"2bma:shutter\",\"value\":\"Open\",\"verify\":false}"),
                Arguments.of(Steps.setpoint("2bma:enable", Json.bool(true)),
                        "{\"kind\":\"setpoint\",\"address\":\"2bma:enable\",\"value\":true,\"verify\":false}"),
                Arguments.of(Steps.action("collect", Json.Obj.builder().put("dwell", Json.num(0.1)).build()),
                        "{\"kind\":\"action\",\"name\":\"collect\",\"params\":{\"dwell\":0.1}}"),
                Arguments.of(Steps.action("home_all"),
                        "{\"kind\":\"action\",\"name\":\"home_all\",\"params\":{}}"),
                Arguments.of(Steps.checkEquals("2bma:shutter", Json.str("Open")),
                        "{\"kind\":\"check\",\"address\":\"2bma:shutter\",\"criterion\":{\"kind\":\"equals\",\"expected\":\"Open\"}}"),
                Arguments.of(Steps.checkEquals("2bma:pos", Json.of(List.of(1, 2))),
                        "{\"kind\":\"check\",\"address\":\"2bma:pos\",\"criterion\":{\"kind\":\"equals\",\"expected\":[1,2]}}"),
                Arguments.of(Steps.checkWithin("2bma:temp", "100.0", "0.5"),
                        "{\"kind\":\"check\",\"address\":\"2bma:temp\",\"criterion\":{\"kind\":\"within_tolerance\",\"expected\":100.0,\"tolerance\":0.5}}"),
                Arguments.of(Steps.capture("2bma:sample:x", "home"),
                        "{\"kind\":\"capture\",\"address\":\"2bma:sample:x\",\"capture_name\":\"home\"}"));
    }

    @ParameterizedTest
    @MethodSource("referenceShapes")
    void everyStepKindHasTheExactReferenceShape(Step step, String wire) {
        assertThat(StepWireCodec.toPayload(step).toJsonText()).isEqualTo(wire);
    }

    @ParameterizedTest
    @MethodSource("referenceShapes")
    void theReferenceShapeReadsBackAsTheSameStep(Step step, String wire) {
        assertThat(StepWireCodec.fromPayload(JsonParser.parse(wire), "steps[0]")).isEqualTo(step);
    }

    @ParameterizedTest
    @MethodSource("referenceShapes")
    void aListOfStepsRoundTripsThroughItsPinnedForm(Step step, String wire) {
        List<Step> steps = List.of(step, Steps.setpoint("2bma:rot", 1));

        assertThat(StepWireCodec.fromPayloads(StepWireCodec.toPayloads(steps), "resolved_steps")).isEqualTo(steps);
    }

    @Test
    void aCaptureReferenceIsAnObjectWithExactlyTheCaptureSentinel() {
        Json value = StepWireCodec.toPayload(Steps.restore("2bma:sample:x", "home")).get("value").orElseThrow();

        assertThat(value).isEqualTo(JsonParser.parse("{\"__capture__\":\"home\"}"));
        assertThat(CanonicalJson.encode(value)).isEqualTo("{\"__capture__\":\"home\"}");
    }

    @Test
    void verifyIsAlwaysEmittedForSetpointsAndParamsAlwaysForActions() {
        assertThat(StepWireCodec.toPayload(Steps.setpoint("a", 1)).fields()).containsKey("verify");
        assertThat(StepWireCodec.toPayload(Steps.action("collect")).get("params")).contains(Json.Obj.EMPTY);
    }

    @Test
    void theCanonicalFormOfAPinnedStepHasSortedKeys() {
        assertThat(CanonicalJson.encode(StepWireCodec.toPayload(Steps.setpoint("2bma:rot", 12.5))))
                .isEqualTo("{\"address\":\"2bma:rot\",\"kind\":\"setpoint\",\"value\":12.5,\"verify\":false}");
    }

    @Test
    void aPinnedSetpointWithoutVerifyReadsAsNotVerified() {
        Step step = StepWireCodec.fromPayload(JsonParser.parse(
                "{\"kind\":\"setpoint\",\"address\":\"2bma:rot\",\"value\":12.5}"), "steps[0]");

        assertThat(step).isEqualTo(Steps.setpoint("2bma:rot", 12.5));
    }

    @Test
    void aPinnedActionWithoutParamsReadsWithEmptyParams() {
        Step step = StepWireCodec.fromPayload(JsonParser.parse("{\"kind\":\"action\",\"name\":\"collect\"}"), "steps[0]");

        assertThat(step).isEqualTo(Steps.action("collect"));
    }

    @Test
    void aPinnedValueWithMoreThanTheSentinelKeyIsNotACaptureReference() {
        assertThatThrownBy(() -> StepWireCodec.fromPayload(JsonParser.parse(
                "{\"kind\":\"setpoint\",\"address\":\"a\",\"value\":{\"__capture__\":\"home\",\"x\":1}}"), "steps[0]"))
                .isInstanceOf(InvalidStepError.class)
                .hasMessageContaining("steps[0].value");
    }

    @Test
    void aPinnedCaptureSentinelMustNameACapture() {
        assertThatThrownBy(() -> StepWireCodec.fromPayload(JsonParser.parse(
                "{\"kind\":\"setpoint\",\"address\":\"a\",\"value\":{\"__capture__\":7}}"), "steps[2]"))
                .isInstanceOf(InvalidStepError.class)
                .hasMessage("steps[2].value.__capture__ must be a non-empty string");
    }

    @Test
    void anUnknownPinnedStepKindIsRefused() {
        assertThatThrownBy(() -> StepWireCodec.fromPayload(JsonParser.parse("{\"kind\":\"compute\"}"), "steps[3]"))
                .isInstanceOf(InvalidStepError.class)
                .hasMessageStartingWith("steps[3].kind: unknown step kind: 'compute'");
    }

    @Test
    void anUnknownPinnedCriterionKindIsRefused() {
        assertThatThrownBy(() -> StepWireCodec.fromPayload(JsonParser.parse(
                "{\"kind\":\"check\",\"address\":\"a\",\"criterion\":{\"kind\":\"one_of\",\"expected\":[1]}}"),
                "steps[0]"))
                .isInstanceOf(InvalidStepError.class)
                .hasMessageStartingWith("steps[0].criterion.kind: unknown criterion kind: 'one_of'");
    }

    static Stream<Step> requestableReferenceSteps() {
        return referenceShapes().map(a -> (Step) a.get()[0])
                .filter(s -> !(s instanceof CaptureStep))
                .filter(s -> !(s instanceof SetpointStep sp && sp.value() instanceof SetpointValue.CaptureRef));
    }

    @ParameterizedTest
    @MethodSource("requestableReferenceSteps")
    void thePinnedFormOfSetpointActionAndCheckIsAlsoAValidRequest(Step step) {
        Json request = Json.Arr.of(StepWireCodec.toPayload(step));

        assertThat(StepWireCodec.fromRequest(request, "steps")).containsExactly(step);
    }

    @Test
    void aWithinToleranceCriterionKeepsItsDecimalsExactly() {
        Step step = StepWireCodec.fromPayload(JsonParser.parse(
                "{\"kind\":\"check\",\"address\":\"t\",\"criterion\":{\"kind\":\"within_tolerance\",\"expected\":0.1,\"tolerance\":0}}"),
                "steps[0]");

        assertThat(((CheckStep) step).criterion())
                .isEqualTo(new WithinToleranceCriterion(new BigDecimal("0.1"), BigDecimal.ZERO));
    }

    @Test
    void stepsRefuseBlankAddressesAndNamesWhenBuilt() {
        assertThatThrownBy(() -> Steps.setpoint(" ", 1)).isInstanceOf(InvalidStepError.class)
                .hasMessage("address must be a non-empty string");
        assertThatThrownBy(() -> Steps.action("")).isInstanceOf(InvalidStepError.class);
        assertThatThrownBy(() -> Steps.capture("a", " ")).isInstanceOf(InvalidStepError.class);
        assertThatThrownBy(() -> Steps.restore("a", "")).isInstanceOf(InvalidStepError.class);
        assertThatThrownBy(() -> Steps.setpoint("a", Json.NULL)).isInstanceOf(InvalidStepError.class);
        assertThatThrownBy(() -> Steps.setpoint("a", Json.Obj.EMPTY)).isInstanceOf(InvalidStepError.class);
        assertThatThrownBy(() -> Steps.checkWithin("a", "1", "-0.1")).isInstanceOf(InvalidStepError.class);
    }
}
