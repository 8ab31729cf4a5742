package org.cora.adapters.hardware.contract;

import java.math.BigDecimal;
import java.time.Instant;
import org.cora.adapters.hardware.memory.InMemoryControlPort;
import org.cora.domain.control.ControlPort;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.MeasurementKind;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;

class InMemoryContractTest extends ControlPortContract {

    @Override
    protected Fixture open() {
        InMemoryControlPort memory = new InMemoryControlPort(Instant::now);
        Instant seeded = Instant.now();
        memory.seed("ct:number", Measurement.good(Json.num(new BigDecimal("1.5")), seeded))
                .seed("ct:text", Measurement.good(Json.str("hello"), seeded))
                .seed("ct:array", Measurement.good(numbers(1.0, 2.0, 3.0), seeded))
                .seed("ct:enum", new Measurement(Json.str("Closed"), MeasurementKind.Categorical, Quality.Good,
                        seeded, ""));
        return new Fixture() {
            @Override
            public ControlPort port() {
                return memory;
            }

            @Override
            public void disconnect(String address) {
                memory.disconnect(address);
            }

            @Override
            public void close() {
                memory.close();
            }
        };
    }
}
