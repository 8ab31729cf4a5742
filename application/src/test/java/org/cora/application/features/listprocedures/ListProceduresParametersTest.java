package org.cora.application.features.listprocedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.procedure.ProcedureStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListProceduresParametersTest {

    @Test
    void noParametersIsTheFirstPageOfFiftyWithoutAFilter() {
        ListProceduresQuery query = ListProceduresParameters.parse(Map.of());

        assertThat(query.limit()).isEqualTo(50);
        assertThat(query.after()).isEmpty();
        assertThat(query.filter().status()).isEmpty();
        assertThat(query.filter().kind()).isEmpty();
        assertThat(query.filter().targetAssetId()).isEmpty();
        assertThat(query.filter().parentRunId()).isEmpty();
    }

    @Test
    void everyParameterIsReadIntoTheQuery() {
        UUID asset = UUID.randomUUID();
        UUID run = UUID.randomUUID();
        ProcedureId last = new ProcedureId(UUID.randomUUID());

        ListProceduresQuery query = ListProceduresParameters.parse(Map.of("status", "Held", "kind", "alignment",
                "target_asset_id", asset.toString(), "parent_run_id", run.toString(),
                "cursor", new ProcedureListCursor(last).encode(), "limit", "100"));

        assertThat(query.filter().status()).contains(ProcedureStatus.Held);
        assertThat(query.filter().kind()).contains("alignment");
        assertThat(query.filter().targetAssetId()).contains(asset);
        assertThat(query.filter().parentRunId()).contains(run);
        assertThat(query.after()).contains(new ProcedureListCursor(last));
        assertThat(query.limit()).isEqualTo(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "fifty", "", "1e2", "99999999999"})
    void aLimitOutsideOneToAHundredIsRefused(String limit) {
        assertRefused(Map.of("limit", limit), "limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"held", "Paused", ""})
    void anUnknownStatusIsRefused(String status) {
        assertRefused(Map.of("status", status), "status must be one of");
    }

    @ParameterizedTest
    @ValueSource(strings = {"target_asset_id", "parent_run_id"})
    void anIdFilterThatIsNotAUuidIsRefused(String name) {
        assertRefused(Map.of(name, "1-2-3-4-5"), name + " must be a UUID");
        assertRefused(Map.of(name, "mirror"), name + " must be a UUID");
    }

    @Test
    void anUnknownParameterIsRefusedRatherThanIgnored() {
        assertRefused(Map.of("stauts", "Held"), "unknown parameter 'stauts'");
    }

    @Test
    void aCursorRoundTripsThroughItsText() {
        Random random = new Random(6);
        for (int i = 0; i < 1000; i++) {
            ProcedureListCursor cursor = new ProcedureListCursor(new ProcedureId(new UUID(random.nextLong(),
                    random.nextLong())));
            String text = cursor.encode();

            assertThat(text).matches("[A-Za-z0-9_-]+");
            assertThat(ProcedureListCursor.decode(text)).isEqualTo(cursor);
        }
    }

    @Test
    void aCursorThisServiceDidNotIssueIsRefused() {
        String valid = new ProcedureListCursor(new ProcedureId(UUID.randomUUID())).encode();
        Random random = new Random(7);
        for (String text : new String[] {"", "not a cursor", "%%%", valid.substring(1), valid + "AA",
                "B" + valid.substring(1), UUID.randomUUID().toString()}) {
            assertRefused(Map.of("cursor", text), "cursor");
        }
        for (int i = 0; i < 1000; i++) {
            byte[] bytes = new byte[random.nextInt(30)];
            random.nextBytes(bytes);
            String text = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            boolean issuable = bytes.length == 17 && bytes[0] == 1;
            if (!issuable) {
                assertRefused(Map.of("cursor", text), "cursor");
            }
        }
    }

    @Test
    void theQueryItselfRefusesALimitOutOfRange() {
        assertThatThrownBy(() -> new ListProceduresQuery(org.cora.application.port.ProcedureSummaryFilter.ALL,
                Optional.empty(), 0)).isInstanceOf(InvalidProcedureListQueryError.class);
    }

    private static void assertRefused(Map<String, String> parameters, String detail) {
        assertThatThrownBy(() -> ListProceduresParameters.parse(parameters))
                .isInstanceOf(InvalidProcedureListQueryError.class)
                .hasMessageContaining(detail);
    }
}
