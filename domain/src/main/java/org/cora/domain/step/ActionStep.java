package org.cora.domain.step;

import java.util.Objects;
import org.cora.domain.json.Json;

/** Run a deployment-registered action body by name (an acquisition, a count, a fly scan). */
public record ActionStep(String name, Json.Obj params) implements Step {

    public ActionStep {
        name = StepText.required("name", name);
        Objects.requireNonNull(params, "params");
    }

    @Override public String kind() { return "action"; }

    @Override public String target() { return name; }
}
