package org.cora.domain.asset.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.testing.Seeded;
import org.junit.jupiter.api.Test;

/** The flat wire form of reference 3.4, its exact inverse and its refusals. */
class PartitionRuleCodecTest {

    private static final UUID CALIBRATION = UUID.fromString("0b1c2d3e-0000-4000-8000-000000000001");
    private static final UUID REVISION = UUID.fromString("0b1c2d3e-0000-4000-8000-000000000002");

    private static Json.Obj parse(String text) {
        return (Json.Obj) JsonParser.parse(text);
    }

    private static void rejected(String text, String subCode, String path) {
        assertThatThrownBy(() -> PartitionRuleCodec.fromPayload(parse(text), "partition_rule")).as(text)
                .isInstanceOfSatisfying(InvalidPartitionRuleError.class,
                        e -> assertThat(e.subCode()).isEqualTo(subCode))
                .hasMessageContaining(path);
    }

    @Test
    void aLookupTableIsWrittenFlatWithPascalCaseEnumsAndStringIds() {
        LookupTable rule = new LookupTable(CALIBRATION, REVISION, InterpolationKind.Cubic, ExtrapolationKind.Clamp,
                false, Optional.of(AggregatorKind.MidRange), Optional.of("eV"), Optional.empty());
        assertThat(PartitionRuleCodec.toPayload(rule)).isEqualTo(parse("""
                {"kind":"LookupTable","calibration_id":"%s","calibration_revision_id":"%s",
                 "interpolation_kind":"Cubic","extrapolation_kind":"Clamp","invertible":false,
                 "readback_aggregator_kind":"MidRange","unit_in":"eV","unit_out":null}"""
                .formatted(CALIBRATION, REVISION)));
    }

    @Test
    void compositeParametersAreWrittenAsSortedKeyValuePairs() {
        CompositePartition rule = new CompositePartition(PartitionKind.FineCenteredKeep, 2,
                List.of(new PartitionParameter("range", 2.5), new PartitionParameter("center", 0)), AggregatorKind.Sum);
        assertThat(PartitionRuleCodec.toPayload(rule).toJsonText()).isEqualTo(
                "{\"kind\":\"CompositePartition\",\"partition_kind\":\"FineCenteredKeep\",\"constituent_count\":2,"
                        + "\"partition_parameters\":[[\"center\",0.0],[\"range\",2.5]],\"readback_aggregator_kind\":\"Sum\"}");
    }

    @Test
    void omittedDefaultsReadAsTheirDefaults() {
        assertThat(PartitionRuleCodec.fromPayload(parse("{\"kind\":\"Affine\",\"unit_in\":\"eV\",\"unit_out\":\"mm\"}"),
                "rule")).isEqualTo(new Affine("eV", "mm"));
        assertThat(PartitionRuleCodec.fromPayload(parse(
                "{\"kind\":\"CompositePartition\",\"partition_kind\":\"CoarseFirstFill\",\"constituent_count\":2}"),
                "rule")).isEqualTo(new CompositePartition(PartitionKind.CoarseFirstFill, 2));
    }

    @Test
    void malformedPayloadsAreRefusedNamingThePath() {
        rejected("{}", "malformed_payload", "partition_rule.kind is required");
        rejected("{\"kind\":\"Spline\"}", "malformed_payload", "partition_rule.kind must be one of");
        rejected("{\"kind\":\"Affine\",\"unit_in\":\"eV\",\"unit_out\":\"mm\",\"scale\":2}", "malformed_payload",
                "partition_rule.scale");
        rejected("{\"kind\":\"Affine\",\"gain\":\"2\",\"unit_in\":\"eV\",\"unit_out\":\"mm\"}", "malformed_payload",
                "partition_rule.gain must be a number");
        rejected("{\"kind\":\"Aggregation\",\"aggregator_kind\":\"sum\",\"constituent_count\":2}", "malformed_payload",
                "partition_rule.aggregator_kind");
        rejected("{\"kind\":\"Aggregation\",\"aggregator_kind\":\"Sum\",\"constituent_count\":1.5}", "malformed_payload",
                "partition_rule.constituent_count must be an integer");
        rejected("{\"kind\":\"LookupTable\",\"calibration_id\":\"nope\",\"calibration_revision_id\":\"%s\","
                .formatted(REVISION) + "\"interpolation_kind\":\"Linear\",\"extrapolation_kind\":\"Error\","
                + "\"invertible\":true}", "malformed_payload", "partition_rule.calibration_id must be a UUID");
        rejected("{\"kind\":\"CompositePartition\",\"partition_kind\":\"CoarseFirstFill\",\"constituent_count\":2,"
                + "\"partition_parameters\":[[\"a\"]]}", "malformed_payload", "partition_rule.partition_parameters[0]");
        rejected("{\"kind\":\"SolverReference\",\"solver_id\":\"s\",\"solver_version\":\"1\","
                + "\"solver_transport_kind\":\"PythonCallable\",\"residual_tolerance_limit\":1,"
                + "\"singularity_threshold\":1,\"invertible\":\"yes\"}", "malformed_payload",
                "partition_rule.invertible must be true or false");
    }

    @Test
    void invalidRulesInAWellFormedPayloadKeepTheirSubCodeAndNameThePath() {
        rejected("{\"kind\":\"Aggregation\",\"aggregator_kind\":\"Difference\",\"constituent_count\":3}",
                "aggregator_arity", "partition_rule: constituent_count");
        rejected("{\"kind\":\"Affine\",\"gain\":1e400,\"unit_in\":\"eV\",\"unit_out\":\"mm\"}", "non_finite_number",
                "partition_rule: gain");
    }

    @Test
    void aPayloadThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> PartitionRuleCodec.fromPayload(Json.Arr.of(), "assets[0].partition_rule"))
                .isInstanceOf(InvalidPartitionRuleError.class).hasMessageContaining("assets[0].partition_rule must be");
    }

    @Test
    void mutatedWireFormsAreRefusedOrReadAsAValidRule() {
        Seeded.forAll("a payload with one field dropped or retyped never yields an invalid rule", 1000, (random, i) -> {
            Json.Obj payload = PartitionRuleCodec.toPayload(RandomRules.any(random));
            List<String> keys = List.copyOf(payload.fields().keySet());
            String key = keys.get(random.nextInt(keys.size()));
            Json replacement = RandomRules.pick(random, new Json[] {Json.NULL, Json.bool(true), Json.str("x"),
                    Json.num(-1), Json.Arr.of(), Json.Obj.EMPTY});
            Json.Obj mutated = payload.with(key, replacement);
            try {
                PartitionRule rule = PartitionRuleCodec.fromPayload(mutated, "rule");
                assertThat(PartitionRuleCodec.fromPayload(PartitionRuleCodec.toPayload(rule), "rule")).isEqualTo(rule);
            } catch (InvalidPartitionRuleError expected) {
                assertThat(expected.getMessage()).as("payload %s", mutated).startsWith("rule");
            }
        });
    }
}
