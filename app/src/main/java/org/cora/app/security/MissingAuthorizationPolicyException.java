package org.cora.app.security;

/** Neither a tokens file nor development mode: Cora will not guess who may do what, and does not start. */
public final class MissingAuthorizationPolicyException extends RuntimeException {

    public MissingAuthorizationPolicyException(String message) {
        super(message);
    }
}
