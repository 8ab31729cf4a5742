package org.cora.app.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a principal may do, as the tokens file names it: {@code viewer}, {@code operator}, {@code author}. */
public enum Role {
    VIEWER, OPERATOR, AUTHOR;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromWireName(String name) {
        return Arrays.stream(values()).filter(role -> role.wireName().equals(name)).findFirst();
    }

    /** Whether this role may issue the command or query of that name (see {@link RoleTable}). */
    public boolean allows(String commandName) {
        return RoleTable.commandsOf(this).contains(commandName);
    }
}
