package org.cora.application.features.listprocedures;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;
import org.cora.domain.procedure.ProcedureId;

/**
 * Where a page of the list ended: the last procedure id it showed. On the wire it is opaque,
 * base64url (no padding) of a format byte and the id's 16 bytes, so clients pass it back and
 * never build one; a new format gets a new first byte.
 */
public record ProcedureListCursor(ProcedureId lastShown) {

    private static final byte FORMAT = 1;
    private static final int LENGTH = 17;

    public String encode() {
        ByteBuffer bytes = ByteBuffer.allocate(LENGTH).put(FORMAT)
                .putLong(lastShown.value().getMostSignificantBits())
                .putLong(lastShown.value().getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** Reads a cursor this service issued; anything else is {@link InvalidProcedureListQueryError}. */
    public static ProcedureListCursor decode(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw malformed(text);
        }
        if (bytes.length != LENGTH || bytes[0] != FORMAT) {
            throw malformed(text);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, LENGTH - 1);
        return new ProcedureListCursor(new ProcedureId(new UUID(buffer.getLong(), buffer.getLong())));
    }

    private static InvalidProcedureListQueryError malformed(String text) {
        return new InvalidProcedureListQueryError("cursor '" + text + "' is not one this service issued: "
                + "pass back the next_cursor of the previous page unchanged, or omit it for the first page");
    }
}
