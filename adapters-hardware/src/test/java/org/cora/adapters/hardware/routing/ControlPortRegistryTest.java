package org.cora.adapters.hardware.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cora.adapters.hardware.memory.InMemoryControlPort;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.control.ControlPort;
import org.cora.domain.control.ControlSubscription;
import org.cora.domain.control.ControlWritesDisabledError;
import org.cora.domain.control.MalformedControlAddressError;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.NoAdapterForAddressError;
import org.cora.domain.json.Json;
import org.junit.jupiter.api.Test;

class ControlPortRegistryTest {

    private static final Duration WAIT = Duration.ofSeconds(1);

    private final InMemoryControlPort beamline = port("BL7:mono:energy", "BL7:m1", "BL7:m1:special", "BL7:m1 bad");
    private final InMemoryControlPort optics = port("BL7:m1:special");
    private final InMemoryControlPort simulator = port("sim:m1");

    private static InMemoryControlPort port(String... addresses) {
        InMemoryControlPort port = new InMemoryControlPort(Instant::now);
        for (String address : addresses) {
            port.seed(address, Measurement.good(Json.num(1), Instant.now()));
        }
        return port;
    }

    private ControlPortRegistry registry(boolean writesEnabled) {
        return new ControlPortRegistry(writesEnabled)
                .register(new ControlRoute("BL7:", Substrate.epics_ca, false, false), beamline)
                .register(new ControlRoute("BL7:m1:", Substrate.epics_pva, false, false), optics)
                .register(new ControlRoute("sim:", Substrate.simulated, true, false), simulator);
    }

    @Test
    void the_longest_matching_prefix_wins() throws Exception {
        ControlPortRegistry registry = registry(true);

        registry.write("BL7:m1:special", Json.num(5), true, WAIT);
        registry.write("BL7:m1", Json.num(6), true, WAIT);

        assertThat(optics.read("BL7:m1:special").value()).isEqualTo(Json.num(5));
        assertThat(beamline.read("BL7:m1:special").value()).isEqualTo(Json.num(1));
        assertThat(beamline.read("BL7:m1").value()).isEqualTo(Json.num(6));
        assertThat(registry.routes()).extracting(ControlRoute::prefix).containsExactly("BL7:m1:", "BL7:", "sim:");
    }

    @Test
    void an_address_no_route_matches_reaches_no_adapter() {
        ControlPortRegistry registry = registry(true);

        assertThatThrownBy(() -> registry.read("XF:31:m1")).isInstanceOf(NoAdapterForAddressError.class)
                .hasFieldOrPropertyWithValue("address", "XF:31:m1");
        assertThatThrownBy(() -> registry.subscribe("XF:31:m1")).isInstanceOf(NoAdapterForAddressError.class);
        assertThat(registry.actuationOf("XF:31:m1")).isEmpty();
    }

    @Test
    void an_address_its_substrate_cannot_parse_is_malformed_and_never_dispatched() throws Exception {
        ControlPortRegistry registry = registry(true);

        assertThatThrownBy(() -> registry.write("BL7:m1 bad", Json.num(2), true, WAIT))
                .isInstanceOf(MalformedControlAddressError.class)
                .hasFieldOrPropertyWithValue("substrate", "epics_ca")
                .hasMessageContaining("without blanks");
        assertThat(beamline.read("BL7:m1 bad").value()).isEqualTo(Json.num(1));
    }

    @Test
    void a_read_only_route_refuses_writes_but_reads_and_streams() throws Exception {
        ControlPortRegistry registry = new ControlPortRegistry(true)
                .register(new ControlRoute("BL7:", Substrate.epics_ca, false, true), beamline);

        assertThatThrownBy(() -> registry.write("BL7:m1", Json.num(9), true, WAIT))
                .isInstanceOf(ControlWritesDisabledError.class)
                .hasFieldOrPropertyWithValue("scope", ControlWritesDisabledError.Scope.route)
                .hasFieldOrPropertyWithValue("prefix", "BL7:")
                .hasFieldOrPropertyWithValue("address", "BL7:m1");
        assertThat(registry.read("BL7:m1").value()).isEqualTo(Json.num(1));
        try (ControlSubscription subscription = registry.subscribe("BL7:m1")) {
            assertThat(subscription.next(WAIT)).map(Measurement::value).contains(Json.num(1));
        }
        assertThat(beamline.read("BL7:m1").value()).isEqualTo(Json.num(1));
    }

    @Test
    void a_deployment_without_writes_refuses_every_write_on_every_route() throws Exception {
        ControlPortRegistry registry = registry(false);

        for (String address : List.of("BL7:m1", "BL7:m1:special", "sim:m1")) {
            assertThatThrownBy(() -> registry.write(address, Json.num(9), false, WAIT))
                    .isInstanceOf(ControlWritesDisabledError.class)
                    .hasFieldOrPropertyWithValue("scope", ControlWritesDisabledError.Scope.deployment)
                    .hasMessageContaining("for this deployment");
            assertThat(registry.read(address).value()).isEqualTo(Json.num(1));
        }
        assertThat(registry.writesEnabled()).isFalse();
    }

    @Test
    void provenance_comes_from_the_route_declaration_even_when_writes_are_refused() {
        ControlPortRegistry registry = registry(false);

        assertThat(registry.actuationOf("sim:m1")).contains(ActuationKind.Simulated);
        assertThat(registry.actuationOf("BL7:m1")).contains(ActuationKind.Physical);
    }

    @Test
    void registering_a_prefix_again_replaces_its_route() throws Exception {
        InMemoryControlPort replacement = port("sim:m1");
        ControlPortRegistry registry = registry(true)
                .register(new ControlRoute("sim:", Substrate.simulated, false, false), replacement);

        registry.write("sim:m1", Json.num(3), true, WAIT);

        assertThat(replacement.read("sim:m1").value()).isEqualTo(Json.num(3));
        assertThat(simulator.read("sim:m1").value()).isEqualTo(Json.num(1));
        assertThat(registry.actuationOf("sim:m1")).contains(ActuationKind.Physical);
        assertThat(registry.routes()).hasSize(3);
    }

    @Test
    void the_empty_prefix_catches_what_no_other_route_does() throws Exception {
        ControlPortRegistry registry = registry(true)
                .register(new ControlRoute("", Substrate.simulated, true, false), port("XF:31:m1"));

        assertThat(registry.read("XF:31:m1").value()).isEqualTo(Json.num(1));
        assertThat(registry.routeOf("BL7:m1")).map(ControlRoute::prefix).contains("BL7:");
    }

    @Test
    void closing_closes_each_adapter_once_and_carries_on_past_a_failure() {
        List<String> closed = new ArrayList<>();
        ClosingPort failing = new ClosingPort("failing", closed, true);
        ClosingPort shared = new ClosingPort("shared", closed, false);
        ControlPortRegistry registry = new ControlPortRegistry(true)
                .register(new ControlRoute("A:", Substrate.epics_ca, false, false), failing)
                .register(new ControlRoute("B:", Substrate.epics_ca, false, false), shared)
                .register(new ControlRoute("C:", Substrate.epics_ca, false, true), shared);

        registry.close();
        registry.close();

        assertThat(closed).containsExactlyInAnyOrder("failing", "shared");
    }

    /** A port that only records being closed, and may fail doing it. */
    private record ClosingPort(String name, List<String> closed, boolean fails) implements ControlPort, AutoCloseable {

        @Override
        public Measurement read(String address) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void write(String address, Json value, boolean wait, Duration timeout) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ControlSubscription subscribe(String address) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ActuationKind> actuationOf(String address) {
            return Optional.empty();
        }

        @Override
        public void close() {
            closed.add(name);
            if (fails) {
                throw new IllegalStateException("the context would not close");
            }
        }
    }
}
