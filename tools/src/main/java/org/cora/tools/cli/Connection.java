package org.cora.tools.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * Which service to talk to and who is asking. An option wins over the environment ({@code CORA_URL},
 * {@code CORA_TOKEN}), which wins over the default.
 *
 * @param token sent as {@code Authorization: Bearer}; null for none
 * @param principal sent as {@code X-Cora-Principal}, which only a service in development mode honours; null for none
 */
record Connection(URI url, String token, String principal) {

    static final String DEFAULT_URL = "http://localhost:8080";

    static Connection resolve(String url, String token, String principal, Map<String, String> environment) {
        String chosen = firstGiven(url, environment.get("CORA_URL"), DEFAULT_URL);
        return new Connection(parse(chosen.replaceAll("/+$", "")), firstGiven(token, environment.get("CORA_TOKEN"), null),
                principal);
    }

    private static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidInput("--url '" + url + "' is not a URL: " + e.getReason());
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new InvalidInput("--url '" + url + "' is not an http:// or https:// URL with a host");
        }
        return uri;
    }

    private static String firstGiven(String option, String fromEnvironment, String otherwise) {
        if (option != null && !option.isBlank()) {
            return option;
        }
        return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : otherwise;
    }
}
