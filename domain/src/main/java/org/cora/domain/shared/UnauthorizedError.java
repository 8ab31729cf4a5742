package org.cora.domain.shared;

/** The principal may not issue this command. Nothing was appended. */
public final class UnauthorizedError extends DomainError {

    private final String principal;
    private final String commandName;

    public UnauthorizedError(String principal, String commandName, String reason) {
        super("Principal '" + principal + "' may not " + commandName + ": " + reason);
        this.principal = principal;
        this.commandName = commandName;
    }

    public String principal() {
        return principal;
    }

    public String commandName() {
        return commandName;
    }
}
