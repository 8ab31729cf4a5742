package org.cora.domain.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.control.ActuationKind.Hybrid;
import static org.cora.domain.control.ActuationKind.Physical;
import static org.cora.domain.control.ActuationKind.Simulated;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActuationKindTest {

    private static List<ActuationKind> everyKindAndNone() {
        List<ActuationKind> kinds = new ArrayList<>(Arrays.asList(ActuationKind.values()));
        kinds.add(null);
        return kinds;
    }

    @Test
    void noneIsTheIdentityOfMerge() {
        for (ActuationKind kind : everyKindAndNone()) {
            assertThat(ActuationKind.merge(null, kind)).isEqualTo(kind);
            assertThat(ActuationKind.merge(kind, null)).isEqualTo(kind);
        }
    }

    @Test
    void equalKindsMergeToThemselves() {
        for (ActuationKind kind : ActuationKind.values()) {
            assertThat(ActuationKind.merge(kind, kind)).isEqualTo(kind);
        }
    }

    @Test
    void differentKindsOrAnythingWithHybridMergeToHybrid() {
        assertThat(ActuationKind.merge(Physical, Simulated)).isEqualTo(Hybrid);
        assertThat(ActuationKind.merge(Simulated, Physical)).isEqualTo(Hybrid);
        assertThat(ActuationKind.merge(Hybrid, Physical)).isEqualTo(Hybrid);
        assertThat(ActuationKind.merge(Simulated, Hybrid)).isEqualTo(Hybrid);
    }

    @Test
    void mergeIsCommutativeAndAssociative() {
        for (ActuationKind a : everyKindAndNone()) {
            for (ActuationKind b : everyKindAndNone()) {
                assertThat(ActuationKind.merge(a, b)).isEqualTo(ActuationKind.merge(b, a));
                for (ActuationKind c : everyKindAndNone()) {
                    assertThat(ActuationKind.merge(ActuationKind.merge(a, b), c))
                            .isEqualTo(ActuationKind.merge(a, ActuationKind.merge(b, c)));
                }
            }
        }
    }

    @Test
    void noObservationCollapsesToNone() {
        assertThat(ActuationKind.collapse(List.of())).isNull();
    }

    @Test
    void observationsCollapseToTheirCommonKindOrHybridWhenMixed() {
        assertThat(ActuationKind.collapse(List.of(Simulated, Simulated, Simulated))).isEqualTo(Simulated);
        assertThat(ActuationKind.collapse(List.of(Physical))).isEqualTo(Physical);
        assertThat(ActuationKind.collapse(List.of(Physical, Physical, Simulated))).isEqualTo(Hybrid);
    }

    @Test
    void theWireNameParsesBackAndNoneStaysNone() {
        for (ActuationKind kind : ActuationKind.values()) {
            assertThat(ActuationKind.parse(kind.name())).isEqualTo(kind);
        }
        assertThat(ActuationKind.parse(null)).isNull();
    }
}
