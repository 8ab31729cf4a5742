package org.cora.tools.mcp;

import java.util.UUID;
import org.cora.application.port.Caller;
import org.cora.application.wire.InvalidRequestError;
import org.cora.application.wire.RequestBody;
import org.cora.domain.json.Json;

/**
 * One call of a tool: its arguments, read as strictly as a route reads its path and body, and who
 * is calling.
 */
public final class ToolCall {

    private final ToolSpec spec;
    private final Json.Obj arguments;
    private final Caller caller;

    ToolCall(ToolSpec spec, Json.Obj arguments, Caller caller) {
        this.spec = spec;
        this.arguments = arguments;
        this.caller = caller;
    }

    /** The id argument {@code name}; refused as the route refuses a malformed path id. */
    public UUID id(String name) {
        Json value = arguments.get(name).orElse(Json.NULL);
        if (value instanceof Json.Null) {
            throw new InvalidRequestError(name + " is required");
        }
        if (!(value instanceof Json.Str text)) {
            throw new InvalidRequestError(name + " must be a UUID string");
        }
        return RequestBody.pathId(text.value(), name);
    }

    /** The {@code body} argument, read with the fields the spec declares (absent reads as {@code {}}). */
    public RequestBody body() {
        return RequestBody.of(arguments.get("body").orElse(Json.NULL), spec.bodyFields());
    }

    public Caller caller() {
        return caller;
    }
}
