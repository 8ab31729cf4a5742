package org.cora.tools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.tools.CoraTool;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CliExitTest {

    @Test
    void aConductExitsByItsOutcome() {
        assertThat(CliExit.ofConduct(outcome("{\"succeeded\": true, \"held\": false}"))).isEqualTo(CliExit.OK);
        assertThat(CliExit.ofConduct(outcome("{\"succeeded\": false, \"held\": true, \"failure\": null}")))
                .isEqualTo(CliExit.HELD);
        assertThat(CliExit.ofConduct(outcome("""
                {"succeeded": false, "held": false, "acquisition_halt": true,
                 "failure": {"step_index": 2, "source_kind": "action", "error_class": "AcquisitionResumeRequiresOperator"}}""")))
                .isEqualTo(CliExit.HELD);
        assertThat(CliExit.ofConduct(outcome("""
                {"succeeded": false, "held": false, "failure": {"step_index": 0, "source_kind": "setpoint"}}""")))
                .isEqualTo(CliExit.FAILED);
        assertThat(CliExit.ofConduct(outcome("""
                {"succeeded": false, "held": false, "failure": {"step_index": null, "source_kind": "lifecycle"}}""")))
                .isEqualTo(CliExit.REFUSED);
    }

    @Test
    void aFollowExitsByTheStatusTheProcedureEndedIn() {
        assertThat(CliExit.ofStatus("Completed").code()).isZero();
        assertThat(CliExit.ofStatus("Aborted").code()).isEqualTo(1);
        assertThat(CliExit.ofStatus("Truncated").code()).isEqualTo(1);
        assertThat(CliExit.ofStatus("Held").code()).isEqualTo(4);
    }

    @Test
    void refusalsForWhoAskedAreFiveAndTheOthersSix() {
        assertThat(CliExit.ofRefusal(401).code()).isEqualTo(5);
        assertThat(CliExit.ofRefusal(403).code()).isEqualTo(5);
        assertThat(List.of(400, 404, 409, 422, 500, 503)).allSatisfy(s -> assertThat(CliExit.ofRefusal(s).code()).isEqualTo(6));
    }

    @Test
    void theCodesAreTheOnesDocumented() {
        assertThat(List.of(CliExit.values())).extracting(CliExit::code).containsExactly(0, 1, 2, 3, 4, 5, 6, 70);
    }

    @Test
    void everyCommandThatTalksToTheServiceListsTheExitCodesInItsHelp() {
        CommandLine cora = CoraTool.commandLine(CliContext.unattended(java.util.Map.of()));
        List<CommandLine> commands = new ArrayList<>();
        collect(cora, commands);

        assertThat(commands).extracting(CommandLine::getCommandName).contains("cora", "list", "show", "journal",
                "events", "register", "conduct", "hold", "resume", "conduct-from", "follow");
        assertThat(commands).allSatisfy(c -> assertThat(c.getUsageMessage())
                .contains("Exit codes:", "4    the Procedure is Held", "5    not authenticated", "3    the service could not"));
        assertThat(cora.getSubcommands().get("sim-ioc").getUsageMessage())
                .contains("the servers could not start").doesNotContain("the Procedure is Held");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(Cora.run("conduct").exit()).isEqualTo(2);
        assertThat(Cora.run("procedures", "show", "not-a-uuid").exit()).isEqualTo(2);
        assertThat(Cora.run("procedures").exit()).isEqualTo(2);
        assertThat(Cora.run("--url", "ftp://example.org", "procedures", "show",
                "0190a4b0-0000-7000-8000-000000000000").err()).contains("not an http:// or https:// URL");
    }

    private static void collect(CommandLine line, List<CommandLine> into) {
        if (ServiceOptions.isOn(line.getCommandSpec())) {
            into.add(line);
        }
        line.getSubcommands().values().forEach(sub -> collect(sub, into));
    }

    private static Json.Obj outcome(String text) {
        return (Json.Obj) JsonParser.parse(text);
    }
}
