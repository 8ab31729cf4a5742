package org.cora.tools.mcp.features.getcalibration;

import java.util.Map;
import org.cora.application.features.getcalibration.GetCalibrationHandler;
import org.cora.application.features.getcalibration.GetCalibrationQuery;
import org.cora.application.wire.EquipmentViews;
import org.cora.domain.calibration.CalibrationId;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code get_calibration} tool: {@code GET /calibrations/{id}} over MCP, the same handler and the same result. */
public final class GetCalibrationTool implements SliceTool {

    private final GetCalibrationHandler handler;

    public GetCalibrationTool(GetCalibrationHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("The Calibration with all its revisions.")
                .id("calibration_id");
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        CalibrationId id = new CalibrationId(call.id("calibration_id"));
        return EquipmentViews.calibration(handler.handle(new GetCalibrationQuery(id), call.caller()));
    }
}
