package org.cora.app.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.cora.domain.json.JsonParser;
import org.cora.domain.json.MalformedJsonException;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the deployment's tokens file ({@code cora.security.tokens-file}): YAML ({@code .yaml},
 * {@code .yml}) or JSON ({@code .json}), one entry per token:
 * <pre>
 * tokens:
 *   - principal: ada
 *     roles: [operator]
 *     token_sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
 * </pre>
 * A principal may have several tokens (to rotate one), all with the same roles. Principals starting
 * with {@value #RESERVED_PREFIX} are the service's own. Anything else is a
 * {@link MalformedTokensFileException} naming the entry, so a deployment with a broken file does not start.
 */
public final class TokensFile {

    static final String RESERVED_PREFIX = "cora:";
    static final int PRINCIPAL_MAX = 200;
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Set<String> KEYS = Set.of("principal", "roles", "token_sha256");

    private TokensFile() {
    }

    public static KnownTokens read(Path file) {
        List<KnownTokens.Entry> entries = new ArrayList<>();
        List<?> listed = tokensOf(file, document(file, text(file)));
        for (int i = 0; i < listed.size(); i++) {
            entries.add(new EntryReader(file, i).read(listed.get(i)));
        }
        checkConsistent(file, entries);
        return new KnownTokens(entries);
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MalformedTokensFileException(file, "cannot be read (" + e + ")", e);
        }
    }

    /** Plain YAML scalars stay strings: a digest of only digits must not turn into a number. */
    private static Object document(Path file, String text) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".json")) {
                return JsonParser.parse(text).toPlain();
            }
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                LoaderOptions options = new LoaderOptions();
                options.setAllowDuplicateKeys(false);
                Resolver stringsOnly = new Resolver() {
                    @Override
                    protected void addImplicitResolvers() {
                    }
                };
                return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                        new DumperOptions(), options, stringsOnly).load(text);
            }
        } catch (MalformedJsonException | YAMLException e) {
            throw new MalformedTokensFileException(file, "is not valid " + (name.endsWith(".json") ? "JSON" : "YAML")
                    + ": " + e.getMessage(), e);
        }
        throw new MalformedTokensFileException(file, "name it *.yaml, *.yml or *.json, so its format is known");
    }

    private static List<?> tokensOf(Path file, Object document) {
        if (!(document instanceof Map<?, ?> top) || !(top.get("tokens") instanceof List<?> tokens)) {
            throw new MalformedTokensFileException(file, "must be a mapping with a list 'tokens' "
                    + "(entries with principal, roles and token_sha256; see docs/OPERATING.md)");
        }
        if (top.size() > 1) {
            throw new MalformedTokensFileException(file, "has keys other than 'tokens': " + new TreeSet<>(
                    top.keySet().stream().map(String::valueOf).filter(k -> !k.equals("tokens")).toList()));
        }
        if (tokens.isEmpty()) {
            throw new MalformedTokensFileException(file, "lists no tokens, so nobody could use the service");
        }
        return tokens;
    }

    /** One token per digest; one set of roles per principal, whichever of its tokens it presents. */
    private static void checkConsistent(Path file, List<KnownTokens.Entry> entries) {
        Map<String, Integer> digests = new HashMap<>();
        Map<String, KnownTokens.Entry> principals = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            KnownTokens.Entry entry = entries.get(i);
            Integer earlier = digests.putIfAbsent(entry.tokenSha256(), i);
            if (earlier != null) {
                throw new MalformedTokensFileException(file, "tokens[" + i + "] has the same token_sha256 as tokens["
                        + earlier + "]: one token cannot stand for two entries");
            }
            KnownTokens.Entry first = principals.putIfAbsent(entry.principal(), entry);
            if (first != null && !first.roles().equals(entry.roles())) {
                throw new MalformedTokensFileException(file, "tokens[" + i + "] gives principal '" + entry.principal()
                        + "' other roles than an earlier entry: give each principal one set of roles");
            }
        }
    }

    /** Reads and checks {@code tokens[index]}. */
    private record EntryReader(Path file, int index) {

        KnownTokens.Entry read(Object node) {
            if (!(node instanceof Map<?, ?> entry)) {
                throw problem("must be a mapping with principal, roles and token_sha256");
            }
            checkKeys(entry);
            return new KnownTokens.Entry(principal(entry.get("principal")), roles(entry.get("roles")),
                    digest(entry.get("token_sha256")));
        }

        private void checkKeys(Map<?, ?> entry) {
            if (entry.containsKey("token")) {
                throw problem("has a plaintext 'token': store only its SHA-256 as token_sha256 "
                        + "(printf %s \"$TOKEN\" | sha256sum) and keep the token itself out of the file");
            }
            Set<String> unknown = new TreeSet<>();
            entry.keySet().forEach(key -> {
                if (!KEYS.contains(String.valueOf(key))) {
                    unknown.add(String.valueOf(key));
                }
            });
            if (!unknown.isEmpty()) {
                throw problem("has unknown keys " + unknown + "; an entry has principal, roles and token_sha256");
            }
        }

        private String principal(Object value) {
            if (!(value instanceof String principal) || principal.isBlank()) {
                throw problem("needs a principal: a non-blank string");
            }
            if (!principal.equals(principal.strip()) || principal.length() > PRINCIPAL_MAX
                    || principal.chars().anyMatch(Character::isISOControl)) {
                throw problem("principal must be 1.." + PRINCIPAL_MAX
                        + " printable characters without leading or trailing spaces");
            }
            if (principal.startsWith(RESERVED_PREFIX)) {
                throw problem("principal '" + principal + "' starts with '" + RESERVED_PREFIX
                        + "', which is kept for the service's own principals");
            }
            return principal;
        }

        private Set<Role> roles(Object value) {
            if (!(value instanceof List<?> names) || names.isEmpty()) {
                throw problem("needs roles: a non-empty list of viewer, operator, author");
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (Object name : names) {
                roles.add(Role.fromWireName(String.valueOf(name)).orElseThrow(() ->
                        problem("has an unknown role '" + name + "'; the roles are viewer, operator and author")));
            }
            return roles;
        }

        private String digest(Object value) {
            if (!(value instanceof String digest) || !SHA256_HEX.matcher(digest).matches()) {
                throw problem("token_sha256 must be the token's SHA-256 as 64 hex digits "
                        + "(printf %s \"$TOKEN\" | sha256sum)");
            }
            return digest.toLowerCase(Locale.ROOT);
        }

        private MalformedTokensFileException problem(String what) {
            return new MalformedTokensFileException(file, "tokens[" + index + "] " + what);
        }
    }
}
