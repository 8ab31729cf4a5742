package org.cora.tools.cli;

/** No answer from the service: refused connection, unknown host, timeout, or a stream that kept dropping. */
final class ServiceUnreachable extends RuntimeException {

    private final String url;

    ServiceUnreachable(String url, String message) {
        super(message);
        this.url = url;
    }

    String url() {
        return url;
    }
}
