package org.cora.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cora.domain.testing.RandomJson;
import org.cora.domain.testing.Seeded;
import org.junit.jupiter.api.Test;

class JsonEqualityTest {

    @Test
    void anIntegerEqualsTheSameNumberWrittenWithDecimals() {
        assertThat(Json.num(1)).isEqualTo(Json.num(1.0));
        assertThat(Json.num(1)).isEqualTo(JsonParser.parse("1.000"));
        assertThat(Json.num(100)).isEqualTo(JsonParser.parse("1e2"));
        assertThat(Json.num(1)).isEqualTo(JsonParser.parse("10E-1"));
        assertThat(Json.num(0)).isEqualTo(JsonParser.parse("-0.0"));
    }

    @Test
    void equalNumbersHaveEqualHashCodesWhateverTheirScale() {
        assertThat(Json.num(1).hashCode()).isEqualTo(Json.num(1.0).hashCode());
        assertThat(Json.num(100).hashCode()).isEqualTo(JsonParser.parse("1e2").hashCode());
        assertThat(Json.num(0).hashCode()).isEqualTo(JsonParser.parse("0.000").hashCode());
    }

    @Test
    void differentNumbersAreNotEqual() {
        assertThat(Json.num(1)).isNotEqualTo(Json.num(1.0000001));
        assertThat(Json.num(new BigDecimal("0.1"))).isNotEqualTo(Json.num(0.1f));
    }

    @Test
    void aBooleanIsNeverANumber() {
        assertThat(Json.bool(true)).isNotEqualTo(Json.num(1));
        assertThat(Json.bool(false)).isNotEqualTo(Json.num(0));
        assertThat(Json.num(1)).isNotEqualTo(Json.bool(true));
    }

    @Test
    void aNumericStringIsNeverANumber() {
        assertThat(Json.str("12.5")).isNotEqualTo(Json.num(12.5));
        assertThat(Json.num(12.5)).isNotEqualTo(Json.str("12.5"));
    }

    @Test
    void nullIsOnlyEqualToNull() {
        assertThat(Json.NULL).isEqualTo(JsonParser.parse("null"));
        assertThat(Json.NULL).isNotEqualTo(Json.str("null"));
        assertThat(Json.NULL).isNotEqualTo(Json.num(0));
        assertThat(Json.NULL).isNotEqualTo(Json.bool(false));
    }

    @Test
    void arraysCompareElementWiseWithTheNumberRule() {
        assertThat(JsonParser.parse("[1, 2.0, \"a\"]")).isEqualTo(Json.of(List.of(1.0, 2, "a")));
        assertThat(JsonParser.parse("[1, 2]")).isNotEqualTo(JsonParser.parse("[2, 1]"));
        assertThat(JsonParser.parse("[1, 2]")).isNotEqualTo(JsonParser.parse("[1, 2, 3]"));
        assertThat(JsonParser.parse("[true]")).isNotEqualTo(JsonParser.parse("[1]"));
        assertThat(JsonParser.parse("[[1.0]]").hashCode()).isEqualTo(JsonParser.parse("[[1]]").hashCode());
    }

    @Test
    void objectsIgnoreKeyOrderButNotKeysOrValues() {
        Json ab = JsonParser.parse("{\"a\":1,\"b\":{\"c\":[1,2]}}");
        Json ba = JsonParser.parse("{\"b\":{\"c\":[1.0,2.00]},\"a\":1.0}");

        assertThat(ab).isEqualTo(ba);
        assertThat(ab.hashCode()).isEqualTo(ba.hashCode());
        assertThat(ab).isNotEqualTo(JsonParser.parse("{\"a\":1}"));
        assertThat(ab).isNotEqualTo(JsonParser.parse("{\"a\":1,\"b\":{\"c\":[1,2]},\"d\":null}"));
        assertThat(ab).isNotEqualTo(JsonParser.parse("{\"a\":\"1\",\"b\":{\"c\":[1,2]}}"));
    }

    @Test
    void objectsKeepTheirInsertionOrderForDisplay() {
        Json.Obj obj = Json.Obj.builder().put("z", 1).put("a", true).put("m", "x").build();

        assertThat(obj.toJsonText()).isEqualTo("{\"z\":1,\"a\":true,\"m\":\"x\"}");
        assertThat(obj.with("a", Json.NULL).toJsonText()).isEqualTo("{\"z\":1,\"a\":null,\"m\":\"x\"}");
        assertThat(obj.with("b", Json.num(2)).toJsonText()).isEqualTo("{\"z\":1,\"a\":true,\"m\":\"x\",\"b\":2}");
    }

    @Test
    void equalityIsBlindToHowAValueIsWrittenAndHashCodesAgree() {
        Seeded.forAll("rewritten JSON stays equal", 2000, (random, i) -> {
            Json value = RandomJson.value(random, 4);
            Json rewritten = RandomJson.rewritten(value, random);

            assertThat(rewritten).isEqualTo(value);
            assertThat(value).isEqualTo(rewritten);
            assertThat(rewritten.hashCode()).isEqualTo(value.hashCode());
        });
    }

    @Test
    void plainJavaValuesConvertToJson() {
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("n", 3);
        plain.put("d", 2.5);
        plain.put("s", "x");
        plain.put("b", true);
        plain.put("nil", null);
        plain.put("list", List.of(1L, new BigDecimal("1.50")));

        assertThat(Json.of(plain)).isEqualTo(JsonParser.parse(
                "{\"n\":3,\"d\":2.5,\"s\":\"x\",\"b\":true,\"nil\":null,\"list\":[1,1.5]}"));
        Map<String, Object> back = new LinkedHashMap<>();
        back.put("n", BigDecimal.valueOf(3));
        back.put("d", BigDecimal.valueOf(2.5));
        back.put("s", "x");
        back.put("b", true);
        back.put("nil", null);
        back.put("list", List.of(BigDecimal.ONE, new BigDecimal("1.50")));
        assertThat(Json.of(plain).toPlain()).isEqualTo(back);
    }

    @Test
    void nonFiniteNumbersAndOtherJavaTypesHaveNoJsonForm() {
        assertThatThrownBy(() -> Json.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.of(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.of(new Object())).isInstanceOf(IllegalArgumentException.class);
    }
}
