package org.cora.domain.step;

/** One thing a Procedure does. Closed: the Conductor and the wire codec handle every arm. */
public sealed interface Step permits SetpointStep, ActionStep, CheckStep, CaptureStep {

    /** The journal's {@code step_kind}: {@code setpoint}, {@code action}, {@code check}, {@code capture}. */
    String kind();

    /** What a failure names as its {@code target}: the address, the action name. */
    String target();
}
