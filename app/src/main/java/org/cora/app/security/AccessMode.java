package org.cora.app.security;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How callers are authenticated and authorized, decided once at start-up. Development (allow-all)
 * when {@value #DEVELOPMENT_ALLOW_ALL} is true, or when it is unset and the service runs its own
 * embedded PostgreSQL without a tokens file (the {@code ./cora run} default). Otherwise the tokens
 * file at {@value #TOKENS_FILE} names every token and its roles; without one, Cora does not start.
 *
 * @param tokens the known tokens; in development they still name their principal
 * @param why    the settings that decided, for the start-up log
 */
public record AccessMode(boolean development, KnownTokens tokens, String why) {

    public static final String TOKENS_FILE = "cora.security.tokens-file";
    public static final String DEVELOPMENT_ALLOW_ALL = "cora.security.development-allow-all";
    /** Set by the launcher, never by hand: the service started its own PostgreSQL. */
    public static final String EMBEDDED_DATABASE = "cora.launch.embedded-database";

    public static AccessMode decide(Optional<Path> tokensFile, Optional<Boolean> developmentAllowAll,
                                    boolean embeddedDatabase) {
        KnownTokens tokens = tokensFile.map(TokensFile::read).orElse(KnownTokens.NONE);
        if (developmentAllowAll.orElse(false)) {
            return new AccessMode(true, tokens, DEVELOPMENT_ALLOW_ALL + "=true");
        }
        if (tokensFile.isPresent()) {
            return new AccessMode(false, tokens, TOKENS_FILE + "=" + tokensFile.get());
        }
        if (developmentAllowAll.isEmpty() && embeddedDatabase) {
            return new AccessMode(true, tokens, "the embedded PostgreSQL and no " + TOKENS_FILE
                    + " (the ./cora run default)");
        }
        throw refusal(developmentAllowAll.isPresent());
    }

    private static MissingAuthorizationPolicyException refusal(boolean flagSetToFalse) {
        return new MissingAuthorizationPolicyException("Cora will not start without an authorization policy. Give "
                + "--" + TOKENS_FILE + "=FILE, the bearer tokens and their roles (docs/OPERATING.md, "
                + "\"Tokens and roles\"), or, for development only, --" + DEVELOPMENT_ALLOW_ALL
                + "=true, which lets every caller do everything. " + (flagSetToFalse
                ? "Development mode is off because " + DEVELOPMENT_ALLOW_ALL + "=false."
                : "Development mode is on by itself only with the embedded PostgreSQL, and cora.database.url "
                        + "names a database."));
    }
}
