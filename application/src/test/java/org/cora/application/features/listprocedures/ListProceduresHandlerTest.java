package org.cora.application.features.listprocedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cora.application.port.Caller;
import org.cora.application.port.ProcedureSummaries;
import org.cora.application.port.ProcedureSummary;
import org.cora.application.port.ProcedureSummaryFilter;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.procedure.ProcedureStatus;
import org.cora.domain.shared.UnauthorizedError;
import org.junit.jupiter.api.Test;

class ListProceduresHandlerTest {

    private static final Caller OPERATOR = new Caller("operator:ada", UUID.randomUUID());

    private final List<ProcedureSummary> rows = new ArrayList<>();
    private final ProcedureSummaries summaries = (filter, after, limit) -> rows.stream()
            .sorted(Comparator.comparing(s -> s.procedureId().toString()))
            .filter(s -> after.map(a -> s.procedureId().toString().compareTo(a.toString()) > 0).orElse(true))
            .limit(limit).toList();

    @Test
    void pagesFollowEachOtherWithoutGapOrDuplicateAndTheLastSaysItIsTheLast() {
        for (int i = 0; i < 7; i++) {
            rows.add(summary());
        }
        ListProceduresHandler handler = new ListProceduresHandler((principal, command) -> { }, summaries);
        List<ProcedureId> seen = new ArrayList<>();
        Optional<ProcedureListCursor> cursor = Optional.empty();
        int pages = 0;
        do {
            ListProceduresPage page = handler.handle(new ListProceduresQuery(ProcedureSummaryFilter.ALL, cursor, 3),
                    OPERATOR);
            page.items().forEach(s -> seen.add(s.procedureId()));
            cursor = page.nextCursor().map(ProcedureListCursor::decode);
            pages++;
        } while (cursor.isPresent());

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(rows.stream().map(ProcedureSummary::procedureId)
                .sorted(Comparator.comparing(ProcedureId::toString)).toList());
    }

    @Test
    void aFullLastPageHasNoNextCursor() {
        for (int i = 0; i < 3; i++) {
            rows.add(summary());
        }
        ListProceduresHandler handler = new ListProceduresHandler((principal, command) -> { }, summaries);

        ListProceduresPage page = handler.handle(new ListProceduresQuery(ProcedureSummaryFilter.ALL, Optional.empty(),
                3), OPERATOR);

        assertThat(page.items()).hasSize(3);
        assertThat(page.nextCursor()).isEmpty();
    }

    @Test
    void theQueryIsAuthorizedByItsNameBeforeAnythingIsRead() {
        List<String> asked = new ArrayList<>();
        ListProceduresHandler handler = new ListProceduresHandler((principal, command) -> {
            asked.add(command);
            throw new UnauthorizedError(principal, command, "not on the policy");
        }, (filter, after, limit) -> {
            throw new AssertionError("read before authorization");
        });

        assertThatThrownBy(() -> handler.handle(new ListProceduresQuery(ProcedureSummaryFilter.ALL, Optional.empty(),
                10), OPERATOR)).isInstanceOf(UnauthorizedError.class);
        assertThat(asked).containsExactly("ListProcedures");
    }

    private static ProcedureSummary summary() {
        Instant at = Instant.parse("2026-03-01T08:00:00Z");
        return new ProcedureSummary(new ProcedureId(UUID.randomUUID()), "p", "alignment", ProcedureStatus.Defined,
                List.of(), null, null, null, null, null, null, at, at, 1);
    }
}
