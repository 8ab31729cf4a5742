package org.cora.adapters.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cora.domain.json.Json;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who is calling, from {@code Authorization: Bearer <token>}: a known token makes its principal the
 * request's caller (see {@link RequestCaller}). Where tokens are required, any other request is
 * answered 401 before a route sees it, so nothing is read or appended. In development a request
 * without a known token goes on, and {@link RequestCaller} falls back to the principal header.
 */
public final class BearerAuthentication extends OncePerRequestFilter {

    public static final String ERROR_CLASS = "UnauthenticatedError";
    static final String PRINCIPAL_ATTRIBUTE = BearerAuthentication.class.getName() + ".principal";
    private static final Pattern BEARER = Pattern.compile("^Bearer +(\\S+) *$", Pattern.CASE_INSENSITIVE);

    private final BearerTokens tokens;
    private final boolean required;

    private BearerAuthentication(BearerTokens tokens, boolean required) {
        this.tokens = tokens;
        this.required = required;
    }

    /** Every request must carry a known token. */
    public static BearerAuthentication required(BearerTokens tokens) {
        return new BearerAuthentication(tokens, true);
    }

    /** Development: a known token names the principal; without one the request goes on all the same. */
    public static BearerAuthentication optional(BearerTokens tokens) {
        return new BearerAuthentication(tokens, false);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = bearerToken(request.getHeader(HttpHeaders.AUTHORIZATION));
        Optional<String> principal = token.flatMap(tokens::principalOf);
        if (principal.isPresent()) {
            request.setAttribute(PRINCIPAL_ATTRIBUTE, principal.get());
        } else if (required) {
            refuse(request, response, token.isPresent());
            return;
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> bearerToken(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Matcher bearer = BEARER.matcher(authorization);
        return bearer.matches() ? Optional.of(bearer.group(1)) : Optional.empty();
    }

    /** The same problem-details shape as every other refusal, written here because no route is reached. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean tokenGiven)
            throws IOException {
        String detail = tokenGiven
                ? "the bearer token is not known to this deployment"
                : "no bearer token: send the header 'Authorization: Bearer <token>'";
        Json.Obj problem = Json.Obj.builder()
                .put("type", "urn:cora:error:" + ERROR_CLASS)
                .put("title", "Unauthorized")
                .put("status", HttpServletResponse.SC_UNAUTHORIZED)
                .put("detail", detail)
                .put("instance", request.getRequestURI())
                .put("error_class", ERROR_CLASS)
                .build();
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                tokenGiven ? "Bearer realm=\"cora\", error=\"invalid_token\"" : "Bearer realm=\"cora\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem.toJsonText());
    }
}
