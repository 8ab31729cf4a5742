package org.cora.domain.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cora.domain.capability.CapabilityEvent.CapabilityDefined;
import org.cora.domain.capability.CapabilityEvent.CapabilityDeprecated;
import org.cora.domain.capability.CapabilityEvent.CapabilityVersioned;
import org.cora.domain.features.definecapability.DefineCapabilityCommand;
import org.cora.domain.features.definecapability.DefineCapabilityDecider;
import org.cora.domain.features.deprecatecapability.DeprecateCapabilityCommand;
import org.cora.domain.features.deprecatecapability.DeprecateCapabilityDecider;
import org.cora.domain.features.versioncapability.VersionCapabilityCommand;
import org.cora.domain.features.versioncapability.VersionCapabilityDecider;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CapabilityDecidersTest {

    static final Instant NOW = Instant.parse("2026-03-14T09:26:53Z");
    static final CapabilityId ID = CapabilityId.of("0190a4b0-0000-7000-8000-00000000c001");
    static final Json.Obj SCHEMA = (Json.Obj) JsonParser.parse(
            "{\"type\":\"object\",\"properties\":{\"energy\":{\"type\":\"number\"}},\"required\":[\"energy\"]}");

    static DefineCapabilityCommand define(String code, String name, Json.Obj schema, List<String> shapes) {
        return new DefineCapabilityCommand(code, name, schema, shapes);
    }

    static DefineCapabilityCommand aDefinition() {
        return define("cora.capability.energy_scan", "Energy scan", SCHEMA, List.of("Procedure", "Method"));
    }

    /** given(events): the folded state. */
    static Capability given(CapabilityEvent... events) {
        return CapabilityEvolver.fold(List.of(events));
    }

    static CapabilityDefined defined() {
        return (CapabilityDefined) DefineCapabilityDecider.decide(null, aDefinition(), ID, NOW).getFirst();
    }

    @Nested
    class DefineCapability {

        @Test
        void aWellFormedDefinitionEmitsCapabilityDefinedWithSortedDistinctShapes() {
            List<CapabilityEvent> events = DefineCapabilityDecider.decide(null,
                    define("cora.capability.energy_scan", "  Energy scan ", SCHEMA, List.of("Procedure", "Method", "Procedure")),
                    ID, NOW);

            assertThat(events).containsExactly(new CapabilityDefined(ID, "cora.capability.energy_scan", "Energy scan",
                    SCHEMA, List.of(ExecutorShape.Method, ExecutorShape.Procedure), NOW));
        }

        @Test
        void theCodeIsCheckedFirstThenTheNameThenTheSchemaThenTheShapesThenTheStream() {
            Capability existing = given(defined());
            assertThatThrownBy(() -> DefineCapabilityDecider.decide(existing, define("Not A Code", "", null, List.of()), ID, NOW))
                    .isInstanceOf(InvalidCapabilityCodeError.class);
            assertThatThrownBy(() -> DefineCapabilityDecider.decide(existing, define("cora.capability.x", " ", null, List.of()), ID, NOW))
                    .isInstanceOf(InvalidCapabilityNameError.class).hasMessageContaining("1..200");
            assertThatThrownBy(() -> DefineCapabilityDecider.decide(existing, define("cora.capability.x", "x", null, List.of()), ID, NOW))
                    .isInstanceOf(InvalidCapabilityParametersSchemaError.class);
            assertThatThrownBy(() -> DefineCapabilityDecider.decide(existing, define("cora.capability.x", "x", SCHEMA, List.of()), ID, NOW))
                    .isInstanceOf(InvalidCapabilityExecutorShapesError.class);
            assertThatThrownBy(() -> DefineCapabilityDecider.decide(existing, aDefinition(), ID, NOW))
                    .isInstanceOf(CapabilityAlreadyExistsError.class);
        }

        @Test
        void codesMustBeDottedLowerCaseNamesOfAtMost200Characters() {
            for (String bad : new String[] {null, "", "cora", ".cora.x", "cora..x", "Cora.x", "cora.x ", "cora.x." + "a".repeat(200)}) {
                assertThatThrownBy(() -> DefineCapabilityDecider.decide(null, define(bad, "x", SCHEMA, List.of("Method")), ID, NOW))
                        .as(String.valueOf(bad)).isInstanceOf(InvalidCapabilityCodeError.class);
            }
            assertThat(DefineCapabilityDecider.decide(null, define("cora.capability.a_1", "x", SCHEMA, List.of("Method")), ID, NOW))
                    .hasSize(1);
        }

        @Test
        void theSchemaMustBeAnObjectSchemaWithObjectProperties() {
            for (String bad : new String[] {"{}", "{\"type\":\"array\",\"properties\":{}}", "{\"type\":\"object\"}",
                    "{\"type\":\"object\",\"properties\":[]}", "{\"type\":\"object\",\"properties\":{\"a\":1}}"}) {
                assertThatThrownBy(() -> DefineCapabilityDecider.decide(null,
                        define("cora.capability.x", "x", (Json.Obj) JsonParser.parse(bad), List.of("Method")), ID, NOW))
                        .as(bad).isInstanceOf(InvalidCapabilityParametersSchemaError.class);
            }
        }

        @Test
        void anUnknownExecutorShapeIsRefused() {
            assertThatThrownBy(() -> DefineCapabilityDecider.decide(null,
                    define("cora.capability.x", "x", SCHEMA, List.of("Method", "Robot")), ID, NOW))
                    .isInstanceOf(InvalidCapabilityExecutorShapesError.class).hasMessageContaining("Robot");
        }
    }

    @Nested
    class VersionCapability {

        @Test
        void aDefinedCapabilityIsVersionedAndMayBeVersionedAgainWithANewTag() {
            Capability state = given(defined());
            List<CapabilityEvent> first = VersionCapabilityDecider.decide(state, new VersionCapabilityCommand(ID, " v1 "), NOW);
            assertThat(first).containsExactly(new CapabilityVersioned(ID, "v1", NOW));

            Capability after = given(defined(), first.getFirst());
            assertThat(after.status()).isEqualTo(CapabilityStatus.Versioned);
            assertThat(VersionCapabilityDecider.decide(after, new VersionCapabilityCommand(ID, "v2"), NOW))
                    .containsExactly(new CapabilityVersioned(ID, "v2", NOW));
        }

        @Test
        void existenceThenTagThenStatusThenNovelty() {
            assertThatThrownBy(() -> VersionCapabilityDecider.decide(null, new VersionCapabilityCommand(ID, ""), NOW))
                    .isInstanceOf(CapabilityNotFoundError.class);
            Capability deprecated = given(defined(), new CapabilityDeprecated(ID, null, NOW));
            assertThatThrownBy(() -> VersionCapabilityDecider.decide(deprecated, new VersionCapabilityCommand(ID, "v".repeat(51)), NOW))
                    .isInstanceOf(InvalidCapabilityVersionError.class);
            assertThatThrownBy(() -> VersionCapabilityDecider.decide(deprecated, new VersionCapabilityCommand(ID, "v1"), NOW))
                    .isInstanceOf(CapabilityCannotVersionError.class).hasMessageContaining("deprecated");
            Capability v1 = given(defined(), new CapabilityVersioned(ID, "v1", NOW));
            assertThatThrownBy(() -> VersionCapabilityDecider.decide(v1, new VersionCapabilityCommand(ID, "v1"), NOW))
                    .isInstanceOf(CapabilityCannotVersionError.class).hasMessageContaining("already");
        }
    }

    @Nested
    class DeprecateCapability {

        @Test
        void aVersionedCapabilityIsDeprecatedNamingItsReplacement() {
            UUID replacement = UUID.fromString("0190a4b0-0000-7000-8000-00000000c002");
            Capability state = given(defined(), new CapabilityVersioned(ID, "v1", NOW));
            List<CapabilityEvent> events = DeprecateCapabilityDecider.decide(state,
                    new DeprecateCapabilityCommand(ID, replacement), NOW);
            assertThat(events).containsExactly(new CapabilityDeprecated(ID, replacement, NOW));
            List<CapabilityEvent> all = new ArrayList<>(List.of(defined(), new CapabilityVersioned(ID, "v1", NOW)));
            all.addAll(events);
            Capability after = CapabilityEvolver.fold(all);
            assertThat(after.status()).isEqualTo(CapabilityStatus.Deprecated);
            assertThat(after.version()).isEqualTo("v1");
            assertThat(after.replacedByCapabilityId()).isEqualTo(replacement);
        }

        @Test
        void deprecatingTwiceOrInFavourOfItselfIsRefusedAndAnUnknownCapabilityIsNotFound() {
            assertThatThrownBy(() -> DeprecateCapabilityDecider.decide(null, new DeprecateCapabilityCommand(ID, null), NOW))
                    .isInstanceOf(CapabilityNotFoundError.class);
            Capability deprecated = given(defined(), new CapabilityDeprecated(ID, null, NOW));
            assertThatThrownBy(() -> DeprecateCapabilityDecider.decide(deprecated, new DeprecateCapabilityCommand(ID, null), NOW))
                    .isInstanceOf(CapabilityCannotDeprecateError.class);
            assertThatThrownBy(() -> DeprecateCapabilityDecider.decide(given(defined()),
                    new DeprecateCapabilityCommand(ID, ID.value()), NOW)).isInstanceOf(CapabilityCannotDeprecateError.class);
        }
    }

    @Nested
    class Codec {

        @Test
        void everyEventRoundTripsThroughItsStoredPayloadWithSnakeCaseKeys() {
            List<CapabilityEvent> events = List.of(defined(), new CapabilityVersioned(ID, "v1", NOW),
                    new CapabilityDeprecated(ID, null, NOW),
                    new CapabilityDeprecated(ID, UUID.fromString("0190a4b0-0000-7000-8000-00000000c002"), NOW));
            for (CapabilityEvent event : events) {
                Json.Obj payload = CapabilityEventCodec.toPayload(event);
                assertThat(CapabilityEventCodec.fromStored(event.eventType(), payload)).isEqualTo(event);
            }
            assertThat(CapabilityEventCodec.toPayload(defined()).fields().keySet()).containsExactly("capability_id",
                    "code", "name", "parameters_schema", "executor_shapes", "occurred_at");
        }

        @Test
        void anUnknownTypeOrAMissingKeyIsAHardError() {
            assertThatThrownBy(() -> CapabilityEventCodec.fromStored("CapabilityRenamed", Json.Obj.EMPTY))
                    .isInstanceOf(UnknownCapabilityEventTypeError.class);
            Json.Obj payload = CapabilityEventCodec.toPayload(defined());
            Json.Obj withoutSchema = new Json.Obj(payload.fields().entrySet().stream()
                    .filter(e -> !e.getKey().equals("parameters_schema"))
                    .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)));
            assertThatThrownBy(() -> CapabilityEventCodec.fromStored("CapabilityDefined", withoutSchema))
                    .isInstanceOf(MalformedCapabilityEventError.class).hasMessageContaining("parameters_schema");
            assertThatThrownBy(() -> CapabilityEvolver.fold(List.of(new CapabilityVersioned(ID, "v1", NOW))))
                    .isInstanceOf(MalformedCapabilityEventError.class);
        }
    }
}
