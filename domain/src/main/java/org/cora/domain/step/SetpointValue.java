package org.cora.domain.step;

import org.cora.domain.json.Json;

/** What a setpoint writes: a literal, or a value captured earlier in the same conduct. */
public sealed interface SetpointValue {

    /** A number, boolean, string, or an array of those. */
    record Literal(Json value) implements SetpointValue {
        public Literal {
            requireWritable(value, "value");
        }
    }

    /** The value of the capture named {@code captureName}, taken earlier in this conduct. */
    record CaptureRef(String captureName) implements SetpointValue {
        public CaptureRef {
            captureName = StepText.required("capture name", captureName);
        }
    }

    /** A number, boolean, string, or an array of those (nested arrays included); {@code path} names it in the error. */
    static void requireWritable(Json value, String path) {
        switch (value) {
            case Json.Num n -> { }
            case Json.Bool b -> { }
            case Json.Str s -> { }
            case Json.Arr a -> {
                for (int i = 0; i < a.items().size(); i++) {
                    requireWritable(a.items().get(i), path + "[" + i + "]");
                }
            }
            case Json.Null n -> throw new InvalidStepError(path + " must not be null");
            case Json.Obj o -> throw new InvalidStepError(
                    path + " must be a number, boolean, string or array, not an object");
        }
    }

    static SetpointValue of(Json literal) {
        return new Literal(literal);
    }
}
