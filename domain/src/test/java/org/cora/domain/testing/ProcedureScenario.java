package org.cora.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvolver;

/**
 * given(events) / when(decision) / then(events or error) for the Procedure aggregate. The
 * decision sees the folded history; decided events must fold on top of it.
 */
public final class ProcedureScenario {

    private ProcedureScenario() {
    }

    public static Given given(ProcedureEvent... history) {
        return new Given(List.of(history));
    }

    public static Given given(List<ProcedureEvent> history) {
        return new Given(List.copyOf(history));
    }

    public static Given givenNoHistory() {
        return new Given(List.of());
    }

    public record Given(List<ProcedureEvent> history) {

        public When when(Function<Procedure, List<ProcedureEvent>> decision) {
            return new When(history, decision);
        }
    }

    public record When(List<ProcedureEvent> history, Function<Procedure, List<ProcedureEvent>> decision) {

        /** The decision emits exactly {@code expected}, and they fold on top of the history. */
        public Procedure then(ProcedureEvent... expected) {
            List<ProcedureEvent> decided = decision.apply(ProcedureEvolver.fold(history));
            assertThat(decided).containsExactly(expected);
            List<ProcedureEvent> all = new ArrayList<>(history);
            all.addAll(Arrays.asList(expected));
            return ProcedureEvolver.fold(all);
        }

        /** The decision is refused with an error of {@code type}, which is returned for further checks. */
        public <E extends Throwable> E thenRefused(Class<E> type) {
            Throwable thrown = catchThrowable(() -> decision.apply(ProcedureEvolver.fold(history)));
            assertThat(thrown).isInstanceOf(type);
            return type.cast(thrown);
        }
    }
}
