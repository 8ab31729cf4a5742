package org.cora.domain.testing;

import java.math.BigDecimal;
import java.util.Random;
import org.cora.domain.json.Json;
import org.cora.domain.step.ActionStep;
import org.cora.domain.step.CaptureStep;
import org.cora.domain.step.CheckCriterion;
import org.cora.domain.step.CheckStep;
import org.cora.domain.step.EqualsCriterion;
import org.cora.domain.step.SetpointStep;
import org.cora.domain.step.SetpointValue;
import org.cora.domain.step.Step;
import org.cora.domain.step.WithinToleranceCriterion;

/** Seeded generators of steps of every kind and shape. */
public final class RandomSteps {

    private RandomSteps() {
    }

    /** Any step the pinned wire form holds: every kind, capture references included. */
    public static Step pinned(Random r) {
        return switch (r.nextInt(9)) {
            case 0 -> new SetpointStep(RandomJson.name(r), new SetpointValue.Literal(RandomJson.number(r)), r.nextBoolean());
            case 1 -> new SetpointStep(RandomJson.name(r), new SetpointValue.Literal(RandomJson.literal(r, 3)), r.nextBoolean());
            case 2 -> new SetpointStep(RandomJson.name(r), new SetpointValue.Literal(Json.bool(r.nextBoolean())), r.nextBoolean());
            case 3 -> new SetpointStep(RandomJson.name(r), new SetpointValue.Literal(Json.str(RandomJson.text(r))), r.nextBoolean());
            case 4 -> new SetpointStep(RandomJson.name(r), new SetpointValue.CaptureRef(RandomJson.name(r)), r.nextBoolean());
            case 5 -> action(r);
            case 6, 7 -> check(r);
            default -> new CaptureStep(RandomJson.name(r), RandomJson.name(r));
        };
    }

    /** Any step a conduct request may carry: setpoint (literal), action, check. */
    public static Step requestable(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> new SetpointStep(RandomJson.name(r), new SetpointValue.Literal(RandomJson.literal(r, 3)), r.nextBoolean());
            case 1 -> action(r);
            default -> check(r);
        };
    }

    public static ActionStep action(Random r) {
        return new ActionStep(RandomJson.name(r), RandomJson.object(r, 3));
    }

    public static CheckStep check(Random r) {
        return new CheckStep(RandomJson.name(r), criterion(r));
    }

    public static CheckCriterion criterion(Random r) {
        if (r.nextBoolean()) {
            return new EqualsCriterion(RandomJson.literal(r, 2));
        }
        BigDecimal expected = RandomJson.number(r).value();
        BigDecimal tolerance = BigDecimal.valueOf(r.nextInt(10_000), r.nextInt(5));
        return new WithinToleranceCriterion(expected, tolerance);
    }
}
