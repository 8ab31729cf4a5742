package org.cora.domain.features.definecapability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.cora.domain.capability.Capability;
import org.cora.domain.capability.CapabilityAlreadyExistsError;
import org.cora.domain.capability.CapabilityEvent;
import org.cora.domain.capability.CapabilityEvent.CapabilityDefined;
import org.cora.domain.capability.CapabilityId;
import org.cora.domain.capability.ExecutorShape;
import org.cora.domain.capability.InvalidCapabilityCodeError;
import org.cora.domain.capability.InvalidCapabilityExecutorShapesError;
import org.cora.domain.capability.InvalidCapabilityNameError;
import org.cora.domain.capability.ParametersSchema;
import org.cora.domain.shared.BoundedText;

/**
 * Invariants, in order: the code is a dotted lower-case name ({@code cora.capability.scan}) of
 * 1..200 characters; the name is 1..200 characters trimmed; the parameters schema is an object
 * schema; the executor shapes are a non-empty subset of {Method, Procedure}; the stream of
 * {@code newId} is empty. Emits one {@code CapabilityDefined}.
 */
public final class DefineCapabilityDecider {

    public static final int CODE_MAX = 200;
    public static final int NAME_MAX = 200;
    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+");

    private DefineCapabilityDecider() {
    }

    public static List<CapabilityEvent> decide(Capability state, DefineCapabilityCommand command, CapabilityId newId,
                                               Instant now) {
        String code = command.code();
        if (code == null || code.length() > CODE_MAX || !CODE.matcher(code).matches()) {
            throw new InvalidCapabilityCodeError("Capability code must be a dotted lower-case name of 1.."
                    + CODE_MAX + " characters such as 'cora.capability.scan', got " + BoundedText.describe(code));
        }
        String name = BoundedText.trimmed(command.name(), NAME_MAX).orElseThrow(() -> new InvalidCapabilityNameError(
                "Capability name must be 1.." + NAME_MAX + " characters after trimming, got "
                        + BoundedText.describe(command.name())));
        ParametersSchema.require(command.parametersSchema());
        List<ExecutorShape> shapes = shapes(command.executorShapes());
        if (state != null) {
            throw new CapabilityAlreadyExistsError(newId);
        }
        return List.of(new CapabilityDefined(newId, code, name, command.parametersSchema(), shapes, now));
    }

    private static List<ExecutorShape> shapes(List<String> raw) {
        if (raw.isEmpty()) {
            throw new InvalidCapabilityExecutorShapesError("executor_shapes must name at least one of "
                    + Arrays.toString(ExecutorShape.values()));
        }
        List<ExecutorShape> shapes = new ArrayList<>();
        for (String shape : raw) {
            shapes.add(Arrays.stream(ExecutorShape.values()).filter(s -> s.name().equals(shape)).findFirst()
                    .orElseThrow(() -> new InvalidCapabilityExecutorShapesError("unknown executor shape '" + shape
                            + "' (known: " + Arrays.toString(ExecutorShape.values()) + ")")));
        }
        return shapes;
    }
}
