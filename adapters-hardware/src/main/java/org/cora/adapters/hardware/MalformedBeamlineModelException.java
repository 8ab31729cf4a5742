package org.cora.adapters.hardware;

/**
 * A simulated-beamline model file that cannot be used. The message starts with the path of the
 * offending entry, for example {@code addresses.sim:m1.low must be a number}.
 */
public final class MalformedBeamlineModelException extends IllegalArgumentException {

    public MalformedBeamlineModelException(String message) {
        super(message);
    }

    public MalformedBeamlineModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
