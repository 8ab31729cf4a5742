package org.cora.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cora.application.port.ProcedureSummary;
import org.cora.application.port.ProcedureSummaryFilter;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.procedure.ProcedureStatus;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The list read model: every filter, alone and together, and keyset pages in procedure-id order. */
class PostgresProcedureSummariesTest {

    private static final PostgresTestDatabase.TestDb DATABASE = PostgresTestDatabase.shared().freshDatabase();
    private static final DSLContext DSL = JooqContexts.threadBound(DATABASE.dataSource());
    private static final UUID MIRROR = UUID.randomUUID();
    private static final UUID CHAMBER = UUID.randomUUID();
    private static final UUID RUN = UUID.randomUUID();
    private static final List<ProcedureId> REGISTERED = new ArrayList<>();

    private final PostgresProcedureSummaries summaries = new PostgresProcedureSummaries(DSL);

    @BeforeAll
    static void someProcedures() throws InterruptedException {
        ProcedureStreamWriter writer = new ProcedureStreamWriter(new PostgresEventStore(DSL));
        REGISTERED.add(writer.register("align m1", "alignment", List.of(MIRROR), RUN));
        REGISTERED.add(writer.register("bake", "bakeout", List.of(CHAMBER), null));
        REGISTERED.add(writer.register("align both", "alignment", List.of(MIRROR, CHAMBER), RUN));
        REGISTERED.add(writer.register("scan", "scan", List.of(), null));
        writer.start(REGISTERED.get(0));
        writer.start(REGISTERED.get(2));
        writer.hold(REGISTERED.get(2), "beam lost");
        try (PostgresProjectionWorker worker = new PostgresProjectionWorker(DATABASE.dataSource(),
                DATABASE.dataSource(), List.of(new ProcedureSummaryProjection()),
                new PostgresProjectionWorker.Settings(Duration.ofHours(1), 2, Duration.ofSeconds(10)))) {
            worker.catchUp();
        }
        REGISTERED.sort((a, b) -> a.toString().compareTo(b.toString()));
    }

    @AfterAll
    static void closePool() {
        DATABASE.close();
    }

    @Test
    void withoutAFilterEveryProcedureIsListedInProcedureIdOrder() {
        assertThat(ids(ProcedureSummaryFilter.ALL, 10)).containsExactlyElementsOf(REGISTERED);
    }

    @Test
    void aSummaryCarriesTheFoldedStateAndItsBookkeeping() {
        ProcedureSummary held = page(new ProcedureSummaryFilter(Optional.of(ProcedureStatus.Held), Optional.empty(),
                Optional.empty(), Optional.empty()), Optional.empty(), 10).getFirst();

        assertThat(held.name()).isEqualTo("align both");
        assertThat(held.kind()).isEqualTo("alignment");
        assertThat(held.targetAssetIds()).containsExactlyInAnyOrder(MIRROR, CHAMBER);
        assertThat(held.parentRunId()).isEqualTo(RUN);
        assertThat(held.lastEventVersion()).isEqualTo(3);
        assertThat(held.updatedAt()).isAfter(held.registeredAt());
    }

    @Test
    void eachFilterKeepsOnlyTheProceduresItMatches() {
        assertThat(names(new ProcedureSummaryFilter(Optional.of(ProcedureStatus.Defined), Optional.empty(),
                Optional.empty(), Optional.empty()))).containsExactlyInAnyOrder("bake", "scan");
        assertThat(names(new ProcedureSummaryFilter(Optional.empty(), Optional.of("alignment"), Optional.empty(),
                Optional.empty()))).containsExactlyInAnyOrder("align m1", "align both");
        assertThat(names(new ProcedureSummaryFilter(Optional.empty(), Optional.empty(), Optional.of(CHAMBER),
                Optional.empty()))).containsExactlyInAnyOrder("bake", "align both");
        assertThat(names(new ProcedureSummaryFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(RUN)))).containsExactlyInAnyOrder("align m1", "align both");
    }

    @Test
    void filtersCombineAsAnd() {
        assertThat(names(new ProcedureSummaryFilter(Optional.of(ProcedureStatus.Running), Optional.of("alignment"),
                Optional.of(MIRROR), Optional.of(RUN)))).containsExactly("align m1");
        assertThat(names(new ProcedureSummaryFilter(Optional.of(ProcedureStatus.Running), Optional.of("bakeout"),
                Optional.empty(), Optional.empty()))).isEmpty();
    }

    @Test
    void aPageStartsStrictlyAfterTheLastIdShown() {
        List<ProcedureId> first = ids(ProcedureSummaryFilter.ALL, 2);
        List<ProcedureId> rest = page(ProcedureSummaryFilter.ALL, Optional.of(first.getLast()), 10).stream()
                .map(ProcedureSummary::procedureId).toList();

        assertThat(first).containsExactlyElementsOf(REGISTERED.subList(0, 2));
        assertThat(rest).containsExactlyElementsOf(REGISTERED.subList(2, 4));
    }

    private List<ProcedureSummary> page(ProcedureSummaryFilter filter, Optional<ProcedureId> after, int limit) {
        return summaries.page(filter, after, limit);
    }

    private List<ProcedureId> ids(ProcedureSummaryFilter filter, int limit) {
        return page(filter, Optional.empty(), limit).stream().map(ProcedureSummary::procedureId).toList();
    }

    private List<String> names(ProcedureSummaryFilter filter) {
        return page(filter, Optional.empty(), 10).stream().map(ProcedureSummary::name).toList();
    }
}
