package org.cora.app.security;

import org.cora.application.port.Authorize;

/** Allows every principal every command: development mode only, and the start-up log says so. */
final class AllowAllAuthorize implements Authorize {

    @Override
    public void authorize(String principal, String commandName) {
        // Deliberately allows everything; see AccessMode for when this policy is wired.
    }
}
