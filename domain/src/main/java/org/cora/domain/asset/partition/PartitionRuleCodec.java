package org.cora.domain.asset.partition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cora.domain.json.Json;

/**
 * The wire form of a partition rule: a flat object with {@code kind} and the snake_case fields of
 * reference 3.4, enums as their PascalCase names, UUIDs as strings, absent options as null and
 * {@code partition_parameters} as sorted {@code [key, value]} pairs. {@link #fromPayload} is the
 * exact inverse of {@link #toPayload}; it rejects unknown fields and malformed values with an
 * {@link InvalidPartitionRuleError} ({@code malformed_payload}, or the rule's own sub-code) naming the path.
 */
public final class PartitionRuleCodec {

    private static final Map<String, Set<String>> FIELDS = Map.of(
            "Affine", Set.of("kind", "gain", "offset", "unit_in", "unit_out"),
            "Aggregation", Set.of("kind", "aggregator_kind", "constituent_count"),
            "LookupTable", Set.of("kind", "calibration_id", "calibration_revision_id", "interpolation_kind",
                    "extrapolation_kind", "invertible", "readback_aggregator_kind", "unit_in", "unit_out"),
            "CompositePartition", Set.of("kind", "partition_kind", "constituent_count", "partition_parameters",
                    "readback_aggregator_kind"),
            "SolverReference", Set.of("kind", "solver_id", "solver_version", "solver_transport_kind",
                    "residual_tolerance_limit", "singularity_threshold", "invertible", "readback_aggregator_kind"));

    private PartitionRuleCodec() {
    }

    public static Json.Obj toPayload(PartitionRule rule) {
        Json.ObjBuilder out = Json.Obj.builder().put("kind", rule.kind());
        return switch (rule) {
            case Affine a -> out.put("gain", Json.num(a.gain())).put("offset", Json.num(a.offset()))
                    .put("unit_in", a.unitIn()).put("unit_out", a.unitOut()).build();
            case Aggregation a -> out.put("aggregator_kind", a.aggregatorKind().name())
                    .put("constituent_count", a.constituentCount()).build();
            case LookupTable t -> out.put("calibration_id", t.calibrationId().toString())
                    .put("calibration_revision_id", t.calibrationRevisionId().toString())
                    .put("interpolation_kind", t.interpolationKind().name())
                    .put("extrapolation_kind", t.extrapolationKind().name()).put("invertible", t.invertible())
                    .put("readback_aggregator_kind", t.readbackAggregatorKind().map(Enum::name).orElse(null))
                    .put("unit_in", t.unitIn().orElse(null)).put("unit_out", t.unitOut().orElse(null)).build();
            case CompositePartition p -> out.put("partition_kind", p.partitionKind().name())
                    .put("constituent_count", p.constituentCount())
                    .put("partition_parameters", new Json.Arr(p.partitionParameters().stream()
                            .map(e -> (Json) Json.Arr.of(Json.str(e.key()), Json.num(e.value()))).toList()))
                    .put("readback_aggregator_kind", p.readbackAggregatorKind().name()).build();
            case SolverReference s -> out.put("solver_id", s.solverId()).put("solver_version", s.solverVersion())
                    .put("solver_transport_kind", s.solverTransportKind().name())
                    .put("residual_tolerance_limit", Json.num(s.residualToleranceLimit()))
                    .put("singularity_threshold", Json.num(s.singularityThreshold()))
                    .put("invertible", s.invertible())
                    .put("readback_aggregator_kind", s.readbackAggregatorKind().map(Enum::name).orElse(null)).build();
        };
    }

    /** Reads a rule back from its wire form; {@code path} prefixes every error message. */
    public static PartitionRule fromPayload(Json payload, String path) {
        if (!(payload instanceof Json.Obj obj)) {
            throw malformed(path + " must be an object");
        }
        PayloadReader in = new PayloadReader(obj, path);
        String kind = in.text("kind");
        Set<String> allowed = FIELDS.get(kind);
        if (allowed == null) {
            throw malformed(path + ".kind must be one of " + FIELDS.keySet().stream().sorted().toList() + ", got " + kind);
        }
        for (String field : obj.fields().keySet()) {
            if (!allowed.contains(field)) {
                throw malformed(path + "." + field + " is not a field of a " + kind + " rule");
            }
        }
        try {
            return read(kind, in);
        } catch (InvalidPartitionRuleError e) {
            throw e.subCode().equals("malformed_payload") ? e
                    : new InvalidPartitionRuleError(e.subCode(), path + ": " + e.getMessage());
        }
    }

    private static PartitionRule read(String kind, PayloadReader in) {
        return switch (kind) {
            case "Affine" -> new Affine(in.numberOr("gain", 1.0), in.numberOr("offset", 0.0), in.text("unit_in"),
                    in.text("unit_out"));
            case "Aggregation" -> new Aggregation(in.enumOf("aggregator_kind", AggregatorKind.class),
                    in.integer("constituent_count"));
            case "LookupTable" -> new LookupTable(in.uuid("calibration_id"), in.uuid("calibration_revision_id"),
                    in.enumOf("interpolation_kind", InterpolationKind.class),
                    in.enumOf("extrapolation_kind", ExtrapolationKind.class), in.bool("invertible"),
                    in.optionalEnum("readback_aggregator_kind", AggregatorKind.class), in.optionalText("unit_in"),
                    in.optionalText("unit_out"));
            case "CompositePartition" -> new CompositePartition(in.enumOf("partition_kind", PartitionKind.class),
                    in.integer("constituent_count"), parameters(in),
                    in.optionalEnum("readback_aggregator_kind", AggregatorKind.class).orElse(AggregatorKind.Sum));
            default -> new SolverReference(in.text("solver_id"), in.text("solver_version"),
                    in.enumOf("solver_transport_kind", SolverTransportKind.class),
                    in.number("residual_tolerance_limit"), in.number("singularity_threshold"), in.bool("invertible"),
                    in.optionalEnum("readback_aggregator_kind", AggregatorKind.class));
        };
    }

    private static List<PartitionParameter> parameters(PayloadReader in) {
        List<Json> pairs = in.array("partition_parameters");
        List<PartitionParameter> parameters = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            String at = in.path() + ".partition_parameters[" + i + "]";
            if (!(pairs.get(i) instanceof Json.Arr pair) || pair.items().size() != 2
                    || !(pair.items().get(0) instanceof Json.Str key) || !(pair.items().get(1) instanceof Json.Num value)) {
                throw malformed(at + " must be a [key, number] pair");
            }
            parameters.add(new PartitionParameter(key.value(), value.asDouble()));
        }
        return parameters;
    }

    static InvalidPartitionRuleError malformed(String message) {
        return new InvalidPartitionRuleError("malformed_payload", message);
    }

    /** Typed reads of one payload's fields; every failure names {@code path.field}. */
    private record PayloadReader(Json.Obj obj, String path) {

        private Optional<Json> field(String name) {
            return obj.get(name).filter(v -> !(v instanceof Json.Null));
        }

        private Json required(String name) {
            return field(name).orElseThrow(() -> malformed(path + "." + name + " is required"));
        }

        String text(String name) {
            return optionalText(name).orElseThrow(() -> malformed(path + "." + name + " is required"));
        }

        Optional<String> optionalText(String name) {
            return field(name).map(v -> {
                if (v instanceof Json.Str s) {
                    return s.value();
                }
                throw malformed(path + "." + name + " must be a string");
            });
        }

        double number(String name) {
            if (required(name) instanceof Json.Num n) {
                return n.asDouble();
            }
            throw malformed(path + "." + name + " must be a number");
        }

        double numberOr(String name, double fallback) {
            return field(name).isPresent() ? number(name) : fallback;
        }

        int integer(String name) {
            if (required(name) instanceof Json.Num n) {
                try {
                    return n.value().intValueExact();
                } catch (ArithmeticException notAnInt) {
                    // falls through to the message below
                }
            }
            throw malformed(path + "." + name + " must be an integer");
        }

        boolean bool(String name) {
            if (required(name) instanceof Json.Bool b) {
                return b.value();
            }
            throw malformed(path + "." + name + " must be true or false");
        }

        UUID uuid(String name) {
            String text = text(name);
            try {
                UUID id = UUID.fromString(text);
                if (id.toString().equals(text.toLowerCase())) {
                    return id;
                }
            } catch (IllegalArgumentException notAUuid) {
                // falls through to the message below
            }
            throw malformed(path + "." + name + " must be a UUID, got " + text);
        }

        <E extends Enum<E>> E enumOf(String name, Class<E> type) {
            return optionalEnum(name, type).orElseThrow(() -> malformed(path + "." + name + " is required"));
        }

        <E extends Enum<E>> Optional<E> optionalEnum(String name, Class<E> type) {
            return optionalText(name).map(text -> {
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equals(text)) {
                        return constant;
                    }
                }
                throw malformed(path + "." + name + " must be one of " + List.of(type.getEnumConstants()) + ", got " + text);
            });
        }

        List<Json> array(String name) {
            Json value = field(name).orElse(Json.Arr.of());
            if (value instanceof Json.Arr a) {
                return a.items();
            }
            throw malformed(path + "." + name + " must be an array");
        }
    }
}
