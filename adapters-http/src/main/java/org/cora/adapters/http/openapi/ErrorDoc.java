package org.cora.adapters.http.openapi;

/**
 * One refusal a route can answer: its status, its {@code error_class}, an example {@code detail},
 * and the name its example goes by (the error class unless one error has several examples).
 */
public record ErrorDoc(int status, String errorClass, String detail, String name) {

    public ErrorDoc(int status, String errorClass, String detail) {
        this(status, errorClass, detail, errorClass);
    }
}
