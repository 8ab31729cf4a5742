package org.cora.app;

import org.cora.application.features.abortprocedure.AbortProcedureHandler;
import org.cora.application.features.appendprocedureactivities.AppendProcedureActivitiesHandler;
import org.cora.application.features.completeprocedure.CompleteProcedureHandler;
import org.cora.application.features.getprocedure.GetProcedureHandler;
import org.cora.application.features.getprocedureactivities.GetProcedureActivitiesHandler;
import org.cora.application.features.getprocedureevents.GetProcedureEventsHandler;
import org.cora.application.features.getprocedureresumepoint.GetProcedureResumePointHandler;
import org.cora.application.features.holdprocedure.HoldProcedureHandler;
import org.cora.application.features.registerprocedure.RegisterProcedureHandler;
import org.cora.application.features.registerprocedurefromrecipe.RegisterProcedureFromRecipeHandler;
import org.cora.application.features.resumeprocedure.ResumeProcedureHandler;
import org.cora.application.features.startprocedure.StartProcedureHandler;
import org.cora.application.features.truncateprocedure.TruncateProcedureHandler;
import org.cora.application.capability.CapabilityStreams;
import org.cora.application.port.Authorize;
import org.cora.application.port.ConductLocks;
import org.cora.application.port.EventStore;
import org.cora.application.port.JournalStore;
import org.cora.application.port.ParametersSchemaValidator;
import org.cora.application.port.Transactions;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.application.recipe.RecipeStreams;
import org.cora.application.run.RunStreams;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Procedure's command and query slices, wired to the ports. */
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
    RegisterProcedureFromRecipeHandler registerProcedureFromRecipeHandler(Authorize authorize, ProcedureStreams streams,
                                                                          RecipeStreams recipes,
                                                                          CapabilityStreams capabilities,
                                                                          ParametersSchemaValidator validator, Clock clock,
                                                                          IdGenerator ids) {
        return new RegisterProcedureFromRecipeHandler(authorize, streams, recipes, capabilities, validator, clock, ids);
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
    HoldProcedureHandler holdProcedureHandler(Authorize authorize, ProcedureStreams streams, ConductLocks locks,
                                              Clock clock) {
        return new HoldProcedureHandler(authorize, streams, locks, clock);
    }

    @Bean
    ResumeProcedureHandler resumeProcedureHandler(Authorize authorize, ProcedureStreams streams, RunStreams runs,
                                                  Clock clock) {
        return new ResumeProcedureHandler(authorize, streams, runs, clock);
    }

    @Bean
    GetProcedureResumePointHandler getProcedureResumePointHandler(Authorize authorize, ProcedureStreams streams,
                                                                  JournalStore journal) {
        return new GetProcedureResumePointHandler(authorize, streams, journal);
    }

    @Bean
    GetProcedureEventsHandler getProcedureEventsHandler(Authorize authorize, ProcedureStreams streams) {
        return new GetProcedureEventsHandler(authorize, streams);
    }
}
