package org.cora.adapters.hardware.epics.pva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.cora.domain.control.ControlValueCoercionError;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.json.Json;
import org.epics.pva.data.PVAArray;
import org.epics.pva.data.PVABool;
import org.epics.pva.data.PVABoolArray;
import org.epics.pva.data.PVAByte;
import org.epics.pva.data.PVAByteArray;
import org.epics.pva.data.PVAData;
import org.epics.pva.data.PVADouble;
import org.epics.pva.data.PVADoubleArray;
import org.epics.pva.data.PVAFloat;
import org.epics.pva.data.PVAFloatArray;
import org.epics.pva.data.PVAInt;
import org.epics.pva.data.PVAIntArray;
import org.epics.pva.data.PVALong;
import org.epics.pva.data.PVALongArray;
import org.epics.pva.data.PVAShort;
import org.epics.pva.data.PVAShortArray;
import org.epics.pva.data.PVAString;
import org.epics.pva.data.PVAStringArray;
import org.epics.pva.data.PVAStructure;
import org.epics.pva.data.nt.PVAEnum;
import org.junit.jupiter.api.Test;

/**
 * Properties of the JSON to pvData mapping, on seeded random values (the seed is in every failure
 * message; replay with {@code -Dcora.seed=...}): a value of a field's type survives the trip
 * through {@link PvaWrites} and core-pva's own {@code setValue} back to the same JSON through
 * {@link PvaJson}, and a value of another type is refused as a coercion before anything is sent.
 */
class EpicsPvaValueCodecTest {

    private static final int CASES = 2000;
    private static final long SEED = Long.getLong("cora.seed", System.nanoTime());
    private static final String ADDRESS = "codec:pv";

    private final Random random = new Random(SEED);

    /** One field type of a PV's {@code value} and a generator of JSON it holds. */
    private record Kind(Supplier<PVAData> field, Supplier<Json> value) {
    }

    @Test
    void a_value_of_the_fields_type_comes_back_unchanged() throws Exception {
        List<Kind> kinds = kinds();
        for (int i = 0; i < CASES; i++) {
            Kind kind = kinds.get(random.nextInt(kinds.size()));
            PVAData field = kind.field().get();
            Json written = kind.value().get();

            field.setValue(PvaWrites.putValue(ADDRESS, structure(field), written, List::of));

            Json read = (field instanceof PVAArray ? PvaJson.array(field) : PvaJson.scalar(field)).orElseThrow();
            assertThat(read).as("seed %d, %s into %s", SEED, written, field.getType()).isEqualTo(written);
        }
    }

    @Test
    void a_value_of_another_type_is_refused_as_a_coercion() {
        List<Kind> kinds = kinds();
        for (int i = 0; i < CASES; i++) {
            Kind kind = kinds.get(random.nextInt(kinds.size()));
            PVAData field = kind.field().get();
            Json wrong = wrongFor(field);

            assertThatThrownBy(() -> PvaWrites.putValue(ADDRESS, structure(field), wrong, List::of))
                    .as("seed %d, %s into %s", SEED, wrong, field.getType())
                    .isInstanceOf(ControlValueCoercionError.class);
        }
    }

    @Test
    void an_enum_takes_a_label_or_a_whole_index_of_its_choices_and_refuses_others() throws Exception {
        PVAStructure type = structure(new PVAEnum("value", 0, new String[] {"Closed", "Open", "Fault"}));
        List<String> choices = List.of("Closed", "Open", "Fault");

        assertThat(PvaWrites.putValue(ADDRESS, type, Json.str("Fault"), () -> choices)).isEqualTo(2);
        assertThat(PvaWrites.putValue(ADDRESS, type, Json.num(new BigDecimal("1.0")), () -> choices)).isEqualTo(1);
        assertThatThrownBy(() -> PvaWrites.putValue(ADDRESS, type, Json.str("Ajar"), () -> choices))
                .isInstanceOf(ControlWriteRejectedError.class);
        assertThatThrownBy(() -> PvaWrites.putValue(ADDRESS, type, Json.num(3), () -> choices))
                .isInstanceOf(ControlWriteRejectedError.class);
        assertThatThrownBy(() -> PvaWrites.putValue(ADDRESS, type, Json.num(new BigDecimal("0.5")), () -> choices))
                .isInstanceOf(ControlValueCoercionError.class);
        assertThatThrownBy(() -> PvaWrites.putValue(ADDRESS, type, Json.bool(true), () -> choices))
                .isInstanceOf(ControlValueCoercionError.class);
    }

    private List<Kind> kinds() {
        return List.of(
                new Kind(() -> new PVADouble("value"), this::aDouble),
                new Kind(() -> new PVAFloat("value"), this::aFloat),
                new Kind(() -> new PVAByte("value", false), () -> anInteger(8, false)),
                new Kind(() -> new PVAByte("value", true), () -> anInteger(8, true)),
                new Kind(() -> new PVAShort("value", false), () -> anInteger(16, false)),
                new Kind(() -> new PVAShort("value", true), () -> anInteger(16, true)),
                new Kind(() -> new PVAInt("value", false), () -> anInteger(32, false)),
                new Kind(() -> new PVAInt("value", true), () -> anInteger(32, true)),
                new Kind(() -> new PVALong("value", false), () -> anInteger(64, false)),
                new Kind(() -> new PVALong("value", true), () -> anInteger(64, true)),
                new Kind(() -> new PVABool("value"), () -> Json.bool(random.nextBoolean())),
                new Kind(() -> new PVAString("value"), this::aString),
                new Kind(() -> new PVADoubleArray("value"), () -> anArray(this::aDouble)),
                new Kind(() -> new PVAFloatArray("value"), () -> anArray(this::aFloat)),
                new Kind(() -> new PVAByteArray("value", true), () -> anArray(() -> anInteger(8, true))),
                new Kind(() -> new PVAShortArray("value", false), () -> anArray(() -> anInteger(16, false))),
                new Kind(() -> new PVAIntArray("value", false), () -> anArray(() -> anInteger(32, false))),
                new Kind(() -> new PVALongArray("value", true), () -> anArray(() -> anInteger(64, true))),
                new Kind(() -> new PVABoolArray("value"), () -> anArray(() -> Json.bool(random.nextBoolean()))),
                new Kind(() -> new PVAStringArray("value"), () -> anArray(this::aString)));
    }

    /** A JSON value no field of this type takes: another JSON type, a fraction or an integer out of range. */
    private Json wrongFor(PVAData field) {
        List<Json> wrong = new ArrayList<>(List.of(Json.NULL, Json.Obj.builder().put("x", 1).build()));
        String type = field.getType();
        boolean array = type.endsWith("[]");
        String element = array ? type.substring(0, type.length() - 2) : type;
        if (!element.equals("string")) {
            wrong.add(Json.str("fast"));
        }
        if (!element.equals("boolean")) {
            wrong.add(Json.bool(true));
        }
        if (element.equals("string") || element.equals("boolean")) {
            wrong.add(Json.num(random.nextInt()));
        }
        if (element.matches("u?(byte|short|int|long)")) {
            wrong.add(Json.num(new BigDecimal(random.nextInt(1000) + ".5")));
            wrong.add(Json.num(new BigDecimal(BigInteger.ONE.shiftLeft(64))));
            wrong.add(element.startsWith("u") ? Json.num(-1 - random.nextInt(100))
                    : Json.num(new BigDecimal(BigInteger.ONE.shiftLeft(63).negate().subtract(BigInteger.ONE))));
        }
        Json scalar = wrong.get(random.nextInt(wrong.size()));
        if (array) {
            return random.nextBoolean() ? Json.Arr.of(scalar) : Json.num(1);
        }
        return random.nextBoolean() ? scalar : Json.Arr.of(Json.num(1));
    }

    private Json aDouble() {
        double value = random.nextBoolean() ? random.nextInt(200_000) / 100.0 - 1000
                : Double.longBitsToDouble(random.nextLong());
        return Double.isFinite(value) ? Json.num(BigDecimal.valueOf(value)) : Json.num(0);
    }

    private Json aFloat() {
        float value = random.nextBoolean() ? random.nextInt(200_000) / 100f - 1000
                : Float.intBitsToFloat(random.nextInt());
        return Float.isFinite(value) ? Json.num(new BigDecimal(Float.toString(value))) : Json.num(0);
    }

    private Json anInteger(int bits, boolean unsigned) {
        BigInteger magnitude = new BigInteger(bits, random);
        return Json.num(new BigDecimal(unsigned ? magnitude : magnitude.subtract(BigInteger.ONE.shiftLeft(bits - 1))));
    }

    private Json aString() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(random.nextBoolean() ? 32 + random.nextInt(95) : 0xA0 + random.nextInt(0x2000));
        }
        return Json.str(text.toString());
    }

    private Json anArray(Supplier<Json> item) {
        List<Json> items = new ArrayList<>();
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
            items.add(item.get());
        }
        return new Json.Arr(items);
    }

    private static PVAStructure structure(PVAData value) {
        return new PVAStructure("", "epics:nt/NTScalar:1.0", value);
    }
}
