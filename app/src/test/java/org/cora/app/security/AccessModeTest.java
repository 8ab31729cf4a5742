package org.cora.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessModeTest {

    private static final Optional<Boolean> UNSET = Optional.empty();

    @TempDir
    Path dir;

    @Test
    void theEmbeddedDefaultWithoutATokensFileIsDevelopment() {
        AccessMode mode = AccessMode.decide(Optional.empty(), UNSET, true);

        assertThat(mode.development()).isTrue();
        assertThat(mode.why()).contains("embedded PostgreSQL");
    }

    @Test
    void theEmbeddedDatabaseWithATokensFileEnforcesIt() throws IOException {
        AccessMode mode = AccessMode.decide(Optional.of(tokensFile()), UNSET, true);

        assertThat(mode.development()).isFalse();
        assertThat(mode.tokens().principalOf("test")).contains("ada");
    }

    @Test
    void anExplicitDatabaseWithATokensFileEnforcesIt() throws IOException {
        assertThat(AccessMode.decide(Optional.of(tokensFile()), UNSET, false).development()).isFalse();
    }

    @Test
    void theFlagTurnsDevelopmentOnAndKnownTokensStillNameTheirPrincipal() throws IOException {
        AccessMode mode = AccessMode.decide(Optional.of(tokensFile()), Optional.of(true), false);

        assertThat(mode.development()).isTrue();
        assertThat(mode.why()).isEqualTo("cora.security.development-allow-all=true");
        assertThat(mode.tokens().principalOf("test")).contains("ada");
    }

    @Test
    void anExplicitDatabaseWithoutATokensFileRefusesToStart() {
        assertThatThrownBy(() -> AccessMode.decide(Optional.empty(), UNSET, false))
                .isInstanceOf(MissingAuthorizationPolicyException.class)
                .hasMessageContaining("Cora will not start without an authorization policy")
                .hasMessageContaining("--cora.security.tokens-file=FILE")
                .hasMessageContaining("--cora.security.development-allow-all=true")
                .hasMessageContaining("cora.database.url");
    }

    @Test
    void theFlagSetToFalseTurnsTheEmbeddedDefaultOff() {
        assertThatThrownBy(() -> AccessMode.decide(Optional.empty(), Optional.of(false), true))
                .isInstanceOf(MissingAuthorizationPolicyException.class)
                .hasMessageContaining("Development mode is off because cora.security.development-allow-all=false");
    }

    @Test
    void aMalformedTokensFileStopsTheStartEvenInDevelopment() throws IOException {
        Path broken = Files.writeString(dir.resolve("tokens.yaml"), "tokens: []");

        assertThatThrownBy(() -> AccessMode.decide(Optional.of(broken), Optional.of(true), true))
                .isInstanceOf(MalformedTokensFileException.class)
                .hasMessageContaining("lists no tokens");
    }

    private Path tokensFile() throws IOException {
        return Files.writeString(dir.resolve("tokens.yaml"), "tokens: [{principal: ada, roles: [operator], "
                + "token_sha256: " + TokensFileTest.TEST_DIGEST + "}]");
    }
}
