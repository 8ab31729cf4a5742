package org.cora.domain.asset.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Reference 3.4: every rule is validated when it is built, and the error names the field. */
class PartitionRuleConstructionTest {

    private static final UUID ID = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID NIL = new UUID(0, 0);

    private static void refused(ThrowingCallable build, String subCode, String field) {
        assertThatThrownBy(build).isInstanceOfSatisfying(InvalidPartitionRuleError.class,
                e -> assertThat(e.subCode()).isEqualTo(subCode)).hasMessageContaining(field);
    }

    @Test
    void everyRuleNumberMustBeFinite() {
        refused(() -> new Affine(Double.NaN, 0, "eV", "mm"), "non_finite_number", "gain");
        refused(() -> new Affine(1, Double.POSITIVE_INFINITY, "eV", "mm"), "non_finite_number", "offset");
        refused(() -> new SolverReference("s", "1", SolverTransportKind.SoftIOCRecord, Double.NaN, 1, true,
                Optional.empty()), "non_finite_number", "residual_tolerance_limit");
        refused(() -> new PartitionParameter("step", Double.NEGATIVE_INFINITY), "non_finite_number", "step");
    }

    @Test
    void negativeZeroIsStoredAsZero() {
        assertThat(new Affine(-0.0, -0.0, "eV", "mm")).isEqualTo(new Affine(0.0, 0.0, "eV", "mm"));
    }

    @Test
    void aggregationNeedsAtLeastOneConstituentAndTwoForDifferenceAndMidRange() {
        refused(() -> new Aggregation(AggregatorKind.Sum, 0), "constituent_count_out_of_range", "constituent_count");
        refused(() -> new Aggregation(AggregatorKind.Difference, 3), "aggregator_arity", "constituent_count");
        refused(() -> new Aggregation(AggregatorKind.MidRange, 1), "aggregator_arity", "constituent_count");
        refused(() -> new Aggregation(null, 1), "missing_field", "aggregator_kind");
        assertThat(new Aggregation(AggregatorKind.Product, 1).expectedConstituentCount()).contains(1);
        assertThat(new Aggregation(AggregatorKind.Difference, 2).expectedConstituentCount()).contains(2);
    }

    @Test
    void aLookupTableNeedsRealIdsAndAReadbackAggregatorWhenNotInvertible() {
        refused(() -> lookup(NIL, ID, true, Optional.empty()), "nil_id", "calibration_id");
        refused(() -> lookup(ID, NIL, true, Optional.empty()), "nil_id", "calibration_revision_id");
        refused(() -> lookup(null, ID, true, Optional.empty()), "missing_field", "calibration_id");
        refused(() -> lookup(ID, ID, false, Optional.empty()), "readback_aggregator_required", "readback_aggregator_kind");
        assertThat(lookup(ID, ID, false, Optional.of(AggregatorKind.Sum)).expectedConstituentCount()).contains(1);
    }

    @Test
    void aCompositePartitionNeedsTwoConstituentsAndDistinctParameterKeys() {
        refused(() -> new CompositePartition(PartitionKind.ProportionalFill, 1), "constituent_count_out_of_range",
                "constituent_count");
        refused(() -> new CompositePartition(PartitionKind.ProportionalFill, 2,
                List.of(new PartitionParameter("a", 1), new PartitionParameter("a", 2)), AggregatorKind.Sum),
                "duplicate_partition_parameter", "a");
        CompositePartition composite = new CompositePartition(PartitionKind.CoarseFirstFill, 3);
        assertThat(composite.readbackAggregatorKind()).isEqualTo(AggregatorKind.Sum);
        assertThat(composite.expectedConstituentCount()).contains(3);
    }

    @Test
    void compositeParametersAreKeptSortedByKey() {
        CompositePartition composite = new CompositePartition(PartitionKind.ProportionalFill, 2,
                List.of(new PartitionParameter("z", 1), new PartitionParameter("a", 2)), AggregatorKind.Sum);
        assertThat(composite.partitionParameters()).extracting(PartitionParameter::key).containsExactly("a", "z");
    }

    @Test
    void aSolverReferenceBoundsItsTextsAndOrdersItsThresholds() {
        refused(() -> solver(" ", "1", 0, 0), "solver_id_length", "solver_id");
        refused(() -> solver("x".repeat(201), "1", 0, 0), "solver_id_length", "solver_id");
        refused(() -> solver("s", "", 0, 0), "solver_version_length", "solver_version");
        refused(() -> solver("s", "v".repeat(101), 0, 0), "solver_version_length", "solver_version");
        refused(() -> solver("s", "1", -0.1, 1), "negative_residual_tolerance", "residual_tolerance_limit");
        refused(() -> solver("s", "1", 0.5, 0.4), "threshold_ordering", "singularity_threshold");
        assertThat(solver("x".repeat(200), "v".repeat(100), 0.5, 0.5).solverId()).hasSize(200);
        assertThat(solver("  s ", "1", 0, 0).solverId()).isEqualTo("s");
    }

    @Test
    void everyRuleNamesItsKind() {
        assertThat(new Affine("eV", "mm").kind()).isEqualTo("Affine");
        assertThat(solver("s", "1", 0, 0).kind()).isEqualTo("SolverReference");
        assertThat(new CompositePartition(PartitionKind.CoarseFirstFill, 2).kind()).isEqualTo("CompositePartition");
    }

    private static LookupTable lookup(UUID calibration, UUID revision, boolean invertible,
            Optional<AggregatorKind> readback) {
        return new LookupTable(calibration, revision, InterpolationKind.Linear, ExtrapolationKind.Clamp, invertible,
                readback, Optional.empty(), Optional.empty());
    }

    private static SolverReference solver(String id, String version, double residual, double threshold) {
        return new SolverReference(id, version, SolverTransportKind.ControllerAPI, residual, threshold, false,
                Optional.empty());
    }
}
