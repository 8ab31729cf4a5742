package org.cora.tools.mcp.features.addcalibrationrevision;

import java.util.Map;
import java.util.UUID;
import org.cora.application.features.addcalibrationrevision.AddCalibrationRevisionHandler;
import org.cora.application.port.Caller;
import org.cora.application.wire.InvalidRequestError;
import org.cora.application.wire.RequestBody;
import org.cora.domain.calibration.CalibrationId;
import org.cora.domain.features.addcalibrationrevision.AddCalibrationRevisionCommand;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code add_calibration_revision} tool: {@code POST /calibrations/{id}/revisions} over MCP. */
public final class AddCalibrationRevisionTool implements SliceTool {

    private final AddCalibrationRevisionHandler handler;

    public AddCalibrationRevisionTool(AddCalibrationRevisionHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Add a revision (a new value) to a Calibration; conducts pin the revision they "
                + "used. Returns {revision_id}.")
                .id("calibration_id")
                .body(BodyField.anyValue("value", "a number, or for energy_position_curve {points: "
                                + "[[x, y], ...]}").required(),
                        BodyField.timestamp("established_at", "when it was established"),
                        BodyField.text("established_by", "who established it; defaults to the caller"));
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        CalibrationId id = new CalibrationId(call.id("calibration_id"));
        RequestBody body = call.body();
        Caller caller = call.caller();
        UUID revisionId = handler.handle(new AddCalibrationRevisionCommand(id,
                body.get("value").orElseThrow(() -> new InvalidRequestError("value is required")),
                body.optionalInstant("established_at").orElse(null),
                body.optionalString("established_by").orElse(caller.principal())), caller);
        return Map.of("revision_id", revisionId.toString());
    }
}
