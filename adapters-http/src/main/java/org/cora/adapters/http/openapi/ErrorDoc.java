package org.cora.adapters.http.openapi;

/** One refusal a route can answer: its status, its {@code error_class} and an example {@code detail}. */
public record ErrorDoc(int status, String errorClass, String detail) {
}
