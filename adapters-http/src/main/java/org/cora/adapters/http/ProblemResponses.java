package org.cora.adapters.http;

import java.net.URI;
import org.cora.domain.shared.DomainError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error as RFC 9457 problem details: {@code detail} is the message, {@code error_class}
 * names the error. Unexpected failures are 500 without internals; the log has the stack.
 */
@RestControllerAdvice
public final class ProblemResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(DomainError.class)
    public ResponseEntity<ProblemDetail> domainError(DomainError error) {
        int status = ProblemMapping.statusOf(error).orElse(500);
        if (status >= 500) {
            LOG.error("{} answered {}", error.errorClass(), status, error);
        }
        return problem(HttpStatusCode.valueOf(status), error.errorClass(), error.getMessage());
    }

    /** Spring's own refusals (unknown route, wrong method or media type) keep their status. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> otherError(Exception error) {
        if (error instanceof ErrorResponse response) {
            String detail = response.getBody().getDetail() == null ? error.getMessage() : response.getBody().getDetail();
            return problem(response.getStatusCode(), error.getClass().getSimpleName(), detail);
        }
        LOG.error("unexpected failure", error);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "InternalError",
                "internal error (" + error.getClass().getSimpleName() + "); the service log has the details");
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String errorClass, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create("urn:cora:error:" + errorClass));
        body.setProperty("error_class", errorClass);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
