package org.cora.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.cora.domain.testing.RandomJson;
import org.cora.domain.testing.Seeded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonParserTest {

    private static MalformedJsonException refusal(String text) {
        return catchThrowableOfType(MalformedJsonException.class, () -> JsonParser.parse(text));
    }

    @Test
    void aValidDocumentParsesToExactlyTheValueItWrites() {
        Json parsed = JsonParser.parse("""
                 {"address": "2bma:rot", "value": [1, -2.50, 3e2, true, false, null],
                  "params": {"dwell": 0.1, "nested": {"deep": []}}, "empty": {}}\t
                """);

        Json expected = Json.Obj.builder()
                .put("address", "2bma:rot")
                .put("value", Json.Arr.of(Json.num(1), Json.num(new BigDecimal("-2.50")), Json.num(300),
                        Json.bool(true), Json.bool(false), Json.NULL))
                .put("params", Json.Obj.builder().put("dwell", Json.num(0.1))
                        .put("nested", Json.Obj.builder().put("deep", Json.Arr.of()).build()).build())
                .put("empty", Json.Obj.EMPTY)
                .build();
        assertThat(parsed).isEqualTo(expected);
    }

    @Test
    void numbersKeepTheirExactDecimalValue() {
        Json.Num number = (Json.Num) JsonParser.parse("12.50");

        assertThat(number.value()).isEqualTo(new BigDecimal("12.50"));
        assertThat(((Json.Num) JsonParser.parse("0.1")).value()).isEqualTo(new BigDecimal("0.1"));
        assertThat(((Json.Num) JsonParser.parse("123456789012345678901234567890.123456789")).value())
                .isEqualTo(new BigDecimal("123456789012345678901234567890.123456789"));
        assertThat(((Json.Num) JsonParser.parse("-0")).value()).isEqualTo(BigDecimal.ZERO);
        assertThat(((Json.Num) JsonParser.parse("1E+3")).value()).isEqualByComparingTo("1000");
    }

    @Test
    void everyEscapeDecodesToItsCharacter() {
        assertThat(JsonParser.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u20AC\\ud83d\\ude00\""))
                .isEqualTo(Json.str("\"\\/\b\f\n\r\té€😀"));
    }

    @Test
    void unescapedUnicodeIsKeptAsIs() {
        assertThat(JsonParser.parse("\"é€😀\u007f\"")).isEqualTo(Json.str("é€😀\u007f"));
    }

    @Test
    void topLevelScalarsAreDocuments() {
        assertThat(JsonParser.parse("true")).isEqualTo(Json.bool(true));
        assertThat(JsonParser.parse(" null ")).isEqualTo(Json.NULL);
        assertThat(JsonParser.parse("\"x\"")).isEqualTo(Json.str("x"));
        assertThat(JsonParser.parse("-7")).isEqualTo(Json.num(-7));
    }

    @Test
    void whatTheWriterWritesParsesBackEqual() {
        Seeded.forAll("parse(write(v)) == v", 2000, (random, i) -> {
            Json value = RandomJson.value(random, 5);

            assertThat(JsonParser.parse(value.toJsonText())).isEqualTo(value);
        });
    }

    @Test
    void nestingOf64LevelsIsAccepted() {
        String text = "[".repeat(64) + "]".repeat(64);

        assertThat(JsonParser.parse(text)).isInstanceOf(Json.Arr.class);
        assertThat(JsonParser.parse("{\"a\":".repeat(63) + "[]" + "}".repeat(63))).isInstanceOf(Json.Obj.class);
    }

    @Test
    void nestingOf65LevelsIsRefused() {
        MalformedJsonException error = refusal("[".repeat(65) + "]".repeat(65));

        assertThat(error.getMessage()).contains("nesting deeper than 64");
        assertThat(error.offset()).isEqualTo(64);
        assertThat(refusal("{\"a\":".repeat(64) + "[]" + "}".repeat(64))).isNotNull();
    }

    @Test
    void aDuplicateKeyIsRefusedAtTheSecondKey() {
        MalformedJsonException error = refusal("{\"a\":1,\"a\":2}");

        assertThat(error.offset()).isEqualTo(7);
        assertThat(error.getMessage()).isEqualTo("malformed JSON at character 7: duplicate key \"a\"");
    }

    @Test
    void aDuplicateKeyIsRefusedEvenWhenDeepAndWithEqualValues() {
        assertThat(refusal("[{\"x\":{\"k\":null,\"k\":null}}]")).isNotNull();
    }

    @Test
    void trailingTextIsRefusedWhereItBegins() {
        MalformedJsonException error = refusal("{} x");

        assertThat(error.offset()).isEqualTo(3);
        assertThat(error.getMessage()).isEqualTo("malformed JSON at character 3: unexpected text after the JSON value");
        assertThat(refusal("1 2").offset()).isEqualTo(2);
        assertThat(refusal("[1]]").offset()).isEqualTo(3);
    }

    @Test
    void theNulCharacterIsRefusedEvenEscaped() {
        MalformedJsonException error = refusal("\"ab\\u0000\"");

        assertThat(error.getMessage()).contains("\\u0000");
        assertThat(error.offset()).isEqualTo(5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // text                  | offset
            "01                      | 1",
            "-01                     | 2",
            "[00]                    | 2",
            "NaN                     | 0",
            "Infinity                | 0",
            "-Infinity               | 1",
            "+1                      | 0",
            ".5                      | 0",
            "1.                      | 2",
            "1.e3                    | 2",
            "1e                      | 2",
            "1e+                     | 3",
            "0x10                    | 1",
            "`\"a\\x\"`              | 2",
            "`\"\\u12\"`             | 3",
            "`\"\\u12G4\"`           | 3",
            "`\"abc`                 | 4",
            "`'a'`                   | 0",
            "`{\"a\":1,}`            | 7",
            "`[1,]`                  | 3",
            "`{a:1}`                 | 1",
            "`{\"a\" 1}`             | 5",
            "`[1 2]`                 | 3",
            "`// c\n1`               | 0",
            "`tru`                   | 0",
            "`nul`                   | 0",
            "`[`                     | 1",
            "`{`                     | 1",
    })
    void malformedTextIsRefusedNamingTheOffset(String text, int offset) {
        MalformedJsonException error = refusal(text.replace("\\n", "\n"));

        assertThat(error).as("refusal of %s", text).isNotNull();
        assertThat(error.offset()).isEqualTo(offset);
        assertThat(error.getMessage()).startsWith("malformed JSON at character " + offset + ": ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t"})
    void emptyTextIsRefused(String text) {
        assertThat(refusal(text).getMessage()).contains("unexpected end of input");
    }

    @Test
    void noTextAtAllIsRefused() {
        assertThatThrownBy(() -> JsonParser.parse(null)).isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void aRawControlCharacterInAStringIsRefused() {
        assertThat(refusal("\"a\nb\"").offset()).isEqualTo(2);
        assertThat(refusal("\"a\tb\"").offset()).isEqualTo(2);
    }

    @Test
    void onlyJsonWhitespaceIsSkipped() {
        assertThat(refusal("\u00a01").offset()).isEqualTo(0);
        assertThat(refusal("\ufeff{}").offset()).isEqualTo(0);
    }

    @Test
    void aNumberBeyondTheDecimalRangeIsRefused() {
        assertThat(refusal("1e9999999999").getMessage()).contains("number out of range");
    }

    @Test
    void aUnicodeEscapeTakesExactlyFourHexDigitsAndNoSign() {
        assertThat(refusal("\"\\u+041\"")).as("\\u+041 is not four hex digits").isNotNull();
        assertThat(refusal("\"\\u-041\"")).as("\\u-041 is not four hex digits").isNotNull();
    }

    @Test
    void parsedArraysAndObjectsAreImmutable() {
        Json.Arr array = (Json.Arr) JsonParser.parse("[1]");
        Json.Obj object = (Json.Obj) JsonParser.parse("{\"a\":1}");

        assertThatThrownBy(() -> array.items().add(Json.NULL)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> object.fields().put("b", Json.NULL)).isInstanceOf(UnsupportedOperationException.class);
    }
}
