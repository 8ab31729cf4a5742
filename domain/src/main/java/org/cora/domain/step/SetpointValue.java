package org.cora.domain.step;

import org.cora.domain.json.Json;

/** What a setpoint writes: a literal, or a value captured earlier in the same conduct. */
public sealed interface SetpointValue {

    /** A number, boolean, string, or an array of those. */
    record Literal(Json value) implements SetpointValue {
        public Literal {
            requireWritable(value, "value");
        }

        private static void requireWritable(Json value, String path) {
            switch (value) {
                case Json.Num n -> { }
                case Json.Bool b -> { }
                case Json.Str s -> { }
                case Json.Arr a -> a.items().forEach(item -> requireWritable(item, path + "[]"));
                case Json.Null n -> throw new InvalidStepError(path + " must not be null");
                case Json.Obj o -> throw new InvalidStepError(
                        path + " must be a number, boolean, string or array, not an object");
            }
        }
    }

    /** The value of the capture named {@code captureName}, taken earlier in this conduct. */
    record CaptureRef(String captureName) implements SetpointValue {
        public CaptureRef {
            captureName = StepText.required("capture name", captureName);
        }
    }

    static SetpointValue of(Json literal) {
        return new Literal(literal);
    }
}
