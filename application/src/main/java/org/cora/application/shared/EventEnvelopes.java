package org.cora.application.shared;

import java.time.Instant;
import org.cora.application.port.Caller;
import org.cora.application.port.NewEvent;
import org.cora.domain.json.Json;
import org.cora.domain.shared.IdGenerator;

/** The envelope every appended event gets: a fresh id, the command that decided it, and who asked. */
public final class EventEnvelopes {

    public static final int SCHEMA_VERSION = 1;

    private EventEnvelopes() {
    }

    public static NewEvent envelope(IdGenerator ids, String eventType, Json.Obj payload, Instant occurredAt,
                                    Caller caller, String commandName) {
        Json.ObjBuilder metadata = Json.Obj.builder().put("command_name", commandName);
        if (caller.via() != null) {
            metadata.put("via", caller.via());
        }
        return new NewEvent(ids.newId(), eventType, SCHEMA_VERSION, payload, metadata.build(), caller.correlationId(),
                null, caller.principal(), occurredAt);
    }
}
