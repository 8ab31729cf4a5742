package org.cora.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cora.adapters.http.BearerTokens;

/**
 * The deployment's bearer tokens, known only by their SHA-256 digests: who each stands for and with
 * which roles. A presented token is hashed and looked up, so no plaintext token is ever kept.
 */
public final class KnownTokens implements BearerTokens {

    public static final KnownTokens NONE = new KnownTokens(List.of());

    /** One token: its principal, its roles and the lowercase hex SHA-256 of the token. */
    public record Entry(String principal, Set<Role> roles, String tokenSha256) {

        public Entry {
            roles = Set.copyOf(roles);
        }
    }

    private final Map<String, Entry> byDigest = new HashMap<>();

    /** {@code entries} must have distinct digests (the tokens file checks it). */
    KnownTokens(List<Entry> entries) {
        entries.forEach(entry -> byDigest.put(entry.tokenSha256(), entry));
    }

    @Override
    public Optional<String> principalOf(String token) {
        return Optional.ofNullable(byDigest.get(sha256Hex(token))).map(Entry::principal);
    }

    /** The roles of every principal that has a token. */
    public Map<String, Set<Role>> rolesByPrincipal() {
        Map<String, Set<Role>> roles = new HashMap<>();
        byDigest.values().forEach(entry -> roles.put(entry.principal(), entry.roles()));
        return Map.copyOf(roles);
    }

    public int size() {
        return byDigest.size();
    }

    /** The lowercase hex SHA-256 of the token's UTF-8 bytes, as {@code printf %s "$TOKEN" | sha256sum} prints it. */
    public static String sha256Hex(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
