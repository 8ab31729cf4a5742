package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cora.app.security.KnownTokens;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Development mode with a tokens file: everyone may do everything, and the principal is the known
 * token's, else the X-Cora-Principal header's, else anonymous.
 */
class DevelopmentModeOverHttpTest extends CoraServerTest {

    private static final String VIEWER = "dev-mode-viewer-token";
    private static final Path TOKENS_FILE = tokensFile();

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        registry.add("cora.security.tokens-file", TOKENS_FILE::toString);
    }

    private static Path tokensFile() {
        try {
            Path file = Files.createTempFile("cora-dev-tokens", ".json");
            file.toFile().deleteOnExit();
            return Files.writeString(file, "{\"tokens\": [{\"principal\": \"viewer:vera\", \"roles\": [\"viewer\"], "
                    + "\"token_sha256\": \"" + KnownTokens.sha256Hex(VIEWER) + "\"}]}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aKnownTokenNamesThePrincipalAndAllowAllLetsEvenAViewerConduct() {
        BearerRequests requests = new BearerRequests(port);
        String id = register("dev mode, token");

        BearerRequests.Reply reply = requests.post(VIEWER, "/procedures/" + id + "/conduct", "{\"steps\": []}",
                "X-Cora-Principal", "operator:ada");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(principals(id)).containsExactly("operator:ada", "viewer:vera", "viewer:vera", "viewer:vera");
    }

    @Test
    void withoutAKnownTokenTheHeaderNamesThePrincipalElseAnonymous() {
        BearerRequests requests = new BearerRequests(port);
        String id = register("dev mode, no token");

        requests.post("not-a-known-token", "/procedures/" + id + "/start", null, "X-Cora-Principal", "operator:bob");
        requests.post(null, "/procedures/" + id + "/complete", null);

        assertThat(principals(id)).containsExactly("operator:ada", "operator:bob", "anonymous");
    }

    private List<String> principals(String id) {
        return items("/procedures/" + id + "/events").stream().map(e -> text(e, "principal")).toList();
    }
}
