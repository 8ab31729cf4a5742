package org.cora.domain.control;

/**
 * The closed family of control-system failures. The Conductor records exactly these as step
 * failures; anything else is a bug or an infrastructure fault and propagates.
 */
public abstract sealed class ControlException extends Exception
        permits ControlNotConnectedError, ControlTimeoutError, ControlWriteRejectedError,
                ControlValueCoercionError, ControlAccessDeniedError, NoAdapterForAddressError,
                ControlWritesDisabledError, MalformedControlAddressError {

    private final String address;

    protected ControlException(String address, String message) {
        super(message);
        this.address = address;
    }

    protected ControlException(String address, String message, Throwable cause) {
        super(message, cause);
        this.address = address;
    }

    public String address() {
        return address;
    }

    public String errorClass() {
        return getClass().getSimpleName();
    }
}
