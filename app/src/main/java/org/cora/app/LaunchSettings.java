package org.cora.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What must be known before Spring starts: whether to run an embedded PostgreSQL, and where its
 * data lives. Read from {@code --cora.*} arguments, then {@code CORA_*} environment variables.
 */
record LaunchSettings(Optional<String> databaseUrl, Path dataDirectory, int embeddedPort) {

    static final String DATA_DIR = "cora.data-dir";
    static final String DATABASE_URL = "cora.database.url";
    static final String EMBEDDED_PORT = "cora.database.embedded-port";

    static LaunchSettings from(String[] args, Map<String, String> env) {
        Optional<String> url = value(args, env, DATABASE_URL);
        Path dataDir = value(args, env, DATA_DIR).map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".cora", "data"));
        int port = value(args, env, EMBEDDED_PORT).map(Integer::parseInt).orElse(0);
        return new LaunchSettings(url, dataDir.toAbsolutePath(), port);
    }

    private static Optional<String> value(String[] args, Map<String, String> env, String key) {
        String prefix = "--" + key + "=";
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return Optional.of(arg.substring(prefix.length()));
            }
        }
        String envName = key.toUpperCase().replace('.', '_').replace('-', '_');
        return Optional.ofNullable(env.get(envName)).filter(v -> !v.isBlank());
    }
}
