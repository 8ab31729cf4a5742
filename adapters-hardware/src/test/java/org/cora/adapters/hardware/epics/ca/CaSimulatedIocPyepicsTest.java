package org.cora.adapters.hardware.epics.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulated IOC against the C client: Debian's pyepics (libca) runs
 * {@code pyepics_against_simulated_ioc.py} on the contract model. libca asks for count 0 on reads
 * and monitors, so this is the test of the server's count-0 handling; the script also checks
 * puts, access rights, alarms and stamps, and that python exits cleanly.
 *
 * <p>Without pyepics the test is skipped, unless {@code CORA_REQUIRE_PYEPICS=1} (CI) makes that a
 * failure.
 */
class CaSimulatedIocPyepicsTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String SCRIPT = "pyepics_against_simulated_ioc.py";
    private static final Duration SCRIPT_LIMIT = Duration.ofSeconds(90);
    private static final List<String> CHECKS = List.of(
            "caget number", "caget string", "caget array at its current length", "caget enum as its label",
            "caget enum as its index", "a waited caput is read back", "a refused caput changes nothing",
            "caput of an enum label", "caput of a longer array is read back at its new length",
            "read-only PV grants no write access", "a put to a read-only PV is refused",
            "a monitor receives the initial value", "a monitor receives a change",
            "an array monitor starts at the current length", "an array monitor follows the length down",
            "ct:minor has alarm severity 1", "ct:major has alarm severity 2", "ct:invalid has alarm severity 3",
            "the time stamp is close to now");

    @BeforeAll
    static void requirePyepics() throws Exception {
        String missing = pyepicsMissing();
        if (missing == null) {
            return;
        }
        String advice = "pyepics is not importable by " + PYTHON + " (" + missing
                + "); install it with: apt-get install python3-pyepics";
        if ("1".equals(System.getenv("CORA_REQUIRE_PYEPICS"))) {
            fail(advice + " (CORA_REQUIRE_PYEPICS=1 requires it)");
        }
        Assumptions.abort(advice);
    }

    @Test
    void pyepics_reads_writes_and_monitors_the_simulated_ioc(@TempDir Path work) throws Exception {
        Path script = work.resolve(SCRIPT);
        try (InputStream source = getClass().getResourceAsStream(SCRIPT)) {
            Files.copy(source, script);
        }
        try (CaLoopback ca = CaLoopback.serve(CaLoopback.contractModel())) {
            Run run = python(work, Map.of(
                    "EPICS_CA_ADDR_LIST", "127.0.0.1",
                    "EPICS_CA_AUTO_ADDR_LIST", "NO",
                    "EPICS_CA_SERVER_PORT", Integer.toString(ca.server().port()),
                    "EPICS_CA_REPEATER_PORT", Integer.toString(ca.repeaterPort())),
                    PYTHON.toString(), script.toString());

            assertThat(run.exitCode()).as("python's exit status; its output:%n%s", run.output()).isZero();
            for (String check : CHECKS) {
                assertThat(run.output()).as("output of the script").contains("ok: " + check);
            }
            assertThat(run.output()).contains("all checks passed");
        }
    }

    private record Run(int exitCode, String output) {
    }

    private static Run python(Path work, Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("EPICS_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process));
        if (!process.waitFor(SCRIPT_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            return new Run(-1, output.get(5, TimeUnit.SECONDS) + "\n(killed after " + SCRIPT_LIMIT + ")");
        }
        return new Run(process.exitValue(), output.get(5, TimeUnit.SECONDS));
    }

    private static String readAll(Process process) {
        try (InputStream out = process.getInputStream()) {
            return new String(out.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e + ")";
        }
    }

    /** Null when {@code import epics} works, else why not. */
    private static String pyepicsMissing() throws Exception {
        if (!Files.isExecutable(PYTHON)) {
            return PYTHON + " does not exist";
        }
        Run probe = python(Path.of(System.getProperty("java.io.tmpdir")), Map.of(), PYTHON.toString(), "-c",
                "import epics");
        return probe.exitCode() == 0 ? null : probe.output().strip();
    }
}
