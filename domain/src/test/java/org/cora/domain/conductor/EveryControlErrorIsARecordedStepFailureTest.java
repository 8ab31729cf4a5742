package org.cora.domain.conductor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.ConductorRig.CALL;

import java.lang.reflect.Constructor;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.cora.domain.control.ControlException;
import org.cora.domain.json.Json;
import org.cora.domain.testing.ConductorRig;
import org.cora.domain.testing.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fitness rule (reference 4.4): the Conductor records every member of the sealed
 * {@link ControlException} family as a step failure, never lets one escape. A new permitted
 * subclass is picked up here without editing this test.
 */
class EveryControlErrorIsARecordedStepFailureTest {

    private static final String ADDRESS = "2bma:rot:val";

    static Stream<Class<?>> everyControlError() {
        return Arrays.stream(ControlException.class.getPermittedSubclasses());
    }

    /** Builds one instance through its first public constructor, giving the address to the first String. */
    static ControlException instantiate(Class<?> type) throws ReflectiveOperationException {
        Constructor<?> constructor = Arrays.stream(type.getConstructors())
                .min((a, b) -> Integer.compare(a.getParameterCount(), b.getParameterCount()))
                .orElseThrow(() -> new AssertionError(type.getSimpleName() + " has no public constructor: "
                        + "give it one, or teach this test how to build it"));
        Class<?>[] parameters = constructor.getParameterTypes();
        Object[] arguments = new Object[parameters.length];
        boolean addressGiven = false;
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] == String.class) {
                arguments[i] = addressGiven ? "detail-" + i : ADDRESS;
                addressGiven = true;
            } else if (parameters[i] == Duration.class) {
                arguments[i] = Duration.ofSeconds(3);
            } else if (parameters[i].isEnum()) {
                arguments[i] = parameters[i].getEnumConstants()[0];
            } else if (!parameters[i].isPrimitive()) {
                arguments[i] = null;
            } else {
                throw new AssertionError("teach this test to build a " + parameters[i] + " for " + type.getSimpleName());
            }
        }
        return (ControlException) constructor.newInstance(arguments);
    }

    @Test
    void theFamilyIsTheClosedSetOfTheReference() {
        assertThat(everyControlError().map(Class::getSimpleName)).containsExactlyInAnyOrder(
                "ControlNotConnectedError", "ControlTimeoutError", "ControlWriteRejectedError",
                "ControlValueCoercionError", "ControlAccessDeniedError", "NoAdapterForAddressError",
                "ControlWritesDisabledError", "MalformedControlAddressError");
    }

    @ParameterizedTest
    @MethodSource("everyControlError")
    void aWriteFailingWithThisControlErrorIsRecordedNotPropagated(Class<?> type) throws Exception {
        ControlException error = instantiate(type);
        ConductorRig rig = new ConductorRig();
        rig.port.failingWrites(ADDRESS, error);

        ConductorResult result = rig.conductor().conduct(CALL, List.of(Steps.setpoint(ADDRESS, 1)));

        assertThat(result.failure()).isEqualTo(new ConductorFailure(0, "setpoint", ADDRESS, type.getSimpleName(),
                error.getMessage()));
        assertThat(rig.journal.results()).containsExactly("in_flight", "failed");
        assertThat(rig.journal.lastPayload().get("error_class")).contains(Json.str(type.getSimpleName()));
        assertThat(rig.journal.lastPayload().get("message")).contains(Json.str(error.getMessage()));
        assertThat(rig.lifecycle.phases()).containsExactly("start", "abort");
        assertThat(error.address()).isEqualTo(ADDRESS);
        assertThat(error.getMessage()).contains(ADDRESS);
    }

    @ParameterizedTest
    @MethodSource("everyControlError")
    void aReadFailingWithThisControlErrorIsRecordedNotPropagated(Class<?> type) throws Exception {
        ControlException error = instantiate(type);
        ConductorRig rig = new ConductorRig();
        rig.port.failingReads(ADDRESS, error);

        ConductorResult result = rig.conductor().execute(CALL, List.of(Steps.checkEquals(ADDRESS, Json.num(1))));

        assertThat(result.failure().errorClass()).isEqualTo(type.getSimpleName());
        assertThat(result.failure().sourceKind()).isEqualTo("check");
        assertThat(rig.journal.indexedResults()).containsExactly("0:failed");
    }
}
