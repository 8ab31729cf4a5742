package org.cora.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cora.adapters.hardware.ActionCatalog;
import org.cora.adapters.hardware.SimulatedBeamlineControlPort;
import org.cora.adapters.hardware.epics.ca.EpicsCaControlPort;
import org.cora.adapters.hardware.epics.ca.EpicsCaSettings;
import org.cora.adapters.hardware.epics.pva.EpicsPvaControlPort;
import org.cora.adapters.hardware.epics.pva.EpicsPvaSettings;
import org.cora.adapters.hardware.routing.ControlPortRegistry;
import org.cora.adapters.hardware.routing.ControlRoute;
import org.cora.adapters.hardware.routing.ControlRoutes;
import org.cora.adapters.hardware.routing.Substrate;
import org.cora.domain.conductor.ActionRegistry;
import org.cora.domain.control.ControlPort;
import org.cora.domain.shared.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * The control system: the routing table ({@code cora.control.routes}), the adapters it names, and
 * the deployment's write switch ({@code cora.control.writes-enabled}). Without routes every
 * address goes to the simulated beamline, declared simulated. See docs/HARDWARE.md.
 */
@Configuration(proxyBeanMethods = false)
class ControlWiring {

    private static final Logger LOG = LoggerFactory.getLogger(ControlWiring.class);

    /** What an empty routing table means: everything to the simulated beamline. */
    static final ControlRoute SIMULATED_DEFAULT = new ControlRoute("", Substrate.simulated, true, false);

    /** The simulated beamline: {@code --cora.beamline=FILE} for a model of your own, else the built-in demo. */
    @Bean(destroyMethod = "close")
    SimulatedBeamlineControlPort simulatedBeamline(Clock clock, @Value("${cora.beamline:}") String beamline)
            throws IOException {
        if (beamline.isBlank()) {
            return SimulatedBeamlineControlPort.demo(clock);
        }
        return SimulatedBeamlineControlPort.fromYaml(Path.of(beamline), clock);
    }

    /**
     * The action bodies: those of {@code --cora.actions=FILE} (an {@code actions:} catalogue, for a
     * deployment whose addresses are not the simulator's), else those the beamline model declares.
     */
    @Bean
    ActionRegistry actionRegistry(SimulatedBeamlineControlPort simulated, @Value("${cora.actions:}") String actions)
            throws IOException {
        if (actions.isBlank()) {
            return simulated.actions().registry();
        }
        ActionCatalog catalog = ActionCatalog.fromYaml(Path.of(actions));
        LOG.info("Actions from {}: {}", actions, catalog.names());
        return catalog.registry();
    }

    @Bean(destroyMethod = "close")
    @Primary
    ControlPortRegistry controlPort(SimulatedBeamlineControlPort simulated, Environment environment,
                                    @Value("${cora.beamline:}") String beamline,
                                    @Value("${cora.control.routes:}") String routesJson,
                                    @Value("${cora.control.writes-enabled:true}") boolean writesEnabled) {
        List<ControlRoute> routes = ControlRoutes.parse(routesJson);
        if (routes.isEmpty()) {
            routes = List.of(SIMULATED_DEFAULT);
        }
        ControlPortRegistry registry = new ControlPortRegistry(writesEnabled);
        Adapters adapters = new Adapters(simulated, environment);
        for (ControlRoute route : routes) {
            registry.register(route, adapters.forSubstrate(route.substrate()));
            LOG.info("Control route '{}' -> {} ({}{})", route.prefix(), describe(route.substrate(), beamline),
                    route.simulated() ? "simulated" : "physical", route.readOnly() ? ", read-only" : "");
        }
        if (!writesEnabled) {
            LOG.warn("Control writes are disabled for this deployment (cora.control.writes-enabled=false): "
                    + "every setpoint and action write will be refused; reads keep working");
        }
        return registry;
    }

    /** One adapter per substrate, made when the first route needs it and shared by every route over it. */
    private static final class Adapters {

        private final SimulatedBeamlineControlPort simulated;
        private final Environment environment;
        private EpicsCaControlPort channelAccess;
        private EpicsPvaControlPort pvAccess;

        Adapters(SimulatedBeamlineControlPort simulated, Environment environment) {
            this.simulated = simulated;
            this.environment = environment;
        }

        ControlPort forSubstrate(Substrate substrate) {
            return switch (substrate) {
                case simulated -> simulated;
                case epics_ca -> channelAccess();
                case epics_pva -> pvAccess();
            };
        }

        private EpicsCaControlPort channelAccess() {
            if (channelAccess == null) {
                EpicsCaSettings settings = EpicsSettings.channelAccess(environment, System.getenv());
                LOG.info("EPICS Channel Access: address list {} (auto {}), server port {}, repeater port {}",
                        settings.addressList(), settings.autoAddressList(), settings.serverPort(),
                        settings.repeaterPort());
                channelAccess = new EpicsCaControlPort(settings);
            }
            return channelAccess;
        }

        private EpicsPvaControlPort pvAccess() {
            if (pvAccess == null) {
                EpicsPvaSettings settings = EpicsSettings.pvAccess(environment, System.getenv());
                LOG.info("EPICS pvAccess: address list {} (auto {}), name servers {}, broadcast port {}",
                        settings.addressList(), settings.autoAddressList(), settings.nameServers(),
                        settings.broadcastPort());
                pvAccess = new EpicsPvaControlPort(settings);
            }
            return pvAccess;
        }
    }

    private static String describe(Substrate substrate, String beamline) {
        return switch (substrate) {
            case simulated -> beamline.isBlank() ? "the built-in simulated demo beamline" : "the simulated beamline "
                    + beamline;
            case epics_ca -> "EPICS Channel Access";
            case epics_pva -> "EPICS pvAccess";
        };
    }
}
