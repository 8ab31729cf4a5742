package org.cora.adapters.hardware.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ControlRoutesTest {

    @Test
    void reads_every_route_in_order_with_read_only_defaulting_to_false() {
        assertThat(ControlRoutes.parse("""
                [{"prefix": "BL7:", "substrate": "epics_ca", "is_simulated": false, "read_only": true},
                 {"prefix": "SIM:", "substrate": "epics_pva", "is_simulated": true},
                 {"prefix": "sim:", "substrate": "simulated", "is_simulated": true}]
                """)).containsExactly(
                new ControlRoute("BL7:", Substrate.epics_ca, false, true),
                new ControlRoute("SIM:", Substrate.epics_pva, true, false),
                new ControlRoute("sim:", Substrate.simulated, true, false));
    }

    @Test
    void blank_configuration_declares_no_routes() {
        assertThat(ControlRoutes.parse("  ")).isEmpty();
        assertThat(ControlRoutes.parse(null)).isEmpty();
    }

    @Test
    void a_route_must_declare_whether_it_reaches_a_simulator() {
        assertThatThrownBy(() -> ControlRoutes.parse("[{\"prefix\": \"BL7:\", \"substrate\": \"epics_ca\"}]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cora.control.routes entry 0 must say whether it reaches a simulator: "
                        + "add \"is_simulated\": true or false");
    }

    @Test
    void refuses_unknown_keys_substrates_repeated_prefixes_and_wrong_types() {
        assertThatThrownBy(() -> ControlRoutes.parse(
                "[{\"prefix\": \"A:\", \"substrate\": \"epics_ca\", \"is_simulated\": false, \"readonly\": true}]"))
                .hasMessageContaining("entry 0 has the unknown key 'readonly'");
        assertThatThrownBy(() -> ControlRoutes.parse(
                "[{\"prefix\": \"A:\", \"substrate\": \"tango\", \"is_simulated\": false}]"))
                .hasMessageContaining("unknown substrate 'tango'");
        assertThatThrownBy(() -> ControlRoutes.parse("""
                [{"prefix": "A:", "substrate": "epics_ca", "is_simulated": false},
                 {"prefix": "A:", "substrate": "epics_pva", "is_simulated": false}]"""))
                .hasMessage("cora.control.routes entry 1 repeats the prefix 'A:'");
        assertThatThrownBy(() -> ControlRoutes.parse(
                "[{\"prefix\": \"A:\", \"substrate\": \"epics_ca\", \"is_simulated\": \"no\"}]"))
                .hasMessageContaining("needs \"is_simulated\" as true or false");
        assertThatThrownBy(() -> ControlRoutes.parse("{\"prefix\": \"A:\"}"))
                .hasMessage("cora.control.routes must be a JSON array of routes");
        assertThatThrownBy(() -> ControlRoutes.parse("[{\"prefix\": \"A:\",]"))
                .hasMessageStartingWith("cora.control.routes is not valid JSON");
    }
}
