package org.cora.domain.shared;

/**
 * A refusal the domain names. {@link #errorClass()} is the stable name clients see in
 * {@code error_class}; every concrete subclass is mapped to an HTTP status by the HTTP adapter
 * (a fitness rule checks that none is forgotten).
 */
public abstract class DomainError extends RuntimeException {

    protected DomainError(String message) {
        super(message);
    }

    protected DomainError(String message, Throwable cause) {
        super(message, cause);
    }

    public String errorClass() {
        return getClass().getSimpleName();
    }
}
