package org.cora.domain.features.addcalibrationrevision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cora.domain.testing.FixedClock.NOW;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cora.domain.calibration.Calibration;
import org.cora.domain.calibration.CalibrationEvent;
import org.cora.domain.calibration.CalibrationEvent.CalibrationDefined;
import org.cora.domain.calibration.CalibrationEvent.CalibrationRevisionAdded;
import org.cora.domain.calibration.CalibrationEvolver;
import org.cora.domain.calibration.CalibrationId;
import org.cora.domain.calibration.CalibrationNotCurveValuedError;
import org.cora.domain.calibration.CalibrationNotFoundError;
import org.cora.domain.calibration.CalibrationQuantity;
import org.cora.domain.calibration.CalibrationRevisionNotFoundError;
import org.cora.domain.calibration.CurvePoint;
import org.cora.domain.calibration.InvalidCalibrationEstablishedAtError;
import org.cora.domain.calibration.InvalidCalibrationEstablishedByError;
import org.cora.domain.calibration.InvalidCalibrationValueError;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.testing.AggregateScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddCalibrationRevisionDeciderTest {

    static final CalibrationId ID = CalibrationId.of("0190f5a8-7d3e-7000-8000-0000000ca1b0");
    static final UUID REV_1 = UUID.fromString("0190f5a8-7d3e-7000-8000-0000000000e1");
    static final UUID REV_2 = UUID.fromString("0190f5a8-7d3e-7000-8000-0000000000e2");
    static final Json CURVE = JsonParser.parse("{\"points\":[[9000,2.5],[8000,1.0],[10000,4]]}");

    private static AggregateScenario<Calibration, CalibrationEvent> given(CalibrationQuantity quantity,
                                                                         CalibrationEvent... more) {
        List<CalibrationEvent> history = new ArrayList<>(List.of(new CalibrationDefined(ID, quantity, NOW.minusSeconds(60))));
        history.addAll(List.of(more));
        return AggregateScenario.given(CalibrationEvolver::fold, history);
    }

    private static AddCalibrationRevisionCommand add(Json value, String by) {
        return new AddCalibrationRevisionCommand(ID, value, null, by);
    }

    @Test
    void aCurveRevisionIsAppendedEstablishedNowByDefault() {
        Calibration state = given(CalibrationQuantity.ENERGY_POSITION_CURVE)
                .when(s -> AddCalibrationRevisionDecider.decide(s, add(CURVE, " beamline scientist "), REV_1, NOW))
                .then(new CalibrationRevisionAdded(ID, REV_1, CURVE, NOW, "beamline scientist", NOW));
        assertThat(state.revisions()).hasSize(1);
    }

    @Test
    void revisionsAreAppendOnlyAndTheSameValueTwiceIsTwoRevisions() {
        CalibrationRevisionAdded first = new CalibrationRevisionAdded(ID, REV_1, CURVE, NOW, "a", NOW);
        Calibration state = given(CalibrationQuantity.ENERGY_POSITION_CURVE, first)
                .when(s -> AddCalibrationRevisionDecider.decide(s, add(CURVE, "a"), REV_2, NOW))
                .then(new CalibrationRevisionAdded(ID, REV_2, CURVE, NOW, "a", NOW));
        assertThat(state.revisions()).extracting(r -> r.revisionId()).containsExactly(REV_1, REV_2);
        assertThat(state.latest().orElseThrow().revisionId()).isEqualTo(REV_2);
    }

    @Test
    void anExplicitEstablishedAtInThePastIsKeptAndOneInTheFutureIsRefused() {
        given(CalibrationQuantity.DETECTOR_GAIN)
                .when(s -> AddCalibrationRevisionDecider.decide(s, new AddCalibrationRevisionCommand(ID, Json.num(1.5),
                        NOW.minusSeconds(5), "a"), REV_1, NOW))
                .then(new CalibrationRevisionAdded(ID, REV_1, Json.num(1.5), NOW.minusSeconds(5), "a", NOW));
        given(CalibrationQuantity.DETECTOR_GAIN)
                .when(s -> AddCalibrationRevisionDecider.decide(s, new AddCalibrationRevisionCommand(ID, Json.num(1.5),
                        NOW.plusSeconds(1), "a"), REV_1, NOW))
                .thenRefused(InvalidCalibrationEstablishedAtError.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"points\":[[1,2]]}", "{\"points\":[[1,2],[1.0,3]]}", "{\"points\":[[1,2],[2,\"3\"]]}",
            "{\"points\":[[1,2],[2,3,4]]}", "{\"points\":[[1,2],[2,3]],\"unit\":\"eV\"}", "[[1,2],[2,3]]",
            "{\"points\":[[1,2],[true,3]]}", "{\"points\":[[1,2],[2,null]]}", "5"})
    void aMalformedCurveIsRefused(String value) {
        given(CalibrationQuantity.ENERGY_POSITION_CURVE)
                .when(s -> AddCalibrationRevisionDecider.decide(s, add(JsonParser.parse(value), "a"), REV_1, NOW))
                .thenRefused(InvalidCalibrationValueError.class);
    }

    @Test
    void aScalarQuantityTakesANumberOnly() {
        given(CalibrationQuantity.POSITION_OFFSET)
                .when(s -> AddCalibrationRevisionDecider.decide(s, add(CURVE, "a"), REV_1, NOW))
                .thenRefused(InvalidCalibrationValueError.class);
    }

    @Test
    void theOrderIsExistenceThenValueThenAuthorThenTime() {
        AggregateScenario.given(CalibrationEvolver::fold, List.<CalibrationEvent>of())
                .when(s -> AddCalibrationRevisionDecider.decide(s, add(Json.NULL, null), REV_1, NOW))
                .thenRefused(CalibrationNotFoundError.class);
        given(CalibrationQuantity.DETECTOR_GAIN).when(s -> AddCalibrationRevisionDecider.decide(s,
                new AddCalibrationRevisionCommand(ID, Json.str("x"), NOW.plusSeconds(9), " "), REV_1, NOW))
                .thenRefused(InvalidCalibrationValueError.class);
        given(CalibrationQuantity.DETECTOR_GAIN).when(s -> AddCalibrationRevisionDecider.decide(s,
                new AddCalibrationRevisionCommand(ID, Json.num(1), NOW.plusSeconds(9), " "), REV_1, NOW))
                .thenRefused(InvalidCalibrationEstablishedByError.class);
    }

    @Test
    void curveAtReturnsThePinnedRevisionsPointsSortedByX() {
        Calibration calibration = CalibrationEvolver.fold(List.of(new CalibrationDefined(ID, CalibrationQuantity.ENERGY_POSITION_CURVE, NOW),
                new CalibrationRevisionAdded(ID, REV_1, CURVE, NOW, "a", NOW),
                new CalibrationRevisionAdded(ID, REV_2, JsonParser.parse("{\"points\":[[0,0],[1,1]]}"), NOW, "a", NOW)));

        assertThat(calibration.curveAt(REV_1)).containsExactly(new CurvePoint(8000, 1.0), new CurvePoint(9000, 2.5),
                new CurvePoint(10000, 4));
        assertThatThrownBy(() -> calibration.curveAt(UUID.randomUUID())).isInstanceOf(CalibrationRevisionNotFoundError.class);
        Calibration gain = CalibrationEvolver.fold(List.of(new CalibrationDefined(ID, CalibrationQuantity.DETECTOR_GAIN, NOW),
                new CalibrationRevisionAdded(ID, REV_1, Json.num(2), NOW, "a", NOW)));
        assertThatThrownBy(() -> gain.curveAt(REV_1)).isInstanceOf(CalibrationNotCurveValuedError.class);
    }
}
