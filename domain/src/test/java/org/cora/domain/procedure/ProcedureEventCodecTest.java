package org.cora.domain.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cora.domain.testing.ProcedureFixtures.ASSET_A;
import static org.cora.domain.testing.ProcedureFixtures.ASSET_B;
import static org.cora.domain.testing.ProcedureFixtures.EARLIER;
import static org.cora.domain.testing.ProcedureFixtures.LOGBOOK;
import static org.cora.domain.testing.ProcedureFixtures.PARENT_RUN;
import static org.cora.domain.testing.ProcedureFixtures.PROCEDURE_ID;
import static org.cora.domain.testing.ProcedureFixtures.aborted;
import static org.cora.domain.testing.ProcedureFixtures.acquisitionHalted;
import static org.cora.domain.testing.ProcedureFixtures.DECISION;
import static org.cora.domain.testing.ProcedureFixtures.completed;
import static org.cora.domain.testing.ProcedureFixtures.held;
import static org.cora.domain.testing.ProcedureFixtures.holdRequested;
import static org.cora.domain.testing.ProcedureFixtures.logbookOpened;
import static org.cora.domain.testing.ProcedureFixtures.registered;
import static org.cora.domain.testing.ProcedureFixtures.pinnedWire;
import static org.cora.domain.testing.ProcedureFixtures.registeredBare;
import static org.cora.domain.testing.ProcedureFixtures.resolvedStepsRecorded;
import static org.cora.domain.testing.ProcedureFixtures.resumed;
import static org.cora.domain.testing.ProcedureFixtures.started;
import static org.cora.domain.testing.ProcedureFixtures.truncated;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.json.CanonicalJson;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.procedure.ProcedureEvent.ProcedureAborted;
import org.cora.domain.procedure.ProcedureEvent.ProcedureCompleted;
import org.cora.domain.procedure.ProcedureEvent.ProcedureHeld;
import org.cora.domain.procedure.ProcedureEvent.ProcedureRegistered;
import org.cora.domain.procedure.ProcedureEvent.ProcedureResumed;
import org.cora.domain.procedure.ProcedureEvent.ProcedureTruncated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProcedureEventCodecTest {

    /** Reference 2.4: the exact payload keys of each event. */
    private static final Map<String, Set<String>> KEYS = Map.ofEntries(Map.entry(
            "ProcedureRegistered", Set.of("procedure_id", "name", "kind", "target_asset_ids", "parent_run_id",
                    "capability_id", "recipe_id", "max_consecutive_unconverged_iterations", "occurred_at")),
            Map.entry("ProcedureStarted", Set.of("procedure_id", "occurred_at")),
            Map.entry("ProcedureCompleted", Set.of("procedure_id", "occurred_at", "actuation_kind")),
            Map.entry("ProcedureAborted", Set.of("procedure_id", "reason", "occurred_at", "actuation_kind")),
            Map.entry("ProcedureTruncated", Set.of("procedure_id", "reason", "interrupted_at", "occurred_at")),
            Map.entry("ProcedureActivitiesLogbookOpened",
                    Set.of("procedure_id", "logbook_id", "kind", "schema", "occurred_at")),
            Map.entry("ResolvedStepsRecorded",
                    Set.of("procedure_id", "resolved_steps", "step_count", "resolved_steps_digest", "derivations",
                            "occurred_at")),
            Map.entry("ProcedureHeld", Set.of("procedure_id", "reason", "decided_by_decision_id", "occurred_at",
                    "actuation_kind", "resume_point")),
            Map.entry("ProcedureResumed",
                    Set.of("procedure_id", "re_establishment_boundary", "decided_by_decision_id", "occurred_at")),
            Map.entry("ProcedureHoldRequested", Set.of("procedure_id", "reason", "occurred_at")),
            Map.entry("ProcedureAcquisitionHalted", Set.of("procedure_id", "step_index", "action", "occurred_at")),
            Map.entry("RecipeExpansionRecorded", Set.of("procedure_id", "recipe_id", "recipe_version", "capability_id",
                    "capability_version", "bindings", "expansion_port_version", "steps_hash", "bindings_hash",
                    "step_count", "occurred_at")));

    /** Keys without which an event cannot be read; every other key is optional. */
    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(Map.entry(
            "ProcedureRegistered", List.of("procedure_id", "name", "kind", "occurred_at")),
            Map.entry("ProcedureStarted", List.of("procedure_id", "occurred_at")),
            Map.entry("ProcedureCompleted", List.of("procedure_id", "occurred_at")),
            Map.entry("ProcedureAborted", List.of("procedure_id", "reason", "occurred_at")),
            Map.entry("ProcedureTruncated", List.of("procedure_id", "reason", "occurred_at")),
            Map.entry("ProcedureActivitiesLogbookOpened", List.of("procedure_id", "logbook_id", "occurred_at")),
            Map.entry("ResolvedStepsRecorded", List.of("procedure_id", "resolved_steps", "step_count", "occurred_at")),
            Map.entry("ProcedureHeld", List.of("procedure_id", "reason", "occurred_at")),
            Map.entry("ProcedureResumed", List.of("procedure_id", "re_establishment_boundary", "occurred_at")),
            Map.entry("ProcedureHoldRequested", List.of("procedure_id", "reason", "occurred_at")),
            Map.entry("ProcedureAcquisitionHalted", List.of("procedure_id", "step_index", "action", "occurred_at")),
            Map.entry("RecipeExpansionRecorded", List.of("procedure_id", "recipe_id", "capability_id", "bindings",
                    "expansion_port_version", "steps_hash", "bindings_hash", "step_count", "occurred_at")));

    private static final Json.Obj RESUME_POINT = (Json.Obj) JsonParser.parse("""
            {"re_establishment_boundary":1,"reason":"in_flight",
             "step":{"kind":"setpoint","address":"2bma:rot","value":12.5,"verify":false},
             "step_count":2,"halts_at_acquisition":false}""");

    private static ProcedureHeld heldWithEverything() {
        return new ProcedureHeld(PROCEDURE_ID, "conductor lost", DECISION, EARLIER, ActuationKind.Hybrid, RESUME_POINT);
    }

    static Stream<ProcedureEvent> everyEventWithValuesAndWithNulls() {
        return Stream.of(registered(), registeredBare(), started(), completed(ActuationKind.Simulated), completed(null),
                aborted(ActuationKind.Hybrid), aborted(null), truncated(),
                new ProcedureTruncated(PROCEDURE_ID, "power cut", null, EARLIER), logbookOpened(),
                resolvedStepsRecorded(),
                new ProcedureEvent.ResolvedStepsRecorded(PROCEDURE_ID, new Json.Arr(List.of()), 0,
                        CanonicalJson.sha256(new Json.Arr(List.of())), EARLIER),
                new ProcedureEvent.ResolvedStepsRecorded(PROCEDURE_ID, pinnedWire(), 1, null, EARLIER),
                heldWithEverything(), held(null), held(ActuationKind.Simulated),
                resumed(0), resumed(Integer.MAX_VALUE), new ProcedureResumed(PROCEDURE_ID, 3, null, EARLIER),
                holdRequested(), acquisitionHalted(), recipeExpansionRecorded("v3", "2"),
                recipeExpansionRecorded(null, null));
    }

    private static ProcedureEvent.RecipeExpansionRecorded recipeExpansionRecorded(String recipeVersion,
                                                                                  String capabilityVersion) {
        Json.Obj bindings = (Json.Obj) JsonParser.parse("{\"energy\":12.5,\"sample\":\"Si\"}");
        return new ProcedureEvent.RecipeExpansionRecorded(PROCEDURE_ID, DECISION, recipeVersion, DECISION,
                capabilityVersion, bindings, "cora-expander-1", CanonicalJson.sha256(pinnedWire()),
                CanonicalJson.sha256(bindings), 1, EARLIER);
    }

    static Stream<Arguments> everyRequiredKey() {
        return everyEventWithValuesAndWithNulls().flatMap(event -> REQUIRED.get(event.eventType()).stream()
                .map(key -> Arguments.of(event, key))).distinct();
    }

    private static Json.Obj without(Json.Obj payload, String key) {
        Map<String, Json> fields = new LinkedHashMap<>(payload.fields());
        fields.remove(key);
        return new Json.Obj(fields);
    }

    @Test
    void theCodecKnowsEveryEventTypeOfTheSealedInterface() {
        List<String> sealed = Arrays.stream(ProcedureEvent.class.getPermittedSubclasses())
                .map(Class::getSimpleName).toList();

        assertThat(ProcedureEventCodec.EVENT_TYPES).containsExactlyInAnyOrderElementsOf(sealed);
        assertThat(KEYS.keySet()).containsExactlyInAnyOrderElementsOf(sealed);
    }

    @ParameterizedTest
    @MethodSource("everyEventWithValuesAndWithNulls")
    void thePayloadHasExactlyTheKeysOfTheReference(ProcedureEvent event) {
        assertThat(ProcedureEventCodec.toPayload(event).fields().keySet())
                .containsExactlyInAnyOrderElementsOf(KEYS.get(event.eventType()));
    }

    @ParameterizedTest
    @MethodSource("everyEventWithValuesAndWithNulls")
    void readingTheStoredPayloadGivesBackTheSameEvent(ProcedureEvent event) {
        Json.Obj payload = ProcedureEventCodec.toPayload(event);

        assertThat(ProcedureEventCodec.fromStored(event.eventType(), payload)).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("everyEventWithValuesAndWithNulls")
    void thePayloadSurvivesJsonTextAsStoredInTheDatabase(ProcedureEvent event) {
        Json stored = JsonParser.parse(ProcedureEventCodec.toPayload(event).toJsonText());

        assertThat(ProcedureEventCodec.fromStored(event.eventType(), (Json.Obj) stored)).isEqualTo(event);
    }

    @Test
    void registeredWritesSortedTargetIdsAndExplicitNullsForAbsentLinks() {
        Json.Obj payload = ProcedureEventCodec.toPayload(registeredBare());

        assertThat(payload).isEqualTo(JsonParser.parse("""
                {"procedure_id":"%s","name":"Alignment","kind":"alignment","target_asset_ids":[],
                 "parent_run_id":null,"capability_id":null,"recipe_id":null,
                 "max_consecutive_unconverged_iterations":null,"occurred_at":"%s"}
                """.formatted(PROCEDURE_ID, EARLIER)));
        assertThat(ProcedureEventCodec.toPayload(registered()).get("target_asset_ids").orElseThrow())
                .isEqualTo(Json.Arr.of(Json.str(ASSET_A.toString()), Json.str(ASSET_B.toString())));
        assertThat(ProcedureEventCodec.toPayload(registered()).get("parent_run_id").orElseThrow())
                .isEqualTo(Json.str(PARENT_RUN.toString()));
    }

    @Test
    void terminalEventsWriteTheActuationKindAsItsNameOrNull() {
        assertThat(ProcedureEventCodec.toPayload(completed(ActuationKind.Simulated)).get("actuation_kind"))
                .contains(Json.str("Simulated"));
        assertThat(ProcedureEventCodec.toPayload(aborted(null)).get("actuation_kind")).contains(Json.NULL);
        assertThat(ProcedureEventCodec.toPayload(new ProcedureTruncated(PROCEDURE_ID, "cut", null, EARLIER))
                .get("interrupted_at")).contains(Json.NULL);
    }

    @Test
    void theLogbookOpeningNamesTheActivityKindAndTheStepKindsItHolds() {
        Json.Obj payload = ProcedureEventCodec.toPayload(logbookOpened());

        assertThat(payload.get("logbook_id")).contains(Json.str(LOGBOOK.toString()));
        assertThat(payload.get("kind")).contains(Json.str("activity"));
        assertThat(((Json.Obj) payload.get("schema").orElseThrow()).get("step_kinds"))
                .contains(Json.of(List.of("action", "capture", "check", "setpoint")));
    }

    @Test
    void timestampsAreIsoStrings() {
        assertThat(ProcedureEventCodec.toPayload(started()).get("occurred_at"))
                .contains(Json.str(EARLIER.plusSeconds(1).toString()));
    }

    @Test
    void aTimestampWithAnOffsetIsReadAsTheSameInstant() {
        Json.Obj payload = Json.Obj.builder().put("procedure_id", PROCEDURE_ID.toString())
                .put("occurred_at", "2026-03-14T11:26:53.5+02:00").build();

        assertThat(ProcedureEventCodec.fromStored("ProcedureStarted", payload).occurredAt())
                .isEqualTo(java.time.Instant.parse("2026-03-14T09:26:53.5Z"));
    }

    @Test
    void anUnknownEventTypeIsRefusedAsUnknown() {
        Json.Obj payload = ProcedureEventCodec.toPayload(started());

        assertThatThrownBy(() -> ProcedureEventCodec.fromStored("ProcedureHoldClaimReleased", payload))
                .isInstanceOfSatisfying(UnknownProcedureEventTypeError.class,
                        e -> assertThat(e.eventType()).isEqualTo("ProcedureHoldClaimReleased"));
    }

    @ParameterizedTest
    @MethodSource("everyRequiredKey")
    void aMissingRequiredKeyIsAMalformedEvent(ProcedureEvent event, String key) {
        Json.Obj payload = without(ProcedureEventCodec.toPayload(event), key);

        assertThatThrownBy(() -> ProcedureEventCodec.fromStored(event.eventType(), payload))
                .isInstanceOfSatisfying(MalformedProcedureEventError.class,
                        e -> assertThat(e.eventType()).isEqualTo(event.eventType()))
                .hasMessageContaining("'" + key + "'");
    }

    @ParameterizedTest
    @MethodSource("everyRequiredKey")
    void aNullRequiredKeyIsAMalformedEvent(ProcedureEvent event, String key) {
        Json.Obj payload = ProcedureEventCodec.toPayload(event).with(key, Json.NULL);

        assertThatThrownBy(() -> ProcedureEventCodec.fromStored(event.eventType(), payload))
                .isInstanceOf(MalformedProcedureEventError.class)
                .hasMessageContaining("'" + key + "'");
    }

    @Test
    void optionalKeysOfRegisteredReadAsNullOrEmptyWhenMissing() {
        Json.Obj payload = ProcedureEventCodec.toPayload(registered());
        for (String key : List.of("target_asset_ids", "parent_run_id", "capability_id", "recipe_id",
                "max_consecutive_unconverged_iterations")) {
            payload = without(payload, key);
        }

        ProcedureRegistered read = (ProcedureRegistered) ProcedureEventCodec.fromStored("ProcedureRegistered", payload);

        assertThat(read).isEqualTo(new ProcedureRegistered(PROCEDURE_ID, "Bakeout of sector 2", "bakeout", List.of(),
                null, null, null, EARLIER));
    }

    @Test
    void aMissingActuationKindReadsAsNone() {
        Json.Obj completedPayload = without(ProcedureEventCodec.toPayload(completed(ActuationKind.Physical)),
                "actuation_kind");
        Json.Obj abortedPayload = without(ProcedureEventCodec.toPayload(aborted(ActuationKind.Physical)),
                "actuation_kind");

        assertThat(((ProcedureCompleted) ProcedureEventCodec.fromStored("ProcedureCompleted", completedPayload))
                .actuationKind()).isNull();
        assertThat(((ProcedureAborted) ProcedureEventCodec.fromStored("ProcedureAborted", abortedPayload))
                .actuationKind()).isNull();
    }

    @Test
    void aMissingInterruptionTimeReadsAsNone() {
        Json.Obj payload = without(ProcedureEventCodec.toPayload(truncated()), "interrupted_at");

        assertThat(((ProcedureTruncated) ProcedureEventCodec.fromStored("ProcedureTruncated", payload))
                .interruptedAt()).isNull();
    }

    static Stream<Arguments> malformedValues() {
        return Stream.of(
                Arguments.of(started(), "procedure_id", Json.str("not-a-uuid")),
                Arguments.of(started(), "procedure_id", Json.num(7)),
                Arguments.of(started(), "occurred_at", Json.str("yesterday")),
                Arguments.of(started(), "occurred_at", Json.str("2026-03-14T09:26:53")),
                Arguments.of(completed(null), "actuation_kind", Json.str("Martian")),
                Arguments.of(completed(null), "actuation_kind", Json.bool(true)),
                Arguments.of(registered(), "target_asset_ids", Json.str(ASSET_A.toString())),
                Arguments.of(registered(), "target_asset_ids", Json.Arr.of(Json.str("nope"))),
                Arguments.of(registered(), "target_asset_ids", Json.Arr.of(Json.num(1))),
                Arguments.of(registered(), "name", Json.num(3)),
                Arguments.of(resolvedStepsRecorded(), "step_count", Json.num(1.5)),
                Arguments.of(resolvedStepsRecorded(), "step_count", Json.str("1")),
                Arguments.of(resolvedStepsRecorded(), "resolved_steps", Json.Obj.EMPTY),
                Arguments.of(logbookOpened(), "logbook_id", Json.str(UUID.randomUUID() + "x")),
                Arguments.of(resolvedStepsRecorded(), "resolved_steps_digest", Json.num(7)),
                Arguments.of(heldWithEverything(), "reason", Json.num(1)),
                Arguments.of(heldWithEverything(), "decided_by_decision_id", Json.str("nope")),
                Arguments.of(heldWithEverything(), "actuation_kind", Json.str("Martian")),
                Arguments.of(heldWithEverything(), "resume_point", Json.str("step 1")),
                Arguments.of(heldWithEverything(), "resume_point", Json.Arr.of(Json.num(1))),
                Arguments.of(resumed(1), "re_establishment_boundary", Json.num(1.5)),
                Arguments.of(resumed(1), "re_establishment_boundary", Json.str("1")),
                Arguments.of(resumed(1), "re_establishment_boundary", Json.num(1L + Integer.MAX_VALUE)),
                Arguments.of(resumed(1), "decided_by_decision_id", Json.num(1)),
                Arguments.of(holdRequested(), "reason", Json.bool(true)),
                Arguments.of(acquisitionHalted(), "step_index", Json.str("2")),
                Arguments.of(acquisitionHalted(), "action", Json.num(2)));
    }

    @ParameterizedTest
    @MethodSource("malformedValues")
    void aValueOfTheWrongShapeIsAMalformedEvent(ProcedureEvent event, String key, Json value) {
        Json.Obj payload = ProcedureEventCodec.toPayload(event).with(key, value);

        assertThatThrownBy(() -> ProcedureEventCodec.fromStored(event.eventType(), payload))
                .isInstanceOf(MalformedProcedureEventError.class)
                .hasMessageContaining(key);
    }

    @Test
    void theHeldPayloadHasTheReferenceKeysAndTheResumePointObject() {
        assertThat(ProcedureEventCodec.toPayload(heldWithEverything())).isEqualTo(JsonParser.parse("""
                {"procedure_id":"%s","reason":"conductor lost","decided_by_decision_id":"%s",
                 "actuation_kind":"Hybrid","resume_point":%s,"occurred_at":"%s"}
                """.formatted(PROCEDURE_ID, DECISION, RESUME_POINT.toJsonText(), EARLIER)));
    }

    @Test
    void anOperatorsHeldPayloadWritesExplicitNulls() {
        assertThat(ProcedureEventCodec.toPayload(held(null))).isEqualTo(JsonParser.parse("""
                {"procedure_id":"%s","reason":"vacuum lost","decided_by_decision_id":null,
                 "actuation_kind":null,"resume_point":null,"occurred_at":"%s"}
                """.formatted(PROCEDURE_ID, EARLIER.plusSeconds(3))));
    }

    @Test
    void theResumedPayloadCarriesTheBoundaryAsAnIntegerAndTheDecision() {
        assertThat(ProcedureEventCodec.toPayload(resumed(3))).isEqualTo(JsonParser.parse("""
                {"procedure_id":"%s","re_establishment_boundary":3,"decided_by_decision_id":"%s","occurred_at":"%s"}
                """.formatted(PROCEDURE_ID, DECISION, EARLIER.plusSeconds(4))));
        assertThat(ProcedureEventCodec.toPayload(new ProcedureResumed(PROCEDURE_ID, 0, null, EARLIER))
                .get("decided_by_decision_id")).contains(Json.NULL);
    }

    @Test
    void theAcquisitionHaltedPayloadNamesTheStepAndTheAction() {
        assertThat(ProcedureEventCodec.toPayload(acquisitionHalted())).isEqualTo(JsonParser.parse("""
                {"procedure_id":"%s","step_index":2,"action":"collect","occurred_at":"%s"}
                """.formatted(PROCEDURE_ID, EARLIER.plusSeconds(5))));
    }

    @Test
    void theHoldRequestedPayloadIsTheReasonAndTheTime() {
        assertThat(ProcedureEventCodec.toPayload(holdRequested())).isEqualTo(JsonParser.parse("""
                {"procedure_id":"%s","reason":"shift change","occurred_at":"%s"}
                """.formatted(PROCEDURE_ID, EARLIER.plusSeconds(3))));
    }

    @Test
    void thePinWritesItsDigestAsTheLowerCaseHexSha256OfTheCanonicalList() {
        Json.Obj payload = ProcedureEventCodec.toPayload(resolvedStepsRecorded());

        assertThat(payload.get("resolved_steps_digest"))
                .contains(Json.str(CanonicalJson.sha256(pinnedWire())));
        assertThat(((Json.Str) payload.get("resolved_steps_digest").orElseThrow()).value()).matches("[0-9a-f]{64}");
    }

    @Test
    void optionalKeysOfTheTierOneEventsReadAsNullWhenMissing() {
        Json.Obj heldPayload = ProcedureEventCodec.toPayload(heldWithEverything());
        for (String key : List.of("decided_by_decision_id", "actuation_kind", "resume_point")) {
            heldPayload = without(heldPayload, key);
        }
        Json.Obj resumedPayload = without(ProcedureEventCodec.toPayload(resumed(2)), "decided_by_decision_id");
        Json.Obj pinPayload = without(ProcedureEventCodec.toPayload(resolvedStepsRecorded()), "resolved_steps_digest");

        assertThat(ProcedureEventCodec.fromStored("ProcedureHeld", heldPayload))
                .isEqualTo(new ProcedureHeld(PROCEDURE_ID, "conductor lost", null, EARLIER, null, null));
        assertThat(ProcedureEventCodec.fromStored("ProcedureResumed", resumedPayload))
                .isEqualTo(new ProcedureResumed(PROCEDURE_ID, 2, null, EARLIER.plusSeconds(4)));
        assertThat(((ProcedureEvent.ResolvedStepsRecorded) ProcedureEventCodec.fromStored("ResolvedStepsRecorded",
                pinPayload)).resolvedStepsDigest()).isNull();
    }
}
