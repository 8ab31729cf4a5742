package org.cora.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * given(events) / when(decision) / then(events or error) for any aggregate with a fold: the
 * decision sees the folded history, and decided events must fold on top of it.
 */
public final class AggregateScenario<S, E> {

    private final Function<List<E>, S> fold;
    private final List<E> history;

    private AggregateScenario(Function<List<E>, S> fold, List<E> history) {
        this.fold = fold;
        this.history = List.copyOf(history);
    }

    public static <S, E> AggregateScenario<S, E> given(Function<List<E>, S> fold, List<E> history) {
        return new AggregateScenario<>(fold, history);
    }

    public When when(Function<S, List<E>> decision) {
        return new When(decision);
    }

    public final class When {
        private final Function<S, List<E>> decision;

        private When(Function<S, List<E>> decision) {
            this.decision = decision;
        }

        /** The decision emits exactly {@code expected} (nothing when empty); returns the state after them. */
        @SafeVarargs
        public final S then(E... expected) {
            List<E> decided = decision.apply(fold.apply(history));
            assertThat(decided).containsExactly(expected);
            List<E> all = new ArrayList<>(history);
            all.addAll(decided);
            return fold.apply(all);
        }

        public <X extends Throwable> X thenRefused(Class<X> type) {
            Throwable thrown = catchThrowable(() -> decision.apply(fold.apply(history)));
            assertThat(thrown).isInstanceOf(type);
            return type.cast(thrown);
        }
    }
}
