package org.cora.application.idempotency;

import org.cora.application.port.CreatedResponse;

/** The answer to a keyed create, and whether it is the first one given again rather than a new create. */
public record CreateAnswer(CreatedResponse response, boolean replayed) {
}
