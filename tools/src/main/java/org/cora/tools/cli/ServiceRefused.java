package org.cora.tools.cli;

import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.json.MalformedJsonException;

/** The service answered 4xx or 5xx; its problem details ({@code error_class}, {@code detail}) say why. */
final class ServiceRefused extends RuntimeException {

    private static final int BODY_SHOWN_MAX = 300;

    private final int status;
    private final String errorClass;

    private ServiceRefused(int status, String errorClass, String detail) {
        super(detail);
        this.status = status;
        this.errorClass = errorClass;
    }

    /** From the answer's body; a body that is not problem details (a proxy's page, ...) is shown as it is. */
    static ServiceRefused of(int status, String body) {
        Json.Obj problem = problem(body);
        String detail = JsonFields.text(problem, "detail").or(() -> JsonFields.text(problem, "title"))
                .orElse(body == null || body.isBlank() ? "no details given" : cut(body.strip()));
        return new ServiceRefused(status, JsonFields.text(problem, "error_class").orElse(null), detail);
    }

    int status() {
        return status;
    }

    /** One line for a person: what was refused and, for 401, what to do about it. */
    String describe() {
        return switch (status) {
            case 401 -> "not authenticated (HTTP 401): " + getMessage() + "; give a token with --token or CORA_TOKEN";
            case 403 -> "not allowed (HTTP 403): " + getMessage();
            default -> (errorClass == null ? "" : errorClass + ": ") + getMessage() + " (HTTP " + status + ")";
        };
    }

    private static Json.Obj problem(String body) {
        try {
            return body != null && JsonParser.parse(body) instanceof Json.Obj o ? o : Json.Obj.EMPTY;
        } catch (MalformedJsonException notJson) {
            return Json.Obj.EMPTY;
        }
    }

    private static String cut(String text) {
        return text.length() <= BODY_SHOWN_MAX ? text : text.substring(0, BODY_SHOWN_MAX) + "...";
    }
}
