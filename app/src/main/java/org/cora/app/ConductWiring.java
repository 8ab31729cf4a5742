package org.cora.app;

import java.time.Duration;
import org.cora.application.asset.AssetStreams;
import org.cora.application.calibration.CalibrationStreams;
import org.cora.application.capability.CapabilityStreams;
import org.cora.application.conduct.BackgroundConducts;
import org.cora.application.conduct.ConductStepResolution;
import org.cora.application.conduct.ConductPreparation;
import org.cora.application.conduct.ConductSession;
import org.cora.application.conduct.LostConductorSweep;
import org.cora.application.conduct.PinnedConduct;
import org.cora.application.conduct.PseudoAxisResolvers;
import org.cora.application.conduct.StoredPseudoAxisResolvers;
import org.cora.application.conduct.SliceProcedureLifecycle;
import org.cora.application.conduct.SliceStepJournal;
import org.cora.application.conduct.StreamHoldSignal;
import org.cora.application.features.abortprocedure.AbortProcedureHandler;
import org.cora.application.features.appendprocedureactivities.AppendProcedureActivitiesHandler;
import org.cora.application.features.completeprocedure.CompleteProcedureHandler;
import org.cora.application.features.conductfromprocedure.ConductFromProcedureHandler;
import org.cora.application.features.conductorholdprocedure.ConductOrHoldProcedureHandler;
import org.cora.application.features.conductprocedure.ConductProcedureHandler;
import org.cora.application.features.holdprocedure.HoldProcedureHandler;
import org.cora.application.features.resumeprocedure.ResumeProcedureHandler;
import org.cora.application.features.startprocedure.StartProcedureHandler;
import org.cora.application.port.Authorize;
import org.cora.application.port.ConductLocks;
import org.cora.application.port.JournalStore;
import org.cora.application.port.LostConductorCandidates;
import org.cora.application.port.Transactions;
import org.cora.application.plan.PlanStreams;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.application.recipe.RecipeStreams;
import org.cora.application.run.RunStreams;
import org.cora.domain.conductor.ActionRegistry;
import org.cora.domain.conductor.Conductor;
import org.cora.domain.control.ControlPort;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Conductor, the conduct slices that drive it, and the watch for lost conductors. */
@Configuration(proxyBeanMethods = false)
class ConductWiring {

    @Bean
    Conductor conductor(ControlPort controlPort, ActionRegistry actions, AppendProcedureActivitiesHandler append,
                        StartProcedureHandler start, CompleteProcedureHandler complete, AbortProcedureHandler abort,
                        HoldProcedureHandler hold, ResumeProcedureHandler resume, ProcedureStreams streams,
                        Clock clock, IdGenerator ids, @Value("${cora.control.write-timeout:30s}") Duration writeTimeout,
                        BackgroundConducts background) {
        return new Conductor(controlPort, new SliceStepJournal(append), clock, ids, actions,
                background.announcingStarts(new SliceProcedureLifecycle(start, complete, abort, hold, resume)),
                background.holdingWhenStopping(new StreamHoldSignal(streams)), writeTimeout);
    }

    @Bean
    ConductSession conductSession(Transactions transactions, ConductLocks locks) {
        return new ConductSession(transactions, locks);
    }

    @Bean
    ConductPreparation conductPreparation(ProcedureStreams streams, RecipeStreams recipes, CapabilityStreams capabilities,
                                          RunStreams runs, PlanStreams plans, AssetStreams assets,
                                          CalibrationStreams calibrations, Clock clock) {
        PseudoAxisResolvers resolvers = new StoredPseudoAxisResolvers(runs, plans, assets, calibrations);
        return new ConductPreparation(new ConductStepResolution(recipes, capabilities, resolvers), streams, clock);
    }

    @Bean
    PinnedConduct pinnedConduct(ProcedureStreams streams, ConductPreparation preparation, ConductSession session) {
        return new PinnedConduct(streams, preparation, session);
    }

    @Bean
    ConductProcedureHandler conductProcedureHandler(Authorize authorize, PinnedConduct pinned, Conductor conductor,
                                                    BackgroundConducts background) {
        return new ConductProcedureHandler(authorize, pinned, conductor, background);
    }

    @Bean
    ConductOrHoldProcedureHandler conductOrHoldProcedureHandler(Authorize authorize, PinnedConduct pinned,
                                                                Conductor conductor, BackgroundConducts background) {
        return new ConductOrHoldProcedureHandler(authorize, pinned, conductor, background);
    }

    @Bean
    ConductFromProcedureHandler conductFromProcedureHandler(Authorize authorize, ProcedureStreams streams,
                                                            JournalStore journal, Conductor conductor,
                                                            ConductSession session, Clock clock,
                                                            BackgroundConducts background) {
        return new ConductFromProcedureHandler(authorize, streams, journal, conductor, session, clock, background);
    }

    @Bean
    LostConductorSweep lostConductorSweep(LostConductorCandidates candidates, ConductLocks locks,
                                          Transactions transactions, ProcedureStreams streams, JournalStore journal,
                                          HoldProcedureHandler hold, IdGenerator ids) {
        return new LostConductorSweep(candidates, locks, transactions, streams, journal, hold, ids);
    }

    @Bean(destroyMethod = "close")
    LostConductorWatch lostConductorWatch(LostConductorSweep sweep,
                                          @Value("${cora.conductor.sweep-interval:2s}") Duration interval) {
        return LostConductorWatch.start(sweep, interval);
    }
}
