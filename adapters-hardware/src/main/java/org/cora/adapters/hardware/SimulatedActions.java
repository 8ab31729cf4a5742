package org.cora.adapters.hardware;

import java.util.Map;
import org.cora.domain.conductor.ActionBody;
import org.cora.domain.conductor.ActionContext;
import org.cora.domain.conductor.ActionRegistry;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.json.Json;

/**
 * The actions of a beamline model without an {@code actions:} section ({@link ActionCatalog#defaults()}):
 * {@code count} on {@code sim:det}, written against any control port whose detectors follow the
 * simulated detector's addresses ({@code <prefix>:acquire_time}, {@code :acquire}, {@code :counts},
 * {@code :frame}).
 */
public final class SimulatedActions {

    public static final String COUNT = ActionCatalog.COUNT;
    public static final String DEFAULT_DETECTOR = ActionCatalog.DEFAULT_DETECTOR;

    private static final DetectorCountAction COUNT_ON_DEFAULT_DETECTOR = new DetectorCountAction(DEFAULT_DETECTOR, null);

    private SimulatedActions() {
    }

    /** The bodies by action name, for a deployment that combines them with its own. */
    public static Map<String, ActionBody> bodies() {
        return ActionCatalog.defaults().bodies();
    }

    public static ActionRegistry registry() {
        return ActionCatalog.defaults().registry();
    }

    /**
     * Counts on a detector. Params: {@code detector} (a prefix, default {@code sim:det}) and
     * {@code seconds} (a number > 0, required); any other param is refused. Sets the exposure,
     * starts the count and waits for it (up to seconds + 10 s), then reads counts and frame.
     * Returns {@code {"detector", "seconds", "counts", "frame"}}.
     *
     * <p>Action bodies may only fail with a {@link ControlException}, so bad params are refused as
     * the write they would have made: a {@link ControlWriteRejectedError} on
     * {@code <detector>:acquire_time} ({@code seconds must be > 0}), or on the raw value when
     * {@code detector} is not a string. Nothing is written then.
     */
    public static Json.Obj count(ActionContext context) throws ControlException {
        return COUNT_ON_DEFAULT_DETECTOR.run(context);
    }
}
