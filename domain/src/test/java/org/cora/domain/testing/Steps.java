package org.cora.domain.testing;

import java.math.BigDecimal;
import org.cora.domain.json.Json;
import org.cora.domain.step.ActionStep;
import org.cora.domain.step.CaptureStep;
import org.cora.domain.step.CheckStep;
import org.cora.domain.step.EqualsCriterion;
import org.cora.domain.step.SetpointStep;
import org.cora.domain.step.SetpointValue;
import org.cora.domain.step.WithinToleranceCriterion;

/** Step builders that read like the step list of a Procedure. */
public final class Steps {

    private Steps() {
    }

    public static SetpointStep setpoint(String address, double value) {
        return setpoint(address, Json.num(value));
    }

    public static SetpointStep setpoint(String address, Json value) {
        return new SetpointStep(address, new SetpointValue.Literal(value), false);
    }

    public static SetpointStep verifiedSetpoint(String address, double value) {
        return new SetpointStep(address, new SetpointValue.Literal(Json.num(value)), true);
    }

    public static SetpointStep restore(String address, String captureName) {
        return new SetpointStep(address, new SetpointValue.CaptureRef(captureName), false);
    }

    public static ActionStep action(String name) {
        return new ActionStep(name, Json.Obj.EMPTY);
    }

    public static ActionStep action(String name, Json.Obj params) {
        return new ActionStep(name, params);
    }

    public static CheckStep checkEquals(String address, Json expected) {
        return new CheckStep(address, new EqualsCriterion(expected));
    }

    public static CheckStep checkWithin(String address, String expected, String tolerance) {
        return new CheckStep(address, new WithinToleranceCriterion(new BigDecimal(expected), new BigDecimal(tolerance)));
    }

    public static CaptureStep capture(String address, String captureName) {
        return new CaptureStep(address, captureName);
    }
}
