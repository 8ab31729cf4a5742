package org.cora.tools.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("CORA_URL", "https://cora.beamline.example/",
            "CORA_TOKEN", "from-env");

    @Test
    void anOptionWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        assertThat(Connection.resolve("http://127.0.0.1:9000", "from-option", null, ENVIRONMENT))
                .isEqualTo(new Connection(URI.create("http://127.0.0.1:9000"), "from-option", null));
        assertThat(Connection.resolve(null, null, "operator:kim", ENVIRONMENT))
                .isEqualTo(new Connection(URI.create("https://cora.beamline.example"), "from-env", "operator:kim"));
        assertThat(Connection.resolve(null, null, null, Map.of()))
                .isEqualTo(new Connection(URI.create("http://localhost:8080"), null, null));
    }

    @Test
    void aUrlThatIsNotHttpIsAnInputError() {
        assertThatThrownBy(() -> Connection.resolve("localhost:8080", null, null, Map.of()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("http://");
        assertThatThrownBy(() -> Connection.resolve("http://bad host", null, null, Map.of()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("not a URL");
    }
}
