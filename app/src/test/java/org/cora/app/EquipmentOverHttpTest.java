package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * Assets, a Calibration, a Plan and a Run through the real server and PostgreSQL: the story the
 * pseudo-axis resolution will read, and every refusal answering its status with detail and
 * error_class while appending nothing.
 */
class EquipmentOverHttpTest extends CoraServerTest {

    private static final String ENCODER_OUT = "{\"name\":\"enc\",\"direction\":\"Output\",\"signal_type\":\"Encoder\"}";

    @Test
    void assetsACalibrationAPlanWiringTwoConstituentsIntoAPseudoAxisAndARun() {
        HttpSession.Reply registered = http.post("/assets", "{\"name\":\"mono crystal 1\",\"ports\":[" + ENCODER_OUT + "]}");
        assertThat(registered.status()).isEqualTo(201);
        String motor1 = registered.text("asset_id");
        assertThat(registered.location()).isEqualTo("/assets/" + motor1);
        String motor2 = asset("mono crystal 2", ENCODER_OUT);
        String axis = asset("energy", "{\"name\":\"c1\",\"direction\":\"Input\",\"signal_type\":\"Encoder\"}",
                "{\"name\":\"c2\",\"direction\":\"Input\",\"signal_type\":\"Encoder\"}");
        assertThat(http.post("/assets/" + axis + "/ports", "{\"name\":\" rbv \",\"direction\":\"Output\",\"signal_type\":\"Encoder\"}")
                .status()).isEqualTo(204);
        assertThat(http.post("/assets/" + motor1 + "/control", "{\"setpoint_address\":\"sim:m1\",\"readback_address\":\"sim:m1.RBV\"}")
                .status()).isEqualTo(204);
        assertThat(http.post("/assets/" + motor2 + "/control", "{\"setpoint_address\":\"sim:m2\"}").status()).isEqualTo(204);
        assertThat(http.post("/assets/" + motor1 + "/lifecycle", "{\"lifecycle\":\"Active\"}").status()).isEqualTo(204);

        HttpSession.Reply calibration = http.post("/calibrations", "{\"quantity\":\"energy_position_curve\"}");
        assertThat(calibration.status()).isEqualTo(201);
        String calibrationId = calibration.text("calibration_id");
        HttpSession.Reply revision = http.post("/calibrations/" + calibrationId + "/revisions",
                "{\"value\":{\"points\":[[9000,2.5],[8000,1.0]]}}");
        assertThat(revision.status()).isEqualTo(201);
        String revisionId = revision.text("revision_id");

        String rule = "{\"partition_rule\":{\"kind\":\"CompositePartition\",\"partition_kind\":\"ProportionalFill\","
                + "\"constituent_count\":2}}";
        assertThat(http.send("PUT", "/assets/" + axis + "/partition-rule", rule).status()).isEqualTo(204);
        long axisEvents = events("Asset", axis);
        assertThat(http.post("/assets/" + axis + "/partition-rule", rule).status()).isEqualTo(204);
        assertThat(events("Asset", axis)).as("an identical rule appends nothing").isEqualTo(axisEvents);

        HttpSession.Reply plan = http.post("/plans", "{\"asset_ids\":[\"" + motor1 + "\",\"" + motor2 + "\",\"" + axis + "\"]}");
        assertThat(plan.status()).isEqualTo(201);
        String planId = plan.text("plan_id");
        assertThat(http.post("/plans/" + planId + "/wires", wire(motor2, "enc", axis, "c2")).status()).isEqualTo(204);
        assertThat(http.post("/plans/" + planId + "/wires", wire(motor1, "enc", axis, "c1")).status()).isEqualTo(204);

        HttpSession.Reply run = http.post("/runs", "{\"plan_id\":\"" + planId + "\"}");
        assertThat(run.status()).isEqualTo(201);
        String runId = run.text("run_id");
        assertThat(http.post("/runs/" + runId + "/hold", "{\"reason\":\"beam dump\"}").status()).isEqualTo(204);
        assertThat(http.get("/runs/" + runId).json()).isEqualTo(JsonParser.parse("{\"run_id\":\"" + runId + "\",\"plan_id\":\""
                + planId + "\",\"status\":\"Held\",\"held_reason\":\"beam dump\"}"));
        assertThat(http.post("/runs/" + runId + "/resume", null).status()).isEqualTo(204);
        assertThat(http.get("/runs/" + runId).text("status")).isEqualTo("Running");

        Json.Obj motor = http.get("/assets/" + motor1).json();
        assertThat(motor.get("setpoint_address")).contains(Json.str("sim:m1"));
        assertThat(motor.get("readback_address")).contains(Json.str("sim:m1.RBV"));
        assertThat(motor.get("lifecycle")).contains(Json.str("Active"));
        Json.Obj axisView = http.get("/assets/" + axis).json();
        assertThat(axisView.get("partition_rule").orElseThrow()).as("stored in its normalised form, defaults written out")
                .isEqualTo(JsonParser.parse("{\"kind\":\"CompositePartition\",\"partition_kind\":\"ProportionalFill\","
                        + "\"constituent_count\":2,\"partition_parameters\":[],\"readback_aggregator_kind\":\"Sum\"}"));
        assertThat(((Json.Arr) axisView.get("ports").orElseThrow()).items()).hasSize(3);
        Json.Obj calibrationView = http.get("/calibrations/" + calibrationId).json();
        Json.Obj firstRevision = (Json.Obj) ((Json.Arr) calibrationView.get("revisions").orElseThrow()).items().getFirst();
        assertThat(firstRevision.get("revision_id")).contains(Json.str(revisionId));
        assertThat(firstRevision.get("established_by")).contains(Json.str("operator:ada"));
        List<Json> wires = ((Json.Arr) http.get("/plans/" + planId).json().get("wires").orElseThrow()).items();
        assertThat(wires).containsExactly(JsonParser.parse(wire(motor2, "enc", axis, "c2")),
                JsonParser.parse(wire(motor1, "enc", axis, "c1")));

        assertThat(http.send("DELETE", "/plans/" + planId + "/wires", wire(motor1, "enc", axis, "c1")).status()).isEqualTo(204);
        assertThat(http.post("/plans/" + planId + "/wires/remove", wire(motor2, "enc", axis, "c2")).status()).isEqualTo(204);
        assertThat(((Json.Arr) http.get("/plans/" + planId).json().get("wires").orElseThrow()).items()).isEmpty();
        assertThat(http.send("DELETE", "/assets/" + axis + "/ports/rbv", null).status()).isEqualTo(204);
    }

    @Test
    void refusedAssetCommandsAnswerTheirStatusAndAppendNothing() {
        String motor = asset("motor", ENCODER_OUT);
        refusedLeavingNothing("Asset", motor, () -> http.post("/assets/" + motor + "/ports", ENCODER_OUT),
                409, "AssetPortAlreadyExistsError", "already has a port named 'enc'");
        refusedLeavingNothing("Asset", motor, () -> http.send("DELETE", "/assets/" + motor + "/ports/ghost", null),
                404, "AssetPortNotFoundError", "no port named 'ghost'");
        refusedLeavingNothing("Asset", motor, () -> http.post("/assets/" + motor + "/ports",
                "{\"name\":\"x\",\"direction\":\"Sideways\",\"signal_type\":\"TTL\"}"), 400, "InvalidAssetPortError", "Input or Output");
        refusedLeavingNothing("Asset", motor, () -> http.post("/assets/" + motor + "/lifecycle", "{\"lifecycle\":\"Retired\"}"),
                400, "InvalidAssetLifecycleError", "Retired");
        refusedLeavingNothing("Asset", motor, () -> http.post("/assets/" + motor + "/lifecycle", "{\"lifecycle\":\"Maintenance\"}"),
                409, "AssetCannotChangeLifecycleError", "from Commissioned to Maintenance");
        refusedLeavingNothing("Asset", motor, () -> http.post("/assets/" + motor + "/control",
                "{\"setpoint_address\":\"pseudoaxis://" + motor + "\"}"), 400, "InvalidAssetControlBindingError", "real control address");
        refusedLeavingNothing("Asset", motor, () -> http.post("/assets/" + motor + "/partition-rule", "{}"),
                422, "InvalidRequestError", "partition_rule is required");
        refusedLeavingNothing("Asset", motor, () -> http.post("/assets/" + motor + "/partition-rule", "{\"partition_rule\":[1]}"),
                422, "InvalidRequestError", "object or null");
        refusedLeavingNothing("Asset", motor, () -> http.post("/assets/" + motor + "/partition-rule", "{\"partition_rule\":{\"gain\":1}}"),
                422, "InvalidPartitionRuleError", "partition_rule");

        assertThat(http.post("/assets/" + motor + "/lifecycle", "{\"lifecycle\":\"Decommissioned\"}").status()).isEqualTo(204);
        refusedLeavingNothing("Asset", motor, () -> http.post("/assets/" + motor + "/partition-rule",
                "{\"partition_rule\":{\"kind\":\"Affine\",\"unit_in\":\"mm\",\"unit_out\":\"mm\"}}"), 409,
                "AssetDecommissionedError", "Decommissioned");

        long assets = events("Asset", null);
        refused(http.post("/assets", "{\"name\":\"  \"}"), 400, "InvalidAssetNameError", "1..200");
        refused(http.post("/assets", "{\"name\":\"x\",\"colour\":\"red\"}"), 422, "InvalidRequestError", "unknown field 'colour'");
        refused(http.post("/assets", "{\"name\":\"x\",\"ports\":[{\"name\":\"a\",\"direction\":\"Input\",\"signal_type\":1}]}"),
                422, "InvalidRequestError", "ports[0].signal_type must be a string");
        assertThat(events("Asset", null)).isEqualTo(assets);
        refused(http.get("/assets/" + UUID.randomUUID()), 404, "AssetNotFoundError", "not found");
        refused(http.get("/assets/not-a-uuid"), 400, "MalformedRequestError", "asset_id must be a UUID");
    }

    @Test
    void refusedCalibrationPlanAndRunCommandsAnswerTheirStatusAndAppendNothing() {
        long calibrations = events("Calibration", null);
        refused(http.post("/calibrations", "{\"quantity\":\"weight\"}"), 400, "InvalidCalibrationQuantityError", "energy_position_curve");
        assertThat(events("Calibration", null)).isEqualTo(calibrations);
        String calibration = http.post("/calibrations", "{\"quantity\":\"energy_position_curve\"}").text("calibration_id");
        refusedLeavingNothing("Calibration", calibration, () -> http.post("/calibrations/" + calibration + "/revisions",
                "{\"value\":{\"points\":[[1,2],[1,3]]}}"), 400, "InvalidCalibrationValueError", "strictly distinct");
        refusedLeavingNothing("Calibration", calibration, () -> http.post("/calibrations/" + calibration + "/revisions", "{}"),
                422, "InvalidRequestError", "value is required");
        refused(http.post("/calibrations/" + UUID.randomUUID() + "/revisions", "{\"value\":{\"points\":[[1,2],[2,3]]}}"),
                404, "CalibrationNotFoundError", "not found");

        String source = asset("source", ENCODER_OUT, "{\"name\":\"in\",\"direction\":\"Input\",\"signal_type\":\"TTL\"}");
        String target = asset("target", "{\"name\":\"in\",\"direction\":\"Input\",\"signal_type\":\"Encoder\"}",
                "{\"name\":\"rbv\",\"direction\":\"Output\",\"signal_type\":\"Encoder\"}");
        String third = asset("third", ENCODER_OUT);
        long plans = events("Plan", null);
        refused(http.post("/plans", "{\"asset_ids\":[]}"), 400, "InvalidPlanAssetsError", "at least one");
        assertThat(events("Plan", null)).isEqualTo(plans);
        String plan = http.post("/plans", "{\"asset_ids\":[\"" + source + "\",\"" + target + "\",\"" + third + "\"]}").text("plan_id");
        refusedLeavingNothing("Plan", plan, () -> http.post("/plans/" + plan + "/wires", wire(source, "in", target, "in")),
                409, "PlanWireDirectionError", "Output port to an Input port");
        refusedLeavingNothing("Plan", plan, () -> http.post("/plans/" + plan + "/wires", wire(source, "enc", UUID.randomUUID().toString(), "in")),
                409, "PlanWireAssetNotInPlanError", "not bound by the plan");
        refusedLeavingNothing("Plan", plan, () -> http.post("/plans/" + plan + "/wires", wire(source, "enc", source, "in")),
                409, "PlanWireSignalTypeMismatchError", "'Encoder' -> 'TTL'");
        assertThat(http.post("/plans/" + plan + "/wires", wire(source, "enc", target, "in")).status()).isEqualTo(204);
        refusedLeavingNothing("Plan", plan, () -> http.post("/plans/" + plan + "/wires", wire(source, "enc", target, "in")),
                409, "PlanWireAlreadyExistsError", "already exists");
        refusedLeavingNothing("Plan", plan, () -> http.post("/plans/" + plan + "/wires", wire(third, "enc", target, "in")),
                409, "PlanWireFanInError", "already has an incoming wire");
        refusedLeavingNothing("Plan", plan, () -> http.send("DELETE", "/plans/" + plan + "/wires", wire(third, "enc", target, "in")),
                404, "PlanWireNotFoundError", "has no wire");

        long runs = events("Run", null);
        refused(http.post("/runs", "{\"plan_id\":\"" + UUID.randomUUID() + "\"}"), 404, "PlanNotFoundError", "not found");
        refused(http.post("/runs", "{}"), 422, "InvalidRequestError", "plan_id is required");
        assertThat(events("Run", null)).isEqualTo(runs);
        String run = http.post("/runs", "{\"plan_id\":\"" + plan + "\"}").text("run_id");
        refusedLeavingNothing("Run", run, () -> http.post("/runs/" + run + "/resume", null), 409, "RunCannotResumeError", "Running");
        refusedLeavingNothing("Run", run, () -> http.post("/runs/" + run + "/hold", "{\"reason\":\" \"}"), 400,
                "InvalidRunHoldReasonError", "1..500");
    }

    private String asset(String name, String... ports) {
        HttpSession.Reply reply = http.post("/assets", "{\"name\":\"" + name + "\",\"ports\":[" + String.join(",", ports) + "]}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("asset_id");
    }

    private static String wire(String source, String sourcePort, String target, String targetPort) {
        return "{\"source_asset_id\":\"" + source + "\",\"source_port_name\":\"" + sourcePort + "\",\"target_asset_id\":\""
                + target + "\",\"target_port_name\":\"" + targetPort + "\"}";
    }

    private void refusedLeavingNothing(String streamType, String id, Supplier<HttpSession.Reply> request, int status,
                                       String errorClass, String detail) {
        long before = events(streamType, id);
        refused(request.get(), status, errorClass, detail);
        assertThat(events(streamType, id)).as("events of %s %s after a refused request", streamType, id).isEqualTo(before);
    }

    private static void refused(HttpSession.Reply reply, int status, String errorClass, String detail) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("error_class")).isEqualTo(errorClass);
        assertThat(reply.text("detail")).contains(detail);
    }

    /** Events stored for one stream, or for every stream of the type when {@code id} is null. */
    private long events(String streamType, String id) {
        String sql = "select count(*) from events where stream_type = ?" + (id == null ? "" : " and stream_id = ?");
        try (Connection connection = testDatabase().getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, streamType);
            if (id != null) {
                statement.setObject(2, UUID.fromString(id));
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
