package org.cora.tools.mcp.features.definecalibration;

import java.util.Map;
import org.cora.application.features.definecalibration.DefineCalibrationHandler;
import org.cora.domain.calibration.CalibrationId;
import org.cora.domain.features.definecalibration.DefineCalibrationCommand;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code define_calibration} tool: {@code POST /calibrations} over MCP, the same handler and the same result. */
public final class DefineCalibrationTool implements SliceTool {

    private final DefineCalibrationHandler handler;

    public DefineCalibrationTool(DefineCalibrationHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Define a Calibration of a quantity; its values come as revisions. Returns "
                + "{calibration_id}.")
                .body(BodyField.text("quantity", "energy_position_curve, position_offset, "
                                + "detector_gain or temperature_offset").required());
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        String quantity = call.body().optionalString("quantity").orElse(null);
        CalibrationId id = handler.handle(new DefineCalibrationCommand(quantity), call.caller());
        return Map.of("calibration_id", id.toString());
    }
}
