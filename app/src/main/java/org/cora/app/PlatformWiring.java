package org.cora.app;

import java.io.IOException;
import java.nio.file.Path;
import org.cora.adapters.hardware.SimulatedBeamlineControlPort;
import org.cora.application.port.Authorize;
import org.cora.domain.conductor.ActionRegistry;
import org.cora.domain.control.ControlPort;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time, ids, authorization and the control system. */
@Configuration(proxyBeanMethods = false)
class PlatformWiring {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformWiring.class);

    @Bean
    Clock clock() {
        return new SystemClock();
    }

    @Bean
    IdGenerator idGenerator() {
        return new UuidV7Ids();
    }

    @Bean
    Authorize authorize() {
        LOG.warn("Authorization: allow-all (development policy). Every principal may issue every command.");
        return new AllowAllAuthorize();
    }

    /** The simulated beamline: {@code --cora.beamline=FILE} for a model of your own, else the built-in demo. */
    @Bean(destroyMethod = "close")
    SimulatedBeamlineControlPort controlPort(Clock clock, @Value("${cora.beamline:}") String beamline)
            throws IOException {
        if (beamline.isBlank()) {
            LOG.info("Control system: the built-in simulated demo beamline (addresses sim:*)");
            return SimulatedBeamlineControlPort.demo(clock);
        }
        LOG.info("Control system: the simulated beamline described in {}", beamline);
        return SimulatedBeamlineControlPort.fromYaml(Path.of(beamline), clock);
    }

    /** The actions the beamline model configures (its {@code actions:} section), else {@code count} on sim:det. */
    @Bean
    ActionRegistry actionRegistry(SimulatedBeamlineControlPort controlPort) {
        return controlPort.actions().registry();
    }
}
