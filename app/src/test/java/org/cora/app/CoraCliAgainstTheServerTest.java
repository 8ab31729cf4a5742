package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.tools.cli.CoraCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoraCliAgainstTheServerTest extends CoraServerTest {

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anOperatorRegistersConductsAndReadsTheJournalFromTheTerminal() throws Exception {
        assertThat(cli("register", "Bake out chamber", "bakeout")).isZero();
        String id = ((Json.Str) ((Json.Obj) JsonParser.parse(stdout())).get("procedure_id").orElseThrow()).value();
        Path steps = Files.writeString(work.resolve("steps.json"), """
                {"steps": [{"kind": "setpoint", "address": "sim:m2", "value": 4.0},
                           {"kind": "check", "address": "sim:m2.RBV", "criterion": {"kind": "equals", "expected": 4}}]}""");

        out.reset();
        assertThat(cli("--as", "operator:kim", "conduct", id, steps.toString())).isZero();
        assertThat(JsonParser.parse(stdout())).satisfies(r -> assertThat(field(r, "completed_count")).isEqualTo(Json.num(2)));

        out.reset();
        assertThat(cli("journal", id)).isZero();
        assertThat(items("/procedures/" + id + "/activities")).hasSize(3)
                .allSatisfy(row -> assertThat(text(row, "actor_id")).isEqualTo("operator:kim"));
        assertThat(stdout()).contains("\"step_index\": 1");
    }

    @Test
    void aMalformedStepsFileIsRefusedBeforeAnythingIsSent() throws Exception {
        String id = register("never conducted");
        Path steps = Files.writeString(work.resolve("bad.json"), """
                {"steps": [{"kind": "setpoint", "adress": "sim:m1", "value": 1}]}""");

        assertThat(cli("conduct", id, steps.toString())).isEqualTo(2);

        assertThat(stderr()).contains("unknown field 'adress'");
        assertThat(items("/procedures/" + id + "/events")).hasSize(1);
    }

    @Test
    void aFailedStepExitsWithOneAndARefusalPrintsTheProblem() throws Exception {
        String id = register("will fail");
        Path steps = Files.writeString(work.resolve("offline.json"), """
                [{"kind": "setpoint", "address": "sim:offline", "value": 1}]""");

        assertThat(cli("conduct", id, steps.toString())).isEqualTo(1);
        assertThat(stdout()).contains("ControlNotConnectedError");

        assertThat(cli("show", "0190a4b0-0000-7000-8000-000000000000")).isEqualTo(1);
        assertThat(stderr()).contains("ProcedureNotFoundError");
    }

    @Test
    void anUnreachableServiceIsExitCodeThree() {
        assertThat(new CoraCli(new PrintStream(out), new PrintStream(err))
                .run(new String[] {"--url", "http://127.0.0.1:1", "show", "x"})).isEqualTo(3);
        assertThat(stderr()).contains("cannot reach Cora");
    }

    private int cli(String... args) {
        String[] withUrl = new String[args.length + 2];
        withUrl[0] = "--url";
        withUrl[1] = "http://127.0.0.1:" + port;
        System.arraycopy(args, 0, withUrl, 2, args.length);
        return new CoraCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(withUrl);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
