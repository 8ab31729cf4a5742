package org.cora.domain.procedure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cora.domain.json.CanonicalJson;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureEvent.ProcedureStarted;
import org.cora.domain.procedure.ProcedureEvent.ResolvedStepsRecorded;
import org.cora.domain.step.Step;
import org.cora.domain.step.StepWireCodec;

/**
 * The pin of a conduct: the fully resolved step list, recorded before the first step runs so a
 * resume replays exactly what was conducted instead of re-deriving it.
 */
public final class ResolvedStepsPin {

    private ResolvedStepsPin() {
    }

    /**
     * One {@code ResolvedStepsRecorded} (with the SHA-256 of its canonical JSON) when the Procedure
     * is Defined; nothing otherwise, so that conducting a Running or finished Procedure surfaces as
     * the start's lifecycle refusal.
     */
    public static List<ProcedureEvent> decide(Procedure state, List<Step> resolvedSteps, Instant now) {
        return decide(state, resolvedSteps, List.of(), now);
    }

    /** As {@link #decide(Procedure, List, Instant)}, recording how pseudo-axis setpoints were derived. */
    public static List<ProcedureEvent> decide(Procedure state, List<Step> resolvedSteps, List<Json.Obj> derivations,
                                              Instant now) {
        if (state == null || !ProcedureTransitions.PINNABLE_IN.contains(state.status())) {
            return List.of();
        }
        Json.Arr wire = StepWireCodec.toPayloads(resolvedSteps);
        return List.of(new ResolvedStepsRecorded(state.id(), wire, resolvedSteps.size(), CanonicalJson.sha256(wire),
                new Json.Arr(List.copyOf(derivations)), now));
    }

    /**
     * The steps of the conduct that actually started: the last pin before {@code ProcedureStarted}
     * (a pin whose start was refused is not it), verified against its digest.
     */
    public static List<Step> ofStartedConduct(ProcedureId id, List<ProcedureEvent> events) {
        ResolvedStepsRecorded pin = lastPinBeforeStart(events).orElseThrow(() -> new ResolvedStepsRecordNotFoundError(id));
        String computed = CanonicalJson.sha256(pin.resolvedSteps());
        if (!computed.equals(pin.resolvedStepsDigest())) {
            throw new ResolvedStepsDigestMismatchError(id, pin.resolvedStepsDigest(), computed);
        }
        return StepWireCodec.fromPayloads(pin.resolvedSteps(), "resolved_steps");
    }

    private static Optional<ResolvedStepsRecorded> lastPinBeforeStart(List<ProcedureEvent> events) {
        ResolvedStepsRecorded last = null;
        for (ProcedureEvent event : events) {
            if (event instanceof ProcedureStarted) {
                return Optional.ofNullable(last);
            }
            if (event instanceof ResolvedStepsRecorded pin) {
                last = pin;
            }
        }
        return Optional.empty();
    }
}
