package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cora.domain.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /procedures} through the real server and its projection worker: keyset pages that
 * neither repeat nor skip while Procedures are being registered, the filters, and refusals as
 * problem details. The list follows the event stream with a lag, so each test waits for what it
 * registered to be projected before it asserts on the list.
 */
class ListProceduresOverHttpTest extends CoraServerTest {

    private static final Duration PROJECTED = Duration.ofSeconds(15);

    /** A page of the list: its procedure ids in order, and the cursor of the next one. */
    record Page(List<String> ids, Optional<String> nextCursor) {
    }

    @Test
    void pagesThroughTwoHundredFiftyProceduresWithoutDuplicateOrGapWhileOthersAreRegistered() {
        String kind = uniqueKind("paging");
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            registered.add(register("paged " + i, kind, ""));
        }
        eventually(PROJECTED, "all 250 projected", () -> Optional.of(true)
                .filter(ok -> allIds("kind=" + kind + "&limit=100").size() == 250));

        List<String> concurrent = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> registering = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 60; i++) {
                concurrent.add(register("registered while paging " + i, kind, ""));
            }
        });
        eventually(PROJECTED, "the concurrent registrations under way", () -> Optional.of(true)
                .filter(ok -> !concurrent.isEmpty()));
        List<String> seen = new ArrayList<>();
        int pages = 0;
        Optional<String> cursor = Optional.empty();
        do {
            Page page = page("kind=" + kind + "&limit=17" + cursor.map(c -> "&cursor=" + c).orElse(""));
            seen.addAll(page.ids());
            cursor = page.nextCursor();
            pages++;
        } while (cursor.isPresent());
        registering.join();

        assertThat(new HashSet<>(seen)).as("no Procedure shown twice").hasSameSizeAs(seen);
        assertThat(seen).as("no Procedure registered before the paging began is missing").containsAll(registered);
        assertThat(seen).as("in procedure-id order").isSortedAccordingTo(String::compareTo);
        assertThat(registered).as("registration order is procedure-id order").isSortedAccordingTo(String::compareTo);
        Set<String> known = new HashSet<>(registered);
        known.addAll(concurrent);
        assertThat(known).containsAll(seen);
        assertThat(pages).isGreaterThanOrEqualTo(250 / 17);
    }

    @Test
    void eachFilterNarrowsTheListAndTheyCombine() {
        String kind = uniqueKind("filters");
        UUID mirror = UUID.randomUUID();
        UUID run = UUID.randomUUID();
        String aligned = register("aligned", kind, ", \"target_asset_ids\": [\"" + mirror + "\"], \"parent_run_id\": \""
                + run + "\"");
        String started = register("started", kind, ", \"target_asset_ids\": [\"" + mirror + "\"]");
        String other = register("other", kind, ", \"parent_run_id\": \"" + run + "\"");
        assertThat(http.post("/procedures/" + started + "/start", null).status()).isEqualTo(204);
        eventually(PROJECTED, "the start projected", () -> Optional.of(true)
                .filter(ok -> allIds("kind=" + kind + "&status=Running").equals(List.of(started))));

        assertThat(allIds("kind=" + kind)).containsExactly(aligned, started, other);
        assertThat(allIds("kind=" + kind + "&status=Defined")).containsExactly(aligned, other);
        assertThat(allIds("target_asset_id=" + mirror)).containsExactly(aligned, started);
        assertThat(allIds("parent_run_id=" + run)).containsExactly(aligned, other);
        assertThat(allIds("parent_run_id=" + run + "&target_asset_id=" + mirror + "&status=Defined"))
                .containsExactly(aligned);
        assertThat(allIds("kind=" + kind + "&status=Completed")).isEmpty();
    }

    @Test
    void anItemIsTheProceduresSummary() {
        String kind = uniqueKind("item");
        UUID mirror = UUID.randomUUID();
        String id = register("summarised", kind, ", \"target_asset_ids\": [\"" + mirror + "\"]");
        eventually(PROJECTED, "projected", () -> Optional.of(true).filter(ok -> !allIds("kind=" + kind).isEmpty()));

        HttpSession.Reply reply = http.get("/procedures?kind=" + kind);
        Json item = ((Json.Arr) field(reply.json(), "items")).items().getFirst();

        assertThat(text(item, "procedure_id")).isEqualTo(id);
        assertThat(text(item, "name")).isEqualTo("summarised");
        assertThat(text(item, "kind")).isEqualTo(kind);
        assertThat(text(item, "status")).isEqualTo("Defined");
        assertThat(field(item, "target_asset_ids")).isEqualTo(Json.of(List.of(mirror.toString())));
        assertThat(field(item, "parent_run_id")).isEqualTo(Json.NULL);
        assertThat(field(item, "last_event_version")).isEqualTo(Json.num(1));
        assertThat(text(item, "registered_at")).isEqualTo(text(item, "updated_at"));
        assertThat(field(reply.json(), "next_cursor")).isEqualTo(Json.NULL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=101", "limit=ten", "cursor=not-a-cursor", "status=Paused",
            "target_asset_id=mirror", "parent_run_id=42", "sort=name", "limit=5&limit=6"})
    void aMalformedQueryIsAProblemDetailsRefusal(String query) {
        HttpSession.Reply reply = http.get("/procedures?" + query);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("error_class")).isEqualTo("InvalidProcedureListQueryError");
        assertThat(reply.text("detail")).isNotBlank();
    }

    private String register(String name, String kind, String moreFields) {
        HttpSession.Reply reply = http.post("/procedures", "{\"name\": \"" + name + "\", \"kind\": \"" + kind + "\""
                + moreFields + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("procedure_id");
    }

    private Page page(String query) {
        HttpSession.Reply reply = http.get("/procedures?" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> ids = ((Json.Arr) field(reply.json(), "items")).items().stream()
                .map(item -> text(item, "procedure_id")).toList();
        Json next = field(reply.json(), "next_cursor");
        return new Page(ids, next instanceof Json.Str s ? Optional.of(s.value()) : Optional.empty());
    }

    /** Every page of {@code query}, followed to the end. */
    private List<String> allIds(String query) {
        List<String> ids = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page page = page(query + cursor.map(c -> "&cursor=" + c).orElse(""));
            ids.addAll(page.ids());
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return ids;
    }

    private static String uniqueKind(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
