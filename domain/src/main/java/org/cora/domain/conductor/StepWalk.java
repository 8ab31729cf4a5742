package org.cora.domain.conductor;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlPort;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureHoldPendingError;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;
import org.cora.domain.step.ActionStep;
import org.cora.domain.step.CaptureStep;
import org.cora.domain.step.CheckStep;
import org.cora.domain.step.SetpointStep;
import org.cora.domain.step.SetpointValue;
import org.cora.domain.step.Step;
import org.cora.domain.step.StepWireCodec;

/**
 * One walk through a step list: runs each step, journals its outcome row with the absolute
 * {@code step_index}, and keeps this conduct's captures. Not shared between conducts.
 */
final class StepWalk {

    static final String UNKNOWN_ACTION = "UnknownActionError";
    static final String CHECK_FAILED = "CheckFailedError";
    static final String UNRESOLVED_CAPTURE_REF = "UnresolvedCaptureRef";
    static final String DUPLICATE_CAPTURE = "DuplicateCapture";
    static final String COERCION = "ControlValueCoercionError";

    private final ConductCall call;
    private final ControlPort port;
    private final StepJournal journal;
    private final Clock clock;
    private final IdGenerator ids;
    private final ActionRegistry actions;
    private final Duration writeTimeout;
    private final Map<String, Json> captures;

    StepWalk(ConductCall call, ControlPort port, StepJournal journal, Clock clock, IdGenerator ids,
             ActionRegistry actions, Duration writeTimeout, Map<String, Json> restoredCaptures) {
        this.call = call;
        this.port = port;
        this.journal = journal;
        this.clock = clock;
        this.ids = ids;
        this.actions = actions;
        this.writeTimeout = writeTimeout;
        this.captures = new HashMap<>(restoredCaptures);
    }

    /** Runs the step at {@code index}; empty when it recorded {@code ok}, else the recorded failure. */
    Optional<ConductorFailure> run(int index, Step step) {
        return switch (step) {
            case SetpointStep s -> setpoint(index, s);
            case ActionStep a -> action(index, a);
            case CheckStep c -> check(index, c);
            case CaptureStep c -> capture(index, c);
        };
    }

    private Optional<ConductorFailure> setpoint(int index, SetpointStep step) {
        Json.ObjBuilder body = Json.Obj.builder().put("address", step.address());
        Json value;
        if (step.value() instanceof SetpointValue.CaptureRef ref) {
            value = captures.get(ref.captureName());
            if (value == null) {
                body.put("capture_ref", ref.captureName());
                return failed(index, step, step.target(), body, UNRESOLVED_CAPTURE_REF, "capture '"
                        + ref.captureName() + "' was not taken earlier in this conduct; nothing was written");
            }
            body.put("value", value).put("capture_ref", ref.captureName());
        } else {
            value = ((SetpointValue.Literal) step.value()).value();
            body.put("value", value);
        }
        inFlight(index, step, body);
        try {
            port.write(step.address(), value, true, writeTimeout);
        } catch (ControlException e) {
            return failed(index, step, step.target(), body, e.errorClass(), e.getMessage());
        }
        if (step.verify()) {
            verify(step.address(), body);
        }
        return ok(index, step, body);
    }

    /** Observational only: a failed or non-Good read-back never fails the setpoint. */
    private void verify(String address, Json.ObjBuilder body) {
        try {
            body.put("post_reading", port.read(address).toPayload());
        } catch (ControlException e) {
            body.put("post_read_error", Json.Obj.builder()
                    .put("error_class", e.errorClass()).put("message", e.getMessage()).build());
        }
    }

    private Optional<ConductorFailure> action(int index, ActionStep step) {
        Json.ObjBuilder body = Json.Obj.builder().put("name", step.name()).put("params", step.params());
        inFlight(index, step, body);
        Optional<ActionBody> action = actions.lookup(step.name());
        if (action.isEmpty()) {
            return failed(index, step, step.target(), body, UNKNOWN_ACTION,
                    "No action body registered for '" + step.name() + "'");
        }
        try {
            Json.Obj result = action.get().run(new ActionContext(port, clock, step.params()));
            body.put("result_data", result == null ? Json.Obj.EMPTY : result);
        } catch (ControlException e) {
            return failed(index, step, step.target(), body, e.errorClass(), e.getMessage());
        }
        return ok(index, step, body);
    }

    private Optional<ConductorFailure> check(int index, CheckStep step) {
        Json.ObjBuilder body = Json.Obj.builder().put("address", step.address())
                .put("criterion", StepWireCodec.criterionToPayload(step.criterion()));
        Measurement reading;
        try {
            reading = port.read(step.address());
        } catch (ControlException e) {
            return failed(index, step, step.target(), body, e.errorClass(), e.getMessage());
        }
        body.put("reading", reading.toPayload());
        Optional<String> why = reading.quality() != Quality.Good
                ? Optional.of("quality=" + reading.quality())
                : step.criterion().mismatch(reading.value());
        if (why.isPresent()) {
            return failed(index, step, step.target(), body, CHECK_FAILED,
                    "Check at '" + step.address() + "' failed: " + why.get());
        }
        return ok(index, step, body);
    }

    private Optional<ConductorFailure> capture(int index, CaptureStep step) {
        Json.ObjBuilder body = Json.Obj.builder().put("address", step.address()).put("capture_name", step.captureName());
        if (captures.containsKey(step.captureName())) {
            return failed(index, step, step.captureName(), body, DUPLICATE_CAPTURE,
                    "capture '" + step.captureName() + "' was already taken in this conduct");
        }
        Measurement reading;
        try {
            reading = port.read(step.address());
        } catch (ControlException e) {
            return failed(index, step, step.target(), body, e.errorClass(), e.getMessage());
        }
        body.put("reading", reading.toPayload());
        if (reading.quality() != Quality.Good) {
            return failed(index, step, step.target(), body, CHECK_FAILED,
                    "Capture at '" + step.address() + "' failed: quality=" + reading.quality());
        }
        if (!(reading.value() instanceof Json.Num)) {
            return failed(index, step, step.target(), body, COERCION,
                    "Capture at '" + step.address() + "' needs a finite number, read " + reading.value());
        }
        captures.put(step.captureName(), reading.value());
        body.put("captured_value", reading.value());
        return ok(index, step, body);
    }

    /**
     * The pre-effect marker: durable before the effect starts, so a crash mid-effect leaves a row
     * naming the interrupted step. A journal that refuses it because a hold is pending stops the
     * walk here, before any effect.
     */
    private void inFlight(int index, Step step, Json.ObjBuilder body) {
        Json.Obj marker = body.build().with("step_index", Json.num(index)).with("result", Json.str("in_flight"));
        try {
            journal.record(call, new StepRecord(ids.newId(), step.kind(), marker, clock.now()));
        } catch (ProcedureHoldPendingError pending) {
            throw new HoldAtBoundary(pending.reason());
        }
    }

    private Optional<ConductorFailure> ok(int index, Step step, Json.ObjBuilder body) {
        record(step, body.put("step_index", index).put("result", "ok"));
        return Optional.empty();
    }

    private Optional<ConductorFailure> failed(int index, Step step, String target, Json.ObjBuilder body,
                                              String errorClass, String message) {
        record(step, body.put("step_index", index).put("result", "failed")
                .put("error_class", errorClass).put("message", message));
        return Optional.of(new ConductorFailure(index, step.kind(), target, errorClass, message));
    }

    private void record(Step step, Json.ObjBuilder payload) {
        Instant now = clock.now();
        journal.record(call, new StepRecord(ids.newId(), step.kind(), payload.build(), now));
    }
}
