package org.cora.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cora.adapters.postgres.PostgresTestDatabase;
import org.cora.app.security.MalformedTokensFileException;
import org.cora.app.security.MissingAuthorizationPolicyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A deployment on a database of its own starts only with a tokens file, or with development mode asked for. */
class ServiceStartNeedsAnAuthorizationPolicyTest {

    private static final PostgresTestDatabase.TestDb DATABASE = PostgresTestDatabase.shared().freshDatabase();

    @TempDir
    Path dir;

    @Test
    void anExplicitDatabaseWithoutATokensFileOrTheDevelopmentFlagDoesNotStart() {
        assertThatThrownBy(() -> start())
                .rootCause()
                .isInstanceOf(MissingAuthorizationPolicyException.class)
                .hasMessageContaining("Cora will not start without an authorization policy")
                .hasMessageContaining("--cora.security.tokens-file=FILE")
                .hasMessageContaining("--cora.security.development-allow-all=true");
    }

    @Test
    void theDevelopmentFlagSetToFalseDoesNotStartEither() {
        assertThatThrownBy(() -> start("cora.security.development-allow-all=false"))
                .rootCause()
                .isInstanceOf(MissingAuthorizationPolicyException.class)
                .hasMessageContaining("Development mode is off because cora.security.development-allow-all=false");
    }

    @Test
    void aMalformedTokensFileDoesNotStartAndSaysWhatIsWrong() throws IOException {
        Path tokens = Files.writeString(dir.resolve("tokens.yaml"),
                "tokens: [{principal: ada, roles: [admin], token_sha256: " + "ab".repeat(32) + "}]");

        assertThatThrownBy(() -> start("cora.security.tokens-file=" + tokens))
                .rootCause()
                .isInstanceOf(MalformedTokensFileException.class)
                .hasMessage("tokens file " + tokens + ": tokens[0] has an unknown role 'admin'; "
                        + "the roles are viewer, operator and author");
    }

    private static void start(String... properties) {
        List<String> all = new ArrayList<>(List.of("cora.database.url=" + DATABASE.jdbcUrl(),
                "cora.database.user=" + Objects.toString(DATABASE.user(), ""),
                "cora.database.password=" + Objects.toString(DATABASE.password(), ""),
                "cora.conductor.sweep-interval=1h"));
        all.addAll(List.of(properties));
        new SpringApplicationBuilder(CoraApplication.class).web(WebApplicationType.NONE)
                .properties(all.toArray(String[]::new)).run().close();
    }
}
