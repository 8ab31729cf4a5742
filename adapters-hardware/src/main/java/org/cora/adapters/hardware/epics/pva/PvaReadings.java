package org.cora.adapters.hardware.epics.pva;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cora.domain.control.ControlValueCoercionError;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.MeasurementKind;
import org.cora.domain.json.Json;
import org.epics.pva.data.PVAArray;
import org.epics.pva.data.PVAData;
import org.epics.pva.data.PVAInt;
import org.epics.pva.data.PVALong;
import org.epics.pva.data.PVAString;
import org.epics.pva.data.PVAStructure;
import org.epics.pva.data.PVAStringArray;
import org.epics.pva.data.PVAStructureArray;
import org.epics.pva.data.PVAUnion;

/**
 * A pvAccess structure as a {@link Measurement}.
 *
 * <ul>
 *   <li>NTScalar: Scalar, the number, string or boolean of {@code value}.</li>
 *   <li>NTScalarArray: Array, the elements of {@code value} in its current length.</li>
 *   <li>NTEnum: Categorical, the label {@code value.choices[value.index]}.</li>
 *   <li>NTNDArray: Image, {@code {"dims": [size, ...], "data": [...]}}: the sizes of
 *       {@code dimension} in NTNDArray order (the first varies fastest, so an image is
 *       {@code [width, height]}) and the selected {@code value} array flat, in storage order. A
 *       compressed array (a {@code codec} name) cannot be read.</li>
 *   <li>NTTable: Tabular, {@code {"column": [...], ...}}: each field of {@code value} by its name, in
 *       order (the display {@code labels} are not carried).</li>
 *   <li>Any other structure is read by the shape of its {@code value} field, as above.</li>
 * </ul>
 * Quality and quality detail come from {@code alarm} ({@link PvaAlarm}); the time from
 * {@code timeStamp}, null when it is missing, zero, or at or before the EPICS epoch (1990-01-01).
 */
final class PvaReadings {

    static final Instant EPICS_EPOCH = Instant.parse("1990-01-01T00:00:00Z");

    private static final String ENUM_T = "enum_t";

    private PvaReadings() {
    }

    static Measurement measurement(String address, PVAStructure structure) throws ControlValueCoercionError {
        PvaAlarm alarm = PvaAlarm.of(structure);
        Shaped shaped = switch (normativeType(structure)) {
            case "NTNDArray" -> new Shaped(image(address, structure), MeasurementKind.Image);
            case "NTTable" -> new Shaped(table(address, structure), MeasurementKind.Tabular);
            default -> byValue(address, structure);
        };
        return new Measurement(shaped.value(), shaped.kind(), alarm.quality(), producedAt(structure), alarm.detail());
    }

    /** {@code "epics:nt/NTScalar:1.0"} is {@code "NTScalar"}; a structure of no normative type gives its plain name. */
    static String normativeType(PVAStructure structure) {
        String name = structure.getStructureName();
        int slash = name.lastIndexOf('/');
        int colon = name.lastIndexOf(':');
        return name.substring(slash + 1, colon > slash ? colon : name.length());
    }

    private record Shaped(Json value, MeasurementKind kind) {
    }

    private static Shaped byValue(String address, PVAStructure structure) throws ControlValueCoercionError {
        PVAData value = structure.get("value");
        if (value instanceof PVAStructure enumerated && ENUM_T.equals(enumerated.getStructureName())) {
            return new Shaped(label(address, enumerated), MeasurementKind.Categorical);
        }
        Optional<Json> scalar = value == null ? Optional.empty() : PvaJson.scalar(value);
        if (scalar.isPresent()) {
            return new Shaped(scalar.get(), MeasurementKind.Scalar);
        }
        return new Shaped(array(address, value), MeasurementKind.Array);
    }

    private static Json label(String address, PVAStructure enumerated) throws ControlValueCoercionError {
        int index = enumerated.get("index") instanceof PVAInt i ? i.get() : -1;
        List<String> choices = choices(enumerated);
        if (index < 0 || index >= choices.size()) {
            throw new ControlValueCoercionError(address, "enum index " + index + " of " + choices.size() + " choices",
                    "Categorical");
        }
        return Json.str(choices.get(index));
    }

    /** The labels of an {@code enum_t}. */
    static List<String> choices(PVAStructure enumerated) {
        if (!(enumerated.get("choices") instanceof PVAStringArray labels) || labels.get() == null) {
            return List.of();
        }
        return Arrays.stream(labels.get()).map(label -> label == null ? "" : label).toList();
    }

    private static Json image(String address, PVAStructure structure) throws ControlValueCoercionError {
        String codec = codecName(structure);
        if (!codec.isEmpty()) {
            throw new ControlValueCoercionError(address, "NTNDArray compressed with " + codec, "Image");
        }
        List<Json> dims = new ArrayList<>();
        if (structure.get("dimension") instanceof PVAStructureArray dimensions) {
            for (PVAStructure dimension : dimensions.get()) {
                dims.add(Json.num(dimension != null && dimension.get("size") instanceof PVAInt size ? size.get() : 0));
            }
        }
        PVAData selected = structure.get("value") instanceof PVAUnion union ? union.get() : null;
        Json data = selected == null ? Json.Arr.of() : array(address, selected);
        return Json.Obj.builder().put("dims", new Json.Arr(dims)).put("data", data).build();
    }

    private static String codecName(PVAStructure image) {
        if (image.get("codec") instanceof PVAStructure codec && codec.get("name") instanceof PVAString name) {
            return name.get() == null ? "" : name.get();
        }
        return "";
    }

    private static Json table(String address, PVAStructure structure) throws ControlValueCoercionError {
        if (!(structure.get("value") instanceof PVAStructure columns)) {
            throw new ControlValueCoercionError(address, "NTTable without value columns", "Tabular");
        }
        Json.ObjBuilder table = Json.Obj.builder();
        for (PVAData column : columns.get()) {
            table.put(column.getName(), array(address, column));
        }
        return table.build();
    }

    private static Json array(String address, PVAData field) throws ControlValueCoercionError {
        Optional<Json> array = field instanceof PVAArray ? PvaJson.array(field) : Optional.empty();
        if (array.isEmpty()) {
            throw new ControlValueCoercionError(address, field == null ? "structure without value" : field.getType(),
                    "Measurement");
        }
        return array.get();
    }

    private static Instant producedAt(PVAStructure structure) {
        if (!(structure.get("timeStamp") instanceof PVAStructure stamp)
                || !(stamp.get("secondsPastEpoch") instanceof PVALong seconds)) {
            return null;
        }
        int nanos = stamp.get("nanoseconds") instanceof PVAInt n ? n.get() : 0;
        Instant at = Instant.ofEpochSecond(seconds.get(), Math.floorMod(nanos, 1_000_000_000));
        return at.isAfter(EPICS_EPOCH) ? at : null;
    }
}
