package org.cora.tools.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepsFileTest {

    private static final Json.Obj THREE_STEPS = (Json.Obj) JsonParser.parse("""
            {"steps": [
              {"kind": "setpoint", "address": "sim:m1", "value": 45.0},
              {"kind": "check", "address": "sim:m1.RBV",
               "criterion": {"kind": "within_tolerance", "expected": 45.0, "tolerance": 0.01}},
              {"kind": "action", "name": "count", "params": {"detector": "sim:det", "seconds": 0.5}}
            ]}""");

    @TempDir
    Path dir;

    @Test
    void aYamlFileReadsAsTheSameRequestAsItsJson() throws Exception {
        Path yaml = write("align.yaml", """
                steps:
                  - kind: setpoint
                    address: sim:m1
                    value: 45.0
                  - kind: check
                    address: sim:m1.RBV
                    criterion: {kind: within_tolerance, expected: 45.0, tolerance: 0.01}
                  - kind: action
                    name: count
                    params: {detector: sim:det, seconds: 0.5}
                """);

        assertThat(StepsFile.read(yaml)).isEqualTo(THREE_STEPS);
        assertThat(StepsFile.read(write("align.json", THREE_STEPS.toJsonText()))).isEqualTo(THREE_STEPS);
    }

    @Test
    void aBareListOfStepsIsTheSameAsStepsInAnObject() throws Exception {
        Path bare = write("bare.yml", """
                - {kind: setpoint, address: sim:m2, value: 4}
                """);

        assertThat(StepsFile.read(bare)).isEqualTo(JsonParser.parse("""
                {"steps": [{"kind": "setpoint", "address": "sim:m2", "value": 4}]}"""));
    }

    @Test
    void aMisspelledFieldIsRefusedWithWhereItIs() throws Exception {
        Path typo = write("typo.yaml", """
                steps:
                  - {kind: setpoint, adress: sim:m1, value: 1}
                """);

        assertThatThrownBy(() -> StepsFile.read(typo)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("typo.yaml").hasMessageContaining("steps[0]").hasMessageContaining("adress");
    }

    @Test
    void aFieldBesideStepsIsRefused() throws Exception {
        Path extra = write("extra.json", "{\"steps\": [], \"comment\": \"x\"}");

        assertThatThrownBy(() -> StepsFile.read(extra)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("unknown field 'comment'");
    }

    @Test
    void whatJsonCannotCarryIsRefusedWhereItIs() throws Exception {
        Path date = write("date.yaml", "- {kind: setpoint, address: sim:m1, value: 2024-05-01}\n");
        Path nan = write("nan.yaml", "- {kind: setpoint, address: sim:m1, value: .nan}\n");

        assertThatThrownBy(() -> StepsFile.read(date)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("[0].value").hasMessageContaining("quote it");
        assertThatThrownBy(() -> StepsFile.read(nan)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("[0].value");
    }

    @Test
    void aDuplicateKeyAndMalformedTextAreRefused() throws Exception {
        Path duplicate = write("dup.yaml", "- {kind: setpoint, address: sim:m1, value: 1, value: 2}\n");
        Path malformed = write("broken.json", "{\"steps\": [");

        assertThatThrownBy(() -> StepsFile.read(duplicate)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("duplicate");
        assertThatThrownBy(() -> StepsFile.read(malformed)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("broken.json");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> StepsFile.read(dir.resolve("absent.yaml"))).isInstanceOf(InvalidInput.class)
                .hasMessage("no steps file " + dir.resolve("absent.yaml"));
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }
}
