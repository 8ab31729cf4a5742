package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, "What must be shown", through HTTP and PostgreSQL: a capability, a recipe with a binding
 * and pseudo-axis setpoints, assets with ports, control bindings and partition rules (a LookupTable
 * over a calibration revision, a CompositePartition of two constituents), a plan wiring the
 * constituents and a run; a Procedure registered from the recipe and conducted against the
 * simulated beamline, its pin holding the constituents' real setpoints with their derivation; a
 * recalibration that a resume of a held Procedure ignores; and the resolution errors, each
 * answering its status and appending nothing.
 */
class PseudoAxisRecipeStoryOverHttpTest extends CoraServerTest {

    private static final String SCHEMA = """
            {"type":"object","properties":{"energy":{"type":"number"}},"required":["energy"]}""";
    private static final String ENCODER_OUT = "{\"name\":\"enc\",\"direction\":\"Output\",\"signal_type\":\"Encoder\"}";
    private static final String AXIS_OUT = "{\"name\":\"rbv\",\"direction\":\"Output\",\"signal_type\":\"Encoder\"}";
    private static final String C1_IN = "{\"name\":\"c1\",\"direction\":\"Input\",\"signal_type\":\"Encoder\"}";
    private static final String C2_IN = "{\"name\":\"c2\",\"direction\":\"Input\",\"signal_type\":\"Encoder\"}";

    /** Everything the story's recipes resolve through: the two pseudo-axes, their constituents, the curve and the run. */
    private record Equipment(String energy, String gap, String m1, String m2, String exposure, String calibration,
                             String r1, String plan, String run) {
    }

    @Test
    void aRecipeDrivenProcedurePinsTheConstituentSetpointsAtTheirRealAddressesWithTheirDerivationAndWritesThem() {
        Equipment eq = equipment();
        String recipe = versionedRecipe(capability(), storySteps(eq, 20));

        String id = registerFromRecipe(recipe, 10, eq.run());
        HttpSession.Reply conducted = http.post("/procedures/" + id + "/conduct-or-hold", "{}");

        assertThat(conducted.status()).as(conducted.toString()).isEqualTo(200);
        assertThat(conducted.json().get("succeeded")).as(conducted.toString()).contains(Json.bool(true));
        assertThat(status(id)).isEqualTo("Completed");
        Json pin = pin(id);
        assertThat(field(pin, "resolved_steps")).isEqualTo(JsonParser.parse("""
                [{"kind":"setpoint","address":"sim:m1","value":20,"verify":false},
                 {"kind":"setpoint","address":"sim:m2","value":4,"verify":false},
                 {"kind":"setpoint","address":"sim:cam:exposure","value":4,"verify":false},
                 {"kind":"check","address":"sim:m1.RBV","criterion":{"kind":"within_tolerance","expected":20,"tolerance":0.001}}]"""));
        assertThat(field(pin, "resolved_steps").toJsonText()).doesNotContain("pseudoaxis://").doesNotContain("epics_ca://");
        assertThat(((Json.Arr) field(pin, "resolved_steps")).items()).allSatisfy(step ->
                assertThat(text(step, "address")).startsWith("sim:"));
        assertThat(field(pin, "derivations")).isEqualTo(expectedDerivations(eq, 10, eq.r1()));

        List<Json> rows = items("/procedures/" + id + "/activities");
        assertThat(setpointRows(rows)).containsExactly(
                "0 sim:m1 20 in_flight", "0 sim:m1 20 ok",
                "1 sim:m2 4 in_flight", "1 sim:m2 4 ok",
                "2 sim:cam:exposure 4 in_flight", "2 sim:cam:exposure 4 ok");
        assertThat(rows).noneSatisfy(row -> assertThat(field(row, "payload").toJsonText()).contains("pseudoaxis://"));
    }

    @Test
    void aResumeAfterARecalibrationReplaysThePinnedSetpointsNotTheNewCurve() {
        Equipment eq = equipment();
        String recipe = versionedRecipe(capability(), storySteps(eq, 999));
        String id = registerFromRecipe(recipe, 10, eq.run());

        HttpSession.Reply held = http.post("/procedures/" + id + "/conduct-or-hold", "{}");
        assertThat(held.status()).as(held.toString()).isEqualTo(200);
        assertThat(held.json().get("held")).as(held.toString()).contains(Json.bool(true));
        assertThat(status(id)).isEqualTo("Held");
        int rowsWhenHeld = items("/procedures/" + id + "/activities").size();

        // Recalibrate: a new revision, and the energy axis's rule moved onto it, a later explicit act.
        HttpSession.Reply r2 = http.post("/calibrations/" + eq.calibration() + "/revisions",
                "{\"value\":{\"points\":[[5,100],[10,110],[15,120]]}}");
        assertThat(r2.status()).as(r2.toString()).isEqualTo(201);
        String r2Id = r2.text("revision_id");
        assertThat(http.send("PUT", "/assets/" + eq.energy() + "/partition-rule", lookupTableRule(eq.calibration(), r2Id))
                .status()).isEqualTo(204);
        assertThat(http.get("/assets/" + eq.energy()).json().get("partition_rule").orElseThrow().toJsonText()).contains(r2Id);

        HttpSession.Reply resumePoint = http.get("/procedures/" + id + "/resume-point");
        assertThat(resumePoint.status()).as(resumePoint.toString()).isEqualTo(200);
        HttpSession.Reply resumed = http.post("/procedures/" + id + "/conduct-from", "{\"re_establishment_boundary\": 0}");

        assertThat(resumed.status()).as(resumed.toString()).isEqualTo(200);
        assertThat(resumed.json().get("succeeded")).contains(Json.bool(false));
        assertThat(text(resumed.json().get("failure").orElseThrow(), "error_class")).isEqualTo("CheckFailedError");
        List<Json> rows = items("/procedures/" + id + "/activities");
        assertThat(setpointRows(rows.subList(rowsWhenHeld, rows.size()))).containsExactly(
                "0 sim:m1 20 in_flight", "0 sim:m1 20 ok",
                "1 sim:m2 4 in_flight", "1 sim:m2 4 ok",
                "2 sim:cam:exposure 4 in_flight", "2 sim:cam:exposure 4 ok");
        assertThat(eventTypes(id)).containsOnlyOnce("ResolvedStepsRecorded").contains("ProcedureResumed");
        Json pin = pin(id);
        assertThat(field(pin, "derivations")).isEqualTo(expectedDerivations(eq, 10, eq.r1()));
        assertThat(pin.toJsonText()).doesNotContain(r2Id);
        assertThat(((Json.Arr) field(pin, "resolved_steps")).items().getFirst())
                .isEqualTo(JsonParser.parse("{\"kind\":\"setpoint\",\"address\":\"sim:m1\",\"value\":20,\"verify\":false}"));
    }

    @Test
    void aProcedureDoesNotResumeWhileItsParentRunIsHeld() {
        Equipment eq = equipment();
        String id = registerFromRecipe(versionedRecipe(capability(), storySteps(eq, 999)), 10, eq.run());
        assertThat(http.post("/procedures/" + id + "/conduct-or-hold", "{}").json().get("held")).contains(Json.bool(true));
        assertThat(http.post("/runs/" + eq.run() + "/hold", "{\"reason\":\"beam dump\"}").status()).isEqualTo(204);
        int events = items("/procedures/" + id + "/events").size();

        for (HttpSession.Reply refused : List.of(
                http.post("/procedures/" + id + "/resume", "{\"re_establishment_boundary\":0}"),
                http.post("/procedures/" + id + "/conduct-from", "{}"))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.text("error_class")).isEqualTo("ProcedureCannotResumeError");
            assertThat(refused.text("detail")).contains("parent Run is held");
        }
        assertThat(items("/procedures/" + id + "/events")).hasSize(events);
        assertThat(status(id)).isEqualTo("Held");

        assertThat(http.post("/runs/" + eq.run() + "/resume", null).status()).isEqualTo(204);
        assertThat(http.post("/procedures/" + id + "/resume", "{\"re_establishment_boundary\":0}").status()).isEqualTo(204);
    }

    @Test
    void aPseudoAxisWithoutAPartitionRuleIsRefusedWith409AndNothingIsAppended() {
        String constituent = boundConstituent("bare constituent", "sim:m1");
        String bare = asset("bare axis", C1_IN, AXIS_OUT);
        String plan = plan(constituent, bare);
        wire(plan, constituent, bare, "c1");
        String run = run(plan);
        String recipe = versionedRecipe(capability(), "[" + pseudoSetpoint(bare, "{\"__binding__\":\"energy\"}") + "]");
        String id = registerFromRecipe(recipe, 10, run);

        refusedLeavingNothing(id, http.post("/procedures/" + id + "/conduct-or-hold", "{}"), 409,
                "PartitionRuleNotFoundError", bare + " cannot be commanded as a pseudo-axis: it has no partition rule");
        refusedLeavingNothing(id, http.post("/procedures/" + id + "/conduct", "{}"), 409,
                "PartitionRuleNotFoundError", "no partition rule");
    }

    @Test
    void aLookupTableCommandOutsideTheCurveWithErrorExtrapolationIsRefusedWith422AndNothingIsAppended() {
        Equipment eq = equipment();
        String recipe = versionedRecipe(capability(), storySteps(eq, 20));
        String id = registerFromRecipe(recipe, 50, eq.run());

        refusedLeavingNothing(id, http.post("/procedures/" + id + "/conduct-or-hold", "{}"), 422,
                "PseudoAxisCommandOutsideRangeError", "outside the calibration range [5.0, 15.0]");
    }

    @Test
    void aSolverReferenceRuleIsRefusedWith422NamingTheRuleKindAndNothingIsAppended() {
        String constituent = boundConstituent("solver constituent", "sim:m2");
        String axis = asset("solver axis", C1_IN, AXIS_OUT);
        assertThat(http.send("PUT", "/assets/" + axis + "/partition-rule", """
                {"partition_rule":{"kind":"SolverReference","solver_id":"mono.bragg","solver_version":"1.0",
                 "solver_transport_kind":"PythonCallable","residual_tolerance_limit":0.001,
                 "singularity_threshold":0.01,"invertible":true,"readback_aggregator_kind":null}}""").status())
                .isEqualTo(204);
        String plan = plan(constituent, axis);
        wire(plan, constituent, axis, "c1");
        String run = run(plan);
        String recipe = versionedRecipe(capability(), "[" + pseudoSetpoint(axis, "{\"__binding__\":\"energy\"}") + "]");
        String id = registerFromRecipe(recipe, 10, run);

        refusedLeavingNothing(id, http.post("/procedures/" + id + "/conduct-or-hold", "{}"), 422,
                "PartitionRuleNotSupportedError", "SolverReference rules are not supported");
    }

    // ---- the story's equipment ----

    private Equipment equipment() {
        String m1 = boundConstituent("mono pitch", "sim:m1");
        String m2 = boundConstituent("gap upstream", "sim:m2");
        String exposure = boundConstituent("gap downstream", "sim:cam:exposure");
        String energy = asset("energy", C1_IN, AXIS_OUT);
        String gap = asset("gap", C1_IN, C2_IN, AXIS_OUT);

        HttpSession.Reply calibration = http.post("/calibrations", "{\"quantity\":\"energy_position_curve\"}");
        assertThat(calibration.status()).as(calibration.toString()).isEqualTo(201);
        String calibrationId = calibration.text("calibration_id");
        HttpSession.Reply revision = http.post("/calibrations/" + calibrationId + "/revisions",
                "{\"value\":{\"points\":[[5,10],[10,20],[15,30]]}}");
        assertThat(revision.status()).as(revision.toString()).isEqualTo(201);
        String r1 = revision.text("revision_id");

        assertThat(http.send("PUT", "/assets/" + energy + "/partition-rule", lookupTableRule(calibrationId, r1)).status())
                .isEqualTo(204);
        assertThat(http.post("/assets/" + gap + "/partition-rule", "{\"partition_rule\":{\"kind\":\"CompositePartition\","
                + "\"partition_kind\":\"ProportionalFill\",\"constituent_count\":2}}").status()).isEqualTo(204);

        String plan = plan(m1, m2, exposure, energy, gap);
        wire(plan, m1, energy, "c1");
        wire(plan, exposure, gap, "c2");
        wire(plan, m2, gap, "c1");
        return new Equipment(energy, gap, m1, m2, exposure, calibrationId, r1, plan, run(plan));
    }

    private static String lookupTableRule(String calibration, String revision) {
        return "{\"partition_rule\":{\"kind\":\"LookupTable\",\"calibration_id\":\"" + calibration
                + "\",\"calibration_revision_id\":\"" + revision + "\",\"interpolation_kind\":\"Linear\","
                + "\"extrapolation_kind\":\"Error\",\"invertible\":true}}";
    }

    private String boundConstituent(String name, String address) {
        String id = asset(name, ENCODER_OUT);
        assertThat(http.post("/assets/" + id + "/control", "{\"setpoint_address\":\"" + address + "\"}").status())
                .isEqualTo(204);
        return id;
    }

    private String asset(String name, String... ports) {
        HttpSession.Reply reply = http.post("/assets", "{\"name\":\"" + name + "\",\"ports\":[" + String.join(",", ports) + "]}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("asset_id");
    }

    private String plan(String... assets) {
        HttpSession.Reply reply = http.post("/plans", "{\"asset_ids\":[\"" + String.join("\",\"", assets) + "\"]}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("plan_id");
    }

    private void wire(String plan, String constituent, String axis, String axisPort) {
        HttpSession.Reply reply = http.post("/plans/" + plan + "/wires", "{\"source_asset_id\":\"" + constituent
                + "\",\"source_port_name\":\"enc\",\"target_asset_id\":\"" + axis + "\",\"target_port_name\":\"" + axisPort + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
    }

    private String run(String plan) {
        HttpSession.Reply reply = http.post("/runs", "{\"plan_id\":\"" + plan + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("run_id");
    }

    // ---- capability, recipe, procedure ----

    private String capability() {
        String code = "cora.capability.pseudo_axis_" + UUID.randomUUID().toString().replace('-', '_');
        HttpSession.Reply reply = http.post("/capabilities", "{\"code\":\"" + code + "\",\"name\":\"Move to energy\","
                + "\"parameters_schema\":" + SCHEMA + ",\"executor_shapes\":[\"Procedure\"]}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("capability_id");
    }

    private static String pseudoSetpoint(String axis, String value) {
        return "{\"kind\":\"setpoint\",\"address\":\"pseudoaxis://" + axis + "\",\"value\":" + value + ",\"verify\":false}";
    }

    private static String storySteps(Equipment eq, double expectedReadback) {
        return "[" + pseudoSetpoint(eq.energy(), "{\"__binding__\":\"energy\"}") + "," + pseudoSetpoint(eq.gap(), "8")
                + ",{\"kind\":\"check\",\"address\":\"sim:m1.RBV\",\"criterion\":{\"kind\":\"within_tolerance\","
                + "\"expected\":" + Json.num(expectedReadback).toJsonText() + ",\"tolerance\":0.001}}]";
    }

    private String versionedRecipe(String capabilityId, String steps) {
        HttpSession.Reply reply = http.post("/recipes", "{\"name\":\"Move to energy\",\"capability_id\":\"" + capabilityId
                + "\",\"steps\":" + steps + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String id = reply.text("recipe_id");
        assertThat(http.post("/recipes/" + id + "/version", "{\"version\":\"v1\"}").status()).isEqualTo(204);
        return id;
    }

    private String registerFromRecipe(String recipe, double energy, String run) {
        HttpSession.Reply reply = http.post("/procedures/from-recipe", """
                {"name":"Move to energy","kind":"alignment","recipe_id":"%s","bindings":{"energy":%s},"parent_run_id":"%s"}"""
                .formatted(recipe, Json.num(energy).toJsonText(), run));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String id = reply.text("procedure_id");
        assertThat(eventTypes(id)).containsExactly("ProcedureRegistered", "RecipeExpansionRecorded");
        return id;
    }

    // ---- reading the pin and the journal ----

    private Json pin(String id) {
        List<Json> pins = items("/procedures/" + id + "/events").stream()
                .filter(e -> text(e, "event_type").equals("ResolvedStepsRecorded")).toList();
        assertThat(pins).hasSize(1);
        return field(pins.getFirst(), "payload");
    }

    private static Json expectedDerivations(Equipment eq, double energy, String revision) {
        String energyAxis = "pseudoaxis://" + eq.energy();
        String gapAxis = "pseudoaxis://" + eq.gap();
        return JsonParser.parse("""
                [{"step_index":0,"pseudo_axis":"%s","commanded":%s,"rule_kind":"LookupTable",
                  "calibration_revision_id":"%s","constituent_asset_id":"%s"},
                 {"step_index":1,"pseudo_axis":"%s","commanded":8,"rule_kind":"CompositePartition",
                  "calibration_revision_id":null,"constituent_asset_id":"%s"},
                 {"step_index":2,"pseudo_axis":"%s","commanded":8,"rule_kind":"CompositePartition",
                  "calibration_revision_id":null,"constituent_asset_id":"%s"}]""".formatted(energyAxis,
                Json.num(energy).toJsonText(), revision, eq.m1(), gapAxis, eq.m2(), gapAxis, eq.exposure()));
    }

    /** "step address value result" for each journal row that wrote a value; numbers by value (20 and 20.0 alike). */
    private static List<String> setpointRows(List<Json> rows) {
        return rows.stream().map(r -> (Json.Obj) field(r, "payload"))
                .filter(p -> p.get("value").isPresent() && p.get("address").isPresent())
                .map(p -> p.get("step_index").orElseThrow() + " " + ((Json.Str) p.get("address").orElseThrow()).value() + " "
                        + byValue(p.get("value").orElseThrow()) + " " + ((Json.Str) p.get("result").orElseThrow()).value())
                .toList();
    }

    private static String byValue(Json value) {
        return value instanceof Json.Num n ? n.value().stripTrailingZeros().toPlainString() : value.toJsonText();
    }

    private void refusedLeavingNothing(String id, HttpSession.Reply reply, int status, String errorClass, String detail) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("error_class")).isEqualTo(errorClass);
        assertThat(reply.text("detail")).contains(detail);
        assertThat(eventTypes(id)).containsExactly("ProcedureRegistered", "RecipeExpansionRecorded");
        assertThat(items("/procedures/" + id + "/activities")).isEmpty();
        assertThat(status(id)).isEqualTo("Defined");
    }
}
