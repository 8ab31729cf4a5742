package org.cora.application.port;

import java.util.Objects;
import org.cora.domain.json.Json;

/** What a create answered: its status, where the new aggregate lives (null if nowhere) and the body. */
public record CreatedResponse(int status, String location, Json.Obj body) {

    public CreatedResponse {
        Objects.requireNonNull(body, "body");
    }
}
