package org.cora.domain.conductor;

import org.cora.domain.control.ControlPort;
import org.cora.domain.json.Json;
import org.cora.domain.shared.Clock;

/** What an action body may use: the conduct's (observed) control port, the clock, and its params. */
public record ActionContext(ControlPort controlPort, Clock clock, Json.Obj params) {
}
