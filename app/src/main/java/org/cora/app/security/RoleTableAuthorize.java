package org.cora.app.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cora.application.port.Authorize;
import org.cora.domain.shared.UnauthorizedError;

/**
 * The production policy: a principal may issue a command iff one of its roles allows it in the
 * {@link RoleTable}. A principal without roles (no token names it) may issue nothing. Each command a
 * conduct issues on the way (start, append activities, complete, abort, hold, resume) is asked
 * about separately by its own handler.
 */
public final class RoleTableAuthorize implements Authorize {

    private final Map<String, Set<Role>> rolesByPrincipal;

    public RoleTableAuthorize(Map<String, Set<Role>> rolesByPrincipal) {
        this.rolesByPrincipal = Map.copyOf(rolesByPrincipal);
    }

    /** The roles of the tokens' principals, and of the service's own ({@link RoleTable#SERVICE_PRINCIPALS}). */
    public static RoleTableAuthorize of(KnownTokens tokens) {
        Map<String, Set<Role>> roles = new HashMap<>(tokens.rolesByPrincipal());
        roles.putAll(RoleTable.SERVICE_PRINCIPALS);
        return new RoleTableAuthorize(roles);
    }

    @Override
    public void authorize(String principal, String commandName) {
        Set<Role> roles = rolesByPrincipal.getOrDefault(principal, Set.of());
        if (roles.stream().noneMatch(role -> role.allows(commandName))) {
            throw new UnauthorizedError(principal, commandName, reason(roles, commandName));
        }
    }

    private static String reason(Set<Role> roles, String commandName) {
        List<Role> allowing = RoleTable.rolesAllowing(commandName);
        String needs = allowing.isEmpty() ? "no role allows it"
                : "it needs the role " + allowing.stream().map(Role::wireName).collect(Collectors.joining(" or "));
        return roles.isEmpty() ? "the principal has no roles; " + needs
                : "its roles (" + roles.stream().sorted().map(Role::wireName).collect(Collectors.joining(", "))
                        + ") do not allow it; " + needs;
    }
}
