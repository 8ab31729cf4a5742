package org.cora.application.port;

/**
 * Whether a principal may issue a command, by its name ({@code ConductProcedure},
 * {@code StartProcedure}, ...). Every handler asks before it loads or appends anything.
 */
public interface Authorize {

    /** Returns when allowed; throws {@link org.cora.domain.shared.UnauthorizedError} otherwise. */
    void authorize(String principal, String commandName);
}
