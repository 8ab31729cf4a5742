package org.cora.domain.conductor;

import org.cora.domain.control.ControlException;
import org.cora.domain.json.Json;

/**
 * What an action step runs, supplied by the deployment. It returns the result data recorded on
 * the journal row; a control failure fails the step. Soft failures belong inside the result.
 */
@FunctionalInterface
public interface ActionBody {

    Json.Obj run(ActionContext context) throws ControlException;
}
