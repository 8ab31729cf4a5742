package org.cora.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokensFileTest {

    /** SHA-256 of "test", as {@code printf %s test | sha256sum} prints it. */
    static final String TEST_DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @TempDir
    Path dir;

    @Test
    void theDigestIsTheOneSha256sumPrints() {
        assertThat(KnownTokens.sha256Hex("test")).isEqualTo(TEST_DIGEST);
    }

    @Test
    void aYamlFileMapsEachTokenToItsPrincipalAndRoles() throws IOException {
        KnownTokens tokens = TokensFile.read(write("tokens.yaml", """
                # who may do what on beamline 2-BM
                tokens:
                  - principal: ada
                    roles: [operator]
                    token_sha256: %s
                  - principal: grace
                    roles:
                      - viewer
                      - author
                    token_sha256: "%s"
                """.formatted(TEST_DIGEST.toUpperCase(), KnownTokens.sha256Hex("grace's token"))));

        assertThat(tokens.principalOf("test")).contains("ada");
        assertThat(tokens.principalOf("grace's token")).contains("grace");
        assertThat(tokens.principalOf("guess")).isEmpty();
        assertThat(tokens.rolesByPrincipal()).isEqualTo(Map.of(
                "ada", Set.of(Role.OPERATOR), "grace", Set.of(Role.VIEWER, Role.AUTHOR)));
    }

    @Test
    void aJsonFileReadsTheSame() throws IOException {
        KnownTokens tokens = TokensFile.read(write("tokens.json", """
                {"tokens": [{"principal": "ada", "roles": ["viewer", "operator"], "token_sha256": "%s"}]}
                """.formatted(TEST_DIGEST)));

        assertThat(tokens.principalOf("test")).contains("ada");
        assertThat(tokens.rolesByPrincipal()).containsEntry("ada", Set.of(Role.VIEWER, Role.OPERATOR));
    }

    @Test
    void aPrincipalMayHaveSeveralTokensWithTheSameRoles() throws IOException {
        KnownTokens tokens = TokensFile.read(write("rotation.yaml", """
                tokens:
                  - {principal: ada, roles: [operator], token_sha256: %s}
                  - {principal: ada, roles: [operator], token_sha256: %s}
                """.formatted(TEST_DIGEST, KnownTokens.sha256Hex("the new one"))));

        assertThat(tokens.principalOf("test")).contains("ada");
        assertThat(tokens.principalOf("the new one")).contains("ada");
    }

    @Test
    void aDigestOfDigitsOnlyStaysText() throws IOException {
        String digits = "1".repeat(64);

        KnownTokens tokens = TokensFile.read(write("digits.yaml", """
                tokens:
                  - {principal: 1234, roles: [viewer], token_sha256: %s}
                """.formatted(digits)));

        assertThat(tokens.rolesByPrincipal()).containsOnlyKeys("1234");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            not YAML               | tokens.yaml | `tokens: [ {principal: ada`                                                       | is not valid YAML
            not JSON               | tokens.json | `{"tokens": [}`                                                                    | is not valid JSON
            an unknown format      | tokens.txt  | `tokens: []`                                                                      | name it *.yaml, *.yml or *.json
            no tokens key          | tokens.yaml | `principal: ada`                                                                  | must be a mapping with a list 'tokens'
            other top-level keys   | tokens.yaml | `{tokens: [{principal: ada, roles: [viewer], token_sha256: DIGEST}], admins: [ada]}` | has keys other than 'tokens': [admins]
            an empty list          | tokens.yaml | `tokens: []`                                                                      | lists no tokens
            an entry not a mapping | tokens.yaml | `tokens: [ada]`                                                                   | tokens[0] must be a mapping
            a plaintext token      | tokens.yaml | `tokens: [{principal: ada, roles: [viewer], token: hunter2}]`                     | tokens[0] has a plaintext 'token'
            an unknown key         | tokens.yaml | `tokens: [{principal: ada, roles: [viewer], token_sha256: DIGEST, expires: never}]` | tokens[0] has unknown keys [expires]
            no principal           | tokens.yaml | `tokens: [{roles: [viewer], token_sha256: DIGEST}]`                                | tokens[0] needs a principal
            a blank principal      | tokens.json | `{"tokens": [{"principal": " ", "roles": ["viewer"], "token_sha256": "DIGEST"}]}` | tokens[0] needs a principal
            a reserved principal   | tokens.yaml | `tokens: [{principal: "cora:watchdog", roles: [operator], token_sha256: DIGEST}]`  | kept for the service's own principals
            no roles               | tokens.yaml | `tokens: [{principal: ada, roles: [], token_sha256: DIGEST}]`                      | tokens[0] needs roles
            roles not a list       | tokens.yaml | `tokens: [{principal: ada, roles: operator, token_sha256: DIGEST}]`                | tokens[0] needs roles
            an unknown role        | tokens.yaml | `tokens: [{principal: ada, roles: [admin], token_sha256: DIGEST}]`                 | tokens[0] has an unknown role 'admin'
            a short digest         | tokens.yaml | `tokens: [{principal: ada, roles: [viewer], token_sha256: 9f86d081}]`              | tokens[0] token_sha256 must be the token's SHA-256 as 64 hex digits
            a digest not hex       | tokens.json | `{"tokens": [{"principal": "ada", "roles": ["viewer"], "token_sha256": 12}]}`      | tokens[0] token_sha256 must be
            a token listed twice   | tokens.yaml | `tokens: [{principal: ada, roles: [viewer], token_sha256: DIGEST}, {principal: bob, roles: [viewer], token_sha256: DIGEST}]` | tokens[1] has the same token_sha256 as tokens[0]
            two sets of roles      | tokens.yaml | `tokens: [{principal: ada, roles: [viewer], token_sha256: DIGEST}, {principal: ada, roles: [author], token_sha256: OTHER}]` | tokens[1] gives principal 'ada' other roles
            """)
    void aMalformedFileIsRefusedWithWhatIsWrongAndWhere(String what, String name, String content, String problem)
            throws IOException {
        Path file = write(name, content.replace("DIGEST", TEST_DIGEST)
                .replace("OTHER", KnownTokens.sha256Hex("other")));

        assertThatThrownBy(() -> TokensFile.read(file))
                .isInstanceOf(MalformedTokensFileException.class)
                .hasMessageStartingWith("tokens file " + file + ": ")
                .hasMessageContaining(problem);
    }

    @Test
    void aMissingFileIsRefusedByName() {
        Path missing = dir.resolve("nowhere.yaml");

        assertThatThrownBy(() -> TokensFile.read(missing))
                .isInstanceOf(MalformedTokensFileException.class)
                .hasMessageContaining("tokens file " + missing + ": cannot be read");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
