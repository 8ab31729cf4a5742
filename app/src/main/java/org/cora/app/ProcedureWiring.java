package org.cora.app;

import java.time.Duration;
import org.cora.application.conduct.CallerStepsResolution;
import org.cora.application.conduct.ConductPreparation;
import org.cora.application.conduct.SliceProcedureLifecycle;
import org.cora.application.conduct.SliceStepJournal;
import org.cora.application.features.abortprocedure.AbortProcedureHandler;
import org.cora.application.features.appendprocedureactivities.AppendProcedureActivitiesHandler;
import org.cora.application.features.completeprocedure.CompleteProcedureHandler;
import org.cora.application.features.conductprocedure.ConductProcedureHandler;
import org.cora.application.features.getprocedure.GetProcedureHandler;
import org.cora.application.features.getprocedureactivities.GetProcedureActivitiesHandler;
import org.cora.application.features.getprocedureevents.GetProcedureEventsHandler;
import org.cora.application.features.registerprocedure.RegisterProcedureHandler;
import org.cora.application.features.startprocedure.StartProcedureHandler;
import org.cora.application.features.truncateprocedure.TruncateProcedureHandler;
import org.cora.application.port.Authorize;
import org.cora.application.port.EventStore;
import org.cora.application.port.JournalStore;
import org.cora.application.port.Transactions;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.conductor.ActionRegistry;
import org.cora.domain.conductor.Conductor;
import org.cora.domain.control.ControlPort;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Procedure slices and the Conductor, wired to the ports. */
@Configuration(proxyBeanMethods = false)
class ProcedureWiring {

    @Bean
    ProcedureStreams procedureStreams(EventStore store, IdGenerator ids) {
        return new ProcedureStreams(store, ids);
    }

    @Bean
    RegisterProcedureHandler registerProcedureHandler(Authorize authorize, ProcedureStreams streams, Clock clock,
                                                      IdGenerator ids) {
        return new RegisterProcedureHandler(authorize, streams, clock, ids);
    }

    @Bean
    StartProcedureHandler startProcedureHandler(Authorize authorize, ProcedureStreams streams, Clock clock) {
        return new StartProcedureHandler(authorize, streams, clock);
    }

    @Bean
    CompleteProcedureHandler completeProcedureHandler(Authorize authorize, ProcedureStreams streams, Clock clock) {
        return new CompleteProcedureHandler(authorize, streams, clock);
    }

    @Bean
    AbortProcedureHandler abortProcedureHandler(Authorize authorize, ProcedureStreams streams, Clock clock) {
        return new AbortProcedureHandler(authorize, streams, clock);
    }

    @Bean
    TruncateProcedureHandler truncateProcedureHandler(Authorize authorize, ProcedureStreams streams, Clock clock) {
        return new TruncateProcedureHandler(authorize, streams, clock);
    }

    @Bean
    AppendProcedureActivitiesHandler appendProcedureActivitiesHandler(Authorize authorize, ProcedureStreams streams,
                                                                      JournalStore journal, Transactions transactions,
                                                                      Clock clock, IdGenerator ids) {
        return new AppendProcedureActivitiesHandler(authorize, streams, journal, transactions, clock, ids);
    }

    @Bean
    GetProcedureHandler getProcedureHandler(Authorize authorize, ProcedureStreams streams) {
        return new GetProcedureHandler(authorize, streams);
    }

    @Bean
    GetProcedureActivitiesHandler getProcedureActivitiesHandler(Authorize authorize, ProcedureStreams streams,
                                                                JournalStore journal) {
        return new GetProcedureActivitiesHandler(authorize, streams, journal);
    }

    @Bean
    GetProcedureEventsHandler getProcedureEventsHandler(Authorize authorize, ProcedureStreams streams) {
        return new GetProcedureEventsHandler(authorize, streams);
    }

    @Bean
    Conductor conductor(ControlPort controlPort, ActionRegistry actions, AppendProcedureActivitiesHandler append,
                        StartProcedureHandler start, CompleteProcedureHandler complete, AbortProcedureHandler abort,
                        Clock clock, IdGenerator ids,
                        @Value("${cora.control.write-timeout:30s}") Duration writeTimeout) {
        return new Conductor(controlPort, new SliceStepJournal(append), clock, ids, actions,
                new SliceProcedureLifecycle(start, complete, abort), writeTimeout);
    }

    @Bean
    ConductProcedureHandler conductProcedureHandler(Authorize authorize, ProcedureStreams streams, Clock clock,
                                                    Conductor conductor, Transactions transactions) {
        return new ConductProcedureHandler(authorize, streams,
                new ConductPreparation(new CallerStepsResolution(), streams, clock), conductor, transactions);
    }
}
