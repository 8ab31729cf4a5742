package org.cora.tools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ServerSentEventsTest {

    @Test
    void aBlankLineEndsAnEventWithItsTypeIdAndData() {
        assertThat(read("event: activity", "id: 7", "data: {\"a\": 1}", ""))
                .containsExactly(new ServerSentEvents.Event("activity", "7", "{\"a\": 1}"));
    }

    @Test
    void dataLinesJoinWithNewlinesAndCommentsAndUnknownFieldsAreSkipped() {
        assertThat(read(": keep-alive", "retry: 1000", "data:first", "data: second", ""))
                .containsExactly(new ServerSentEvents.Event("message", null, "first\nsecond"));
    }

    @Test
    void theLastIdCarriesOverToEventsWithoutOne() {
        assertThat(read("id: 3", "event: activity", "data: x", "", "event: end", "data: Completed", ""))
                .extracting(ServerSentEvents.Event::id).containsExactly("3", "3");
    }

    @Test
    void anEndWithoutDataIsStillAnEventAndBlankLinesAloneAreNone() {
        assertThat(read("", "", "event: end", "")).containsExactly(new ServerSentEvents.Event("end", null, ""));
    }

    private static List<ServerSentEvents.Event> read(String... lines) {
        ServerSentEvents events = new ServerSentEvents();
        return Stream.of(lines).map(events::line).flatMap(Optional::stream).toList();
    }
}
