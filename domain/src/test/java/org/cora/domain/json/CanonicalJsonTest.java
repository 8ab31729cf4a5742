package org.cora.domain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cora.domain.testing.RandomJson;
import org.cora.domain.testing.Seeded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalJsonTest {

    @Test
    void keysAreSortedAtEveryDepthAndThereIsNoWhitespace() {
        Json value = JsonParser.parse("""
                { "b" : 1 ,
                  "a" : { "d" : [ 1 , { "z" : null , "y" : "two words" } ] , "c" : true } }
                """);

        assertThat(CanonicalJson.encode(value))
                .isEqualTo("{\"a\":{\"c\":true,\"d\":[1,{\"y\":\"two words\",\"z\":null}]},\"b\":1}");
    }

    @Test
    void arrayOrderIsKept() {
        assertThat(CanonicalJson.encode(JsonParser.parse("[3, 1, 2]"))).isEqualTo("[3,1,2]");
    }

    @ParameterizedTest
    @CsvSource({
            "1,                 1",
            "1.0,               1",
            "1.000,             1",
            "1e0,               1",
            "10E-1,             1",
            "100,               100",
            "1e2,               100",
            "0.50,              0.5",
            "-0.0,              0",
            "0e10,              0",
            "-12.340,           -12.34",
            "1e29,              100000000000000000000000000000",
            "1e30,              1E+30",
            "0.0000001,         1E-7",
    })
    void equalNumbersEncodeAlike(String written, String canonical) {
        assertThat(CanonicalJson.encode(JsonParser.parse(written))).isEqualTo(canonical);
    }

    @Test
    void stringsAreEscapedMinimally() {
        assertThat(CanonicalJson.encode(Json.str("a\"b\\c\n\t\u0001é/")))
                .isEqualTo("\"a\\\"b\\\\c\\n\\t\\u0001é/\"");
    }

    @Test
    void theHashIsTheLowerCaseHexSha256OfTheCanonicalUtf8Bytes() {
        assertThat(CanonicalJson.sha256(Json.Obj.EMPTY))
                .isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
        assertThat(CanonicalJson.sha256(JsonParser.parse("{ \"b\": [true, null, \"x\"], \"a\": 1.0 }")))
                .isEqualTo("eca8cfb31ab74533e1eb2f4c74d2d55dfe3c79ac704787e54be8647ea7777eb1");
    }

    @Test
    void equalValuesEncodeAndHashAlikeHoweverTheyAreWritten() {
        Seeded.forAll("equal JSON encodes alike", 2000, (random, i) -> {
            Json value = RandomJson.value(random, 4);
            Json rewritten = RandomJson.rewritten(value, random);

            assertThat(CanonicalJson.encode(rewritten)).isEqualTo(CanonicalJson.encode(value));
            assertThat(CanonicalJson.sha256(rewritten)).isEqualTo(CanonicalJson.sha256(value));
        });
    }

    @Test
    void theCanonicalFormParsesBackToAnEqualValue() {
        Seeded.forAll("parse(canonical(v)) == v", 2000, (random, i) -> {
            Json value = RandomJson.value(random, 4);

            assertThat(JsonParser.parse(CanonicalJson.encode(value))).isEqualTo(value);
        });
    }

    @Test
    void keysAreSortedByCodePointAsDocumented() {
        Map<String, Json> fields = new LinkedHashMap<>();
        fields.put("\uD83D\uDE00", Json.num(2));
        fields.put("\uFB01", Json.num(1));

        // U+FB01 sorts before U+1F600 by code point, although its UTF-16 unit (FB01) is above D83D.
        assertThat(CanonicalJson.encode(new Json.Obj(fields))).isEqualTo("{\"\uFB01\":1,\"\uD83D\uDE00\":2}");
    }

    @Test
    void everyNumberTheParserAcceptsHasACanonicalForm() {
        Json huge = JsonParser.parse("1e2147483647");

        assertThat(CanonicalJson.encode(huge)).isEqualTo("1E+2147483647");
        assertThat(CanonicalJson.encode(Json.num(new BigDecimal("12e2147483647")))).isEqualTo("1.2E+2147483648");
    }
}
