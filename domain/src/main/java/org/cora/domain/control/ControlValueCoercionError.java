package org.cora.domain.control;

public final class ControlValueCoercionError extends ControlException {

    private final String rawType;
    private final String targetKind;

    public ControlValueCoercionError(String address, String rawType, String targetKind) {
        super(address, "Control address '" + address + "' cannot coerce " + rawType + " to " + targetKind);
        this.rawType = rawType;
        this.targetKind = targetKind;
    }

    public String rawType() {
        return rawType;
    }

    public String targetKind() {
        return targetKind;
    }
}
