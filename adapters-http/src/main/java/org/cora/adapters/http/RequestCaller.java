package org.cora.adapters.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.cora.application.port.Caller;
import org.cora.application.wire.MalformedRequestError;
import org.cora.domain.shared.IdGenerator;
import org.springframework.stereotype.Component;

/**
 * Who is calling: the principal of the request's bearer token (see {@link BearerAuthentication});
 * in development, without a known token, the {@value #PRINCIPAL_HEADER} header (absent means
 * {@value #ANONYMOUS}). The correlation id comes from {@value #CORRELATION_HEADER} when it is a
 * UUID, else a new one; both are stamped on everything the request appends.
 */
@Component
public final class RequestCaller {

    public static final String PRINCIPAL_HEADER = "X-Cora-Principal";
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    public static final String ANONYMOUS = "anonymous";
    static final int PRINCIPAL_MAX = 200;

    private final IdGenerator ids;

    public RequestCaller(IdGenerator ids) {
        this.ids = ids;
    }

    public Caller of(HttpServletRequest request) {
        Object known = request.getAttribute(Caller.class.getName());
        if (known instanceof Caller caller) {
            return caller;
        }
        Object authenticated = request.getAttribute(BearerAuthentication.PRINCIPAL_ATTRIBUTE);
        String principal = authenticated instanceof String fromToken
                ? fromToken : principal(request.getHeader(PRINCIPAL_HEADER));
        Caller caller = new Caller(principal, correlation(request.getHeader(CORRELATION_HEADER)));
        request.setAttribute(Caller.class.getName(), caller);
        return caller;
    }

    private static String principal(String raw) {
        if (raw == null || raw.isBlank()) {
            return ANONYMOUS;
        }
        String principal = raw.strip();
        if (principal.length() > PRINCIPAL_MAX || principal.chars().anyMatch(Character::isISOControl)) {
            throw new MalformedRequestError(PRINCIPAL_HEADER + " must be 1.." + PRINCIPAL_MAX
                    + " printable characters");
        }
        return principal;
    }

    private UUID correlation(String raw) {
        try {
            return raw == null ? ids.newId() : UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            return ids.newId();
        }
    }
}
