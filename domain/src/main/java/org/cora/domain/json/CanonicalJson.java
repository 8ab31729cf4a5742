package org.cora.domain.json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one canonical JSON encoder of Cora: object keys sorted by code point, no whitespace,
 * numbers normalised so that equal values encode alike, UTF-8. Only its bytes feed hashes.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String encode(Json value) {
        return JsonWriter.write(value, true);
    }

    /** Lower-case hex SHA-256 of the canonical encoding. */
    public static String sha256(Json value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(encode(value).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
