package org.cora.domain.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cora.domain.asset.partition.CalibrationCurve;
import org.cora.domain.asset.partition.CompositePartition;
import org.cora.domain.asset.partition.ExtrapolationKind;
import org.cora.domain.asset.partition.InterpolationKind;
import org.cora.domain.asset.partition.LookupTable;
import org.cora.domain.asset.partition.PartitionKind;
import org.cora.domain.asset.partition.PseudoAxisConstituentNotFoundError;
import org.cora.domain.json.Json;
import org.cora.domain.step.CheckStep;
import org.cora.domain.step.EqualsCriterion;
import org.cora.domain.step.SetpointStep;
import org.cora.domain.step.SetpointValue;
import org.cora.domain.step.Step;
import org.junit.jupiter.api.Test;

class PseudoAxisExpansionTest {

    private static final UUID GAP = UUID.fromString("01960000-0000-7000-8000-00000000000a");
    private static final UUID UPPER = UUID.fromString("01960000-0000-7000-8000-00000000000b");
    private static final UUID LOWER = UUID.fromString("01960000-0000-7000-8000-00000000000c");
    private static final UUID MONO = UUID.fromString("01960000-0000-7000-8000-00000000000d");
    private static final UUID THETA = UUID.fromString("01960000-0000-7000-8000-00000000000e");
    private static final UUID REVISION = UUID.fromString("01960000-0000-7000-8000-0000000000f1");

    private final Map<UUID, PseudoAxis> axes = Map.of(
            GAP, new PseudoAxis(GAP, new CompositePartition(PartitionKind.ProportionalFill, 2),
                    List.of(new PseudoAxis.Constituent(UPPER, "ID:gap:upper"), new PseudoAxis.Constituent(LOWER, "ID:gap:lower")),
                    Optional.empty(), Optional.empty()),
            MONO, new PseudoAxis(MONO, new LookupTable(UUID.randomUUID(), REVISION, InterpolationKind.Linear,
                    ExtrapolationKind.Error, true, Optional.empty(), Optional.empty(), Optional.empty()),
                    List.of(new PseudoAxis.Constituent(THETA, "MONO:theta")),
                    Optional.of(new CalibrationCurve(List.of(new CalibrationCurve.Point(5, 20), new CalibrationCurve.Point(15, 10)))),
                    Optional.of(REVISION)));

    @Test
    void aPseudoAxisSetpointBecomesOneSetpointPerConstituentAtItsRealAddressInWireOrder() {
        Step check = new CheckStep("ID:gap:rbv", new EqualsCriterion(Json.num(8)));

        ResolvedSteps resolved = PseudoAxisExpansion.expand(List.of(
                new SetpointStep("pseudoaxis://" + GAP, SetpointValue.of(Json.num(8)), true), check), axes::get);

        assertThat(resolved.steps()).containsExactly(
                new SetpointStep("ID:gap:upper", SetpointValue.of(Json.num(4)), false),
                new SetpointStep("ID:gap:lower", SetpointValue.of(Json.num(4)), false),
                check);
        assertThat(resolved.derivations()).hasSize(2);
        assertThat(resolved.derivations().getFirst().fields()).containsEntry("step_index", Json.num(0))
                .containsEntry("pseudo_axis", Json.str("pseudoaxis://" + GAP))
                .containsEntry("commanded", Json.num(8))
                .containsEntry("rule_kind", Json.str("CompositePartition"))
                .containsEntry("calibration_revision_id", Json.NULL)
                .containsEntry("constituent_asset_id", Json.str(UPPER.toString()));
        assertThat(resolved.derivations().get(1).get("step_index")).contains(Json.num(1));
    }

    @Test
    void aLookupTableDerivationNamesTheCalibrationRevisionItCameFrom() {
        ResolvedSteps resolved = PseudoAxisExpansion.expand(List.of(
                new SetpointStep("pseudoaxis://" + MONO + "/energy", SetpointValue.of(Json.num(10)), false)), axes::get);

        assertThat(resolved.steps()).containsExactly(new SetpointStep("MONO:theta", SetpointValue.of(Json.num(15)), false));
        assertThat(resolved.derivations().getFirst().get("calibration_revision_id")).contains(Json.str(REVISION.toString()));
        assertThat(resolved.derivations().getFirst().get("rule_kind")).contains(Json.str("LookupTable"));
    }

    @Test
    void stepsWithoutPseudoAxesPassThroughUnchangedWithNoDerivations() {
        List<Step> steps = List.of(new SetpointStep("sim:m1", SetpointValue.of(Json.num(1)), true));

        ResolvedSteps resolved = PseudoAxisExpansion.expand(steps, PseudoAxisResolver.none());

        assertThat(resolved.steps()).isEqualTo(steps);
        assertThat(resolved.derivations()).isEmpty();
    }

    @Test
    void anAddressWithoutAnAssetUuidIsNotAPseudoAxis() {
        assertThatThrownBy(() -> PseudoAxisExpansion.expand(List.of(
                new SetpointStep("pseudoaxis://gap", SetpointValue.of(Json.num(1)), false)), axes::get))
                .isInstanceOf(AssetNotPseudoAxisError.class).hasMessageContaining("pseudoaxis://gap");
    }

    @Test
    void aNonNumericCommandIsTheAuthorsMistakeNotAnEvaluationFailure() {
        for (Json value : List.of(Json.str("8"), Json.bool(true), Json.Arr.of(Json.num(1)))) {
            assertThatThrownBy(() -> PseudoAxisExpansion.expand(List.of(
                    new SetpointStep("pseudoaxis://" + GAP, SetpointValue.of(value), false)), axes::get))
                    .isInstanceOf(PseudoAxisCommandNotNumericError.class).hasMessageContaining("takes a number");
        }
        assertThatThrownBy(() -> PseudoAxisExpansion.expand(List.of(
                new SetpointStep("pseudoaxis://" + GAP, new SetpointValue.CaptureRef("home"), false)), axes::get))
                .isInstanceOf(PseudoAxisCommandNotNumericError.class).hasMessageContaining("capture reference");
    }

    @Test
    void withoutAParentRunNoPseudoAxisResolves() {
        assertThatThrownBy(() -> PseudoAxisExpansion.expand(List.of(
                new SetpointStep("pseudoaxis://" + GAP, SetpointValue.of(Json.num(1)), false)), PseudoAxisResolver.none()))
                .isInstanceOf(PartitionRuleNotFoundError.class).hasMessageContaining("no parent Run");
    }

    @Test
    void aRuleWiredToTheWrongNumberOfConstituentsIsRefused() {
        PseudoAxis underWired = new PseudoAxis(GAP, new CompositePartition(PartitionKind.ProportionalFill, 2),
                List.of(new PseudoAxis.Constituent(UPPER, "ID:gap:upper")), Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> PseudoAxisExpansion.expand(List.of(
                new SetpointStep("pseudoaxis://" + GAP, SetpointValue.of(Json.num(1)), false)), id -> underWired))
                .isInstanceOf(PseudoAxisConstituentNotFoundError.class);
    }
}
