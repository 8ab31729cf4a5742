package org.cora.domain.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cora.domain.testing.FixedClock.NOW;
import static org.cora.domain.testing.ProcedureFixtures.EARLIER;
import static org.cora.domain.testing.ProcedureFixtures.PROCEDURE_ID;
import static org.cora.domain.testing.ProcedureFixtures.held;
import static org.cora.domain.testing.ProcedureFixtures.historyIn;
import static org.cora.domain.testing.ProcedureFixtures.logbookOpened;
import static org.cora.domain.testing.ProcedureFixtures.registered;
import static org.cora.domain.testing.ProcedureFixtures.started;
import static org.cora.domain.testing.ProcedureScenario.given;
import static org.cora.domain.testing.ProcedureScenario.givenNoHistory;

import java.util.ArrayList;
import java.util.List;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.json.CanonicalJson;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.procedure.ProcedureEvent.ResolvedStepsRecorded;
import org.cora.domain.step.Step;
import org.cora.domain.step.StepWireCodec;
import org.cora.domain.testing.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResolvedStepsPinTest {

    private static final List<Step> TWO_STEPS = List.of(Steps.setpoint("2bma:rot", 12.5),
            Steps.checkEquals("2bma:shutter", Json.str("Open")));
    private static final Json.Arr TWO_STEPS_WIRE = (Json.Arr) JsonParser.parse("""
            [{"kind":"setpoint","address":"2bma:rot","value":12.5,"verify":false},
             {"kind":"check","address":"2bma:shutter","criterion":{"kind":"equals","expected":"Open"}}]
            """);
    /** SHA-256 of the canonical text of {@link #TWO_STEPS_WIRE}, computed outside Java. */
    private static final String TWO_STEPS_DIGEST = "68f3e124eb1d39d19b7a7d753376d0ba87fce923dd0c91985145066daff43671";
    private static final String EMPTY_LIST_DIGEST = "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945";

    private static ResolvedStepsRecorded pinOf(List<Step> steps, int secondsAfterEarlier) {
        Json.Arr wire = StepWireCodec.toPayloads(steps);
        return new ResolvedStepsRecorded(PROCEDURE_ID, wire, steps.size(), CanonicalJson.sha256(wire),
                EARLIER.plusSeconds(secondsAfterEarlier));
    }

    private static List<ProcedureEvent> stream(ProcedureEvent... events) {
        return new ArrayList<>(List.of(events));
    }

    @Test
    void aDefinedProcedurePinsTheResolvedStepsInWireFormWithTheirDigestBeforeItStarts() {
        ProcedureStatus status = given(historyIn(ProcedureStatus.Defined))
                .when(state -> ResolvedStepsPin.decide(state, TWO_STEPS, NOW))
                .then(new ResolvedStepsRecorded(PROCEDURE_ID, TWO_STEPS_WIRE, 2, TWO_STEPS_DIGEST, NOW))
                .status();

        assertThat(status).isEqualTo(ProcedureStatus.Defined);
    }

    @Test
    void theDigestIsTheSha256OfTheCanonicalTextOfTheList() {
        assertThat(CanonicalJson.encode(TWO_STEPS_WIRE)).isEqualTo(
                "[{\"address\":\"2bma:rot\",\"kind\":\"setpoint\",\"value\":12.5,\"verify\":false},"
                        + "{\"address\":\"2bma:shutter\",\"criterion\":{\"expected\":\"Open\",\"kind\":\"equals\"},"
                        + "\"kind\":\"check\"}]");
    }

    @Test
    void anEmptyStepListIsPinnedAsAnEmptyList() {
        given(historyIn(ProcedureStatus.Defined))
                .when(state -> ResolvedStepsPin.decide(state, List.of(), NOW))
                .then(new ResolvedStepsRecorded(PROCEDURE_ID, new Json.Arr(List.of()), 0, EMPTY_LIST_DIGEST, NOW));
    }

    @Test
    void anUnknownProcedureIsNotPinned() {
        givenNoHistory()
                .when(state -> ResolvedStepsPin.decide(state, TWO_STEPS, NOW))
                .then();
    }

    @ParameterizedTest
    @EnumSource(value = ProcedureStatus.class, names = "Defined", mode = EnumSource.Mode.EXCLUDE)
    void aProcedurePastDefinedIsNotPinnedAgain(ProcedureStatus status) {
        given(historyIn(status))
                .when(state -> ResolvedStepsPin.decide(state, TWO_STEPS, NOW))
                .then();
    }

    @Test
    void theStartedConductsStepsAreReadBackFromItsPin() {
        List<ProcedureEvent> events = stream(registered(), pinOf(TWO_STEPS, 1), started(), logbookOpened(),
                held(ActuationKind.Physical));

        assertThat(ResolvedStepsPin.ofStartedConduct(PROCEDURE_ID, events)).isEqualTo(TWO_STEPS);
    }

    @Test
    void theDecidedPinIsTheOneTheResumeReadsBack() {
        List<ProcedureEvent> events = stream(registered());
        events.addAll(ResolvedStepsPin.decide(ProcedureEvolver.fold(events), TWO_STEPS, NOW));
        events.add(started());

        assertThat(ResolvedStepsPin.ofStartedConduct(PROCEDURE_ID, events)).isEqualTo(TWO_STEPS);
    }

    @Test
    void theLastPinBeforeTheStartIsTheOneThatStartedNotTheFirst() {
        List<Step> refusedConduct = List.of(Steps.setpoint("2bma:rot", 1));
        List<Step> startedConduct = List.of(Steps.setpoint("2bma:rot", 2), Steps.action("collect"));

        List<ProcedureEvent> events = stream(registered(), pinOf(refusedConduct, 1), pinOf(startedConduct, 2),
                started());

        assertThat(ResolvedStepsPin.ofStartedConduct(PROCEDURE_ID, events)).isEqualTo(startedConduct);
    }

    @Test
    void aPinAfterTheStartIsIgnored() {
        List<Step> later = List.of(Steps.setpoint("2bma:rot", 99));

        List<ProcedureEvent> events = stream(registered(), pinOf(TWO_STEPS, 1), started(), pinOf(later, 5));

        assertThat(ResolvedStepsPin.ofStartedConduct(PROCEDURE_ID, events)).isEqualTo(TWO_STEPS);
    }

    @Test
    void aStartedProcedureWithoutAPinCannotBeResumed() {
        List<ProcedureEvent> events = stream(registered(), started(), pinOf(TWO_STEPS, 5));

        assertThatThrownBy(() -> ResolvedStepsPin.ofStartedConduct(PROCEDURE_ID, events))
                .isInstanceOfSatisfying(ResolvedStepsRecordNotFoundError.class,
                        e -> assertThat(e.procedureId()).isEqualTo(PROCEDURE_ID))
                .hasMessageContaining(PROCEDURE_ID.toString());
    }

    @Test
    void aPinWhoseConductNeverStartedIsNotFound() {
        List<ProcedureEvent> events = stream(registered(), pinOf(TWO_STEPS, 1));

        assertThatThrownBy(() -> ResolvedStepsPin.ofStartedConduct(PROCEDURE_ID, events))
                .isInstanceOf(ResolvedStepsRecordNotFoundError.class);
    }

    @Test
    void anAlteredPinIsRefusedNamingBothDigests() {
        ResolvedStepsRecorded original = pinOf(TWO_STEPS, 1);
        Json.Arr tampered = StepWireCodec.toPayloads(List.of(Steps.setpoint("2bma:rot", 13.5),
                Steps.checkEquals("2bma:shutter", Json.str("Open"))));
        ResolvedStepsRecorded altered = new ResolvedStepsRecorded(PROCEDURE_ID, tampered, 2,
                original.resolvedStepsDigest(), original.occurredAt());

        assertThatThrownBy(() -> ResolvedStepsPin.ofStartedConduct(PROCEDURE_ID,
                stream(registered(), altered, started())))
                .isInstanceOfSatisfying(ResolvedStepsDigestMismatchError.class, e -> {
                    assertThat(e.procedureId()).isEqualTo(PROCEDURE_ID);
                    assertThat(e.recorded()).isEqualTo(TWO_STEPS_DIGEST);
                    assertThat(e.computed()).isEqualTo(CanonicalJson.sha256(tampered)).isNotEqualTo(TWO_STEPS_DIGEST);
                });
    }

    @Test
    void aPinWithoutADigestIsRefusedAsAMismatch() {
        ResolvedStepsRecorded undigested = new ResolvedStepsRecorded(PROCEDURE_ID, TWO_STEPS_WIRE, 2, null, EARLIER);

        assertThatThrownBy(() -> ResolvedStepsPin.ofStartedConduct(PROCEDURE_ID,
                stream(registered(), undigested, started())))
                .isInstanceOfSatisfying(ResolvedStepsDigestMismatchError.class, e -> {
                    assertThat(e.recorded()).isNull();
                    assertThat(e.computed()).isEqualTo(TWO_STEPS_DIGEST);
                })
                .hasMessageContaining("missing");
    }

    @Test
    void theDigestIsCheckedOnTheChosenPinOnly() {
        ResolvedStepsRecorded brokenEarlier = new ResolvedStepsRecorded(PROCEDURE_ID, TWO_STEPS_WIRE, 2, "00", EARLIER);
        List<Step> startedConduct = List.of(Steps.setpoint("2bma:rot", 2));

        assertThat(ResolvedStepsPin.ofStartedConduct(PROCEDURE_ID,
                stream(registered(), brokenEarlier, pinOf(startedConduct, 2), started()))).isEqualTo(startedConduct);
    }

    @Test
    void aDigestComputedOverTheSameListWrittenDifferentlyStillVerifies() {
        Json.Arr rewritten = (Json.Arr) JsonParser.parse("""
                [{"verify":false,"value":12.50,"address":"2bma:rot","kind":"setpoint"},
                 {"criterion":{"expected":"Open","kind":"equals"},"kind":"check","address":"2bma:shutter"}]
                """);
        ResolvedStepsRecorded pin = new ResolvedStepsRecorded(PROCEDURE_ID, rewritten, 2, TWO_STEPS_DIGEST, EARLIER);

        assertThat(ResolvedStepsPin.ofStartedConduct(PROCEDURE_ID, stream(registered(), pin, started())))
                .isEqualTo(TWO_STEPS);
    }
}
