package org.cora.domain.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckCriteriaTest {

    private static final WithinToleranceCriterion HUNDRED_PLUS_MINUS_HALF =
            new WithinToleranceCriterion(new BigDecimal("100.0"), new BigDecimal("0.5"));

    private static EqualsCriterion equalsTo(String json) {
        return new EqualsCriterion(JsonParser.parse(json));
    }

    @Test
    void equalsMatchesTheSameValue() {
        assertThat(equalsTo("\"Open\"").mismatch(Json.str("Open"))).isEmpty();
        assertThat(equalsTo("true").mismatch(Json.bool(true))).isEmpty();
    }

    @Test
    void equalsComparesNumbersByValue() {
        assertThat(equalsTo("1").mismatch(Json.num(1.0))).isEmpty();
        assertThat(equalsTo("45.0").mismatch(Json.num(45))).isEmpty();
    }

    @Test
    void equalsComparesArraysElementWise() {
        assertThat(equalsTo("[1, 2.0, \"x\"]").mismatch(Json.of(List.of(1.0, 2, "x")))).isEmpty();
        assertThat(equalsTo("[1, 2]").mismatch(Json.of(List.of(1, 2, 3)))).isPresent();
        assertThat(equalsTo("[1, 2]").mismatch(Json.of(List.of(2, 1)))).isPresent();
    }

    @Test
    void equalsNeverTakesABooleanForANumber() {
        assertThat(equalsTo("1").mismatch(Json.bool(true))).isPresent();
        assertThat(equalsTo("true").mismatch(Json.num(1))).isPresent();
    }

    @Test
    void equalsNeverTakesANumericStringForANumber() {
        assertThat(equalsTo("12.5").mismatch(Json.str("12.5"))).isPresent();
        assertThat(equalsTo("\"12.5\"").mismatch(Json.num(12.5))).isPresent();
    }

    @Test
    void anEqualsMismatchExplainsBothValues() {
        assertThat(equalsTo("\"Open\"").mismatch(Json.str("Closed")))
                .contains("value \"Closed\" did not equal expected \"Open\"");
        assertThat(equalsTo("45.0").mismatch(Json.num(12.5))).contains("value 12.5 did not equal expected 45.0");
    }

    @Test
    void equalsCopesWithAnyReadingWithoutThrowing() {
        assertThat(equalsTo("1").mismatch(Json.NULL)).isPresent();
        assertThat(equalsTo("1").mismatch(Json.Obj.EMPTY)).isPresent();
    }

    @Test
    void equalsRefusesAnExpectationThatNoReadingCouldBe() {
        assertThatThrownBy(() -> new EqualsCriterion(Json.NULL)).isInstanceOf(InvalidStepError.class);
        assertThatThrownBy(() -> new EqualsCriterion(Json.Obj.EMPTY)).isInstanceOf(InvalidStepError.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"100", "100.0", "99.5", "100.5", "99.50000", "100.25"})
    void withinToleranceIncludesBothBounds(String reading) {
        assertThat(HUNDRED_PLUS_MINUS_HALF.mismatch(JsonParser.parse(reading))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"100.5000001", "99.4999999", "-100", "0", "1e3"})
    void withinToleranceRefusesValuesJustOutside(String reading) {
        assertThat(HUNDRED_PLUS_MINUS_HALF.mismatch(JsonParser.parse(reading))).isPresent();
    }

    @Test
    void aZeroToleranceRequiresTheExactValueAtAnyScale() {
        WithinToleranceCriterion exact = new WithinToleranceCriterion(new BigDecimal("45"), BigDecimal.ZERO);

        assertThat(exact.mismatch(JsonParser.parse("45.000"))).isEmpty();
        assertThat(exact.mismatch(JsonParser.parse("45.001"))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"100\"", "\"hot\"", "true", "false", "null", "[100]", "{\"value\":100}"})
    void aNonNumericReadingIsACleanToleranceMismatch(String reading) {
        assertThat(HUNDRED_PLUS_MINUS_HALF.mismatch(JsonParser.parse(reading)))
                .hasValueSatisfying(why -> assertThat(why).endsWith("(not a number)"));
    }

    @Test
    void aToleranceMismatchExplainsTheValueTheToleranceAndTheExpectation() {
        assertThat(HUNDRED_PLUS_MINUS_HALF.mismatch(Json.num(101)))
                .contains("value 101 not within 0.5 of expected 100.0");
        assertThat(HUNDRED_PLUS_MINUS_HALF.mismatch(Json.str("hot")))
                .contains("value \"hot\" not within 0.5 of expected 100.0 (not a number)");
    }

    @Test
    void aToleranceCriterionNeedsAnExpectationAndANonNegativeTolerance() {
        assertThatThrownBy(() -> new WithinToleranceCriterion(null, BigDecimal.ONE))
                .isInstanceOf(InvalidStepError.class);
        assertThatThrownBy(() -> new WithinToleranceCriterion(BigDecimal.ONE, null))
                .isInstanceOf(InvalidStepError.class);
        assertThatThrownBy(() -> new WithinToleranceCriterion(BigDecimal.ONE, new BigDecimal("-0.0001")))
                .isInstanceOf(InvalidStepError.class);
    }
}
