package org.cora.app;

import java.time.Duration;
import javax.sql.DataSource;
import org.cora.adapters.http.LiveStreams;
import org.cora.adapters.postgres.PostgresCommitSignals;
import org.cora.adapters.postgres.PostgresConductOutcomes;
import org.cora.adapters.postgres.PostgresEventFeed;
import org.cora.adapters.postgres.PostgresJournalFeed;
import org.cora.application.conduct.BackgroundConducts;
import org.cora.application.conduct.ConductSession;
import org.cora.application.features.getprocedureconductresult.GetProcedureConductResultHandler;
import org.cora.application.features.streamprocedureactivities.StreamProcedureActivitiesHandler;
import org.cora.application.features.streamprocedurestatuses.StreamProcedureStatusesHandler;
import org.cora.application.port.Authorize;
import org.cora.application.port.CommitSignals;
import org.cora.application.port.ConductLocks;
import org.cora.application.port.ConductOutcomes;
import org.cora.application.port.EventFeed;
import org.cora.application.port.JournalFeed;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Long conducts: the background conduct workers (and their orderly stop), the live streams of the
 * journal and of Procedure statuses, and the conduct result a 202 points to.
 */
@Configuration(proxyBeanMethods = false)
class AsyncConductWiring {

    @Bean
    ConductOutcomes conductOutcomes(DSLContext dsl) {
        return new PostgresConductOutcomes(dsl);
    }

    @Bean
    BackgroundConducts backgroundConducts(ConductSession session, ConductOutcomes outcomes, Clock clock,
                                          IdGenerator ids, @Value("${cora.conduct.async.workers:4}") int workers) {
        return new BackgroundConducts(workers, session, outcomes, clock, ids);
    }

    /** On shutdown, before the web server drains: every walk holds at its next step boundary, then the workers end. */
    @Bean
    SmartLifecycle backgroundConductsStop(BackgroundConducts background,
                                          @Value("${cora.conduct.async.shutdown-grace:15s}") Duration grace) {
        return new BackgroundConductsLifecycle(background, grace);
    }

    @Bean
    JournalFeed journalFeed(DSLContext dsl) {
        return new PostgresJournalFeed(dsl);
    }

    @Bean
    EventFeed eventFeed(DSLContext dsl) {
        return new PostgresEventFeed(dsl);
    }

    @Bean(destroyMethod = "close")
    PostgresCommitSignals commitSignals(DataSource dataSource) {
        return PostgresCommitSignals.start(dataSource);
    }

    @Bean
    LiveStreams liveStreams(@Value("${cora.streams.poll-interval:2s}") Duration pollInterval,
                            @Value("${cora.streams.heartbeat:15s}") Duration heartbeat) {
        return new LiveStreams(pollInterval, heartbeat);
    }

    @Bean
    StreamProcedureActivitiesHandler streamProcedureActivitiesHandler(Authorize authorize, ProcedureStreams streams,
                                                                      JournalFeed journal, CommitSignals signals) {
        return new StreamProcedureActivitiesHandler(authorize, streams, journal, signals);
    }

    @Bean
    StreamProcedureStatusesHandler streamProcedureStatusesHandler(Authorize authorize, EventFeed events,
                                                                  CommitSignals signals) {
        return new StreamProcedureStatusesHandler(authorize, events, signals);
    }

    @Bean
    GetProcedureConductResultHandler getProcedureConductResultHandler(Authorize authorize, ProcedureStreams streams,
                                                                      ConductOutcomes outcomes, ConductLocks locks) {
        return new GetProcedureConductResultHandler(authorize, streams, outcomes, locks);
    }
}
