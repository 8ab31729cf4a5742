package org.cora.domain.step;

/** Read a finite number into this conduct's captures, for a later setpoint to restore. */
public record CaptureStep(String address, String captureName) implements Step {

    public CaptureStep {
        address = StepText.address(address);
        captureName = StepText.required("capture_name", captureName);
    }

    @Override public String kind() { return "capture"; }

    @Override public String target() { return address; }
}
