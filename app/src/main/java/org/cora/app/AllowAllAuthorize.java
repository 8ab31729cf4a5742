package org.cora.app;

import org.cora.application.port.Authorize;

/** Allows every principal every command: the development policy until real policies arrive. */
final class AllowAllAuthorize implements Authorize {

    @Override
    public void authorize(String principal, String commandName) {
        // Deliberately allows everything; the start-up log says so.
    }
}
