package org.cora.adapters.hardware;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a simulated-beamline model file. Every mistake is a {@link MalformedBeamlineModelException}
 * naming the YAML path at fault; unknown keys are mistakes too, so a misspelt limit never passes
 * as an unlimited motor.
 */
final class BeamlineModelYaml {

    private static final Set<String> MODEL_KEYS = Set.of("seed", "tick_ms", "addresses", "detectors", "actions");
    private static final Set<String> ADDRESS_KEYS = Set.of("value", "enum", "low", "high", "quality",
            "quality_detail", "connected", "read_only", "write_latency_ms", "follows", "units", "motor", "alarm");
    private static final Set<String> READBACK_KEYS = Set.of("follows", "quality", "quality_detail",
            "connected", "read_only", "noise", "alarm");
    private static final Set<String> MOTOR_KEYS = Set.of("velocity", "acceleration");
    /** In the order their values must keep. */
    private static final List<String> ALARM_LIMITS = List.of("lolo", "low", "high", "hihi");
    private static final long MAX_TICK_MS = 1000;
    private static final Set<String> DETECTOR_KEYS = Set.of("prefix", "counts_per_second", "acquire_time");

    private BeamlineModelYaml() {
    }

    static BeamlineModel parse(Reader reader) {
        Object document = load(reader);
        if (document == null) {
            throw new MalformedBeamlineModelException("the model is empty: expected addresses and/or detectors");
        }
        YamlSection model = YamlSection.at("", document);
        model.allowOnly(MODEL_KEYS, "a model setting");
        long seed = model.number("seed").map(n -> whole(model.pathOf("seed"), n)).orElse(0L);
        List<AddressModel> addresses = model.section("addresses").map(BeamlineModelYaml::addresses).orElse(List.of());
        List<DetectorModel> detectors = detectors(model, addresses);
        ActionCatalog actions = model.section("actions").map(ActionCatalogYaml::parse).orElseGet(ActionCatalog::defaults);
        if (model.has("actions")) {
            checkActionAddresses(actions, addresses, detectors);
        }
        return new BeamlineModel(addresses, detectors, seed, tick(model), actions);
    }

    static Object load(Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            return new Yaml(new SafeConstructor(options)).load(reader);
        } catch (YAMLException e) {
            throw new MalformedBeamlineModelException("the model is not valid YAML: " + e.getMessage(), e);
        }
    }

    /** Readbacks are read after the addresses they follow, wherever the file lists them. */
    private static List<AddressModel> addresses(YamlSection addresses) {
        Map<String, AddressModel> sources = new LinkedHashMap<>();
        Map<String, YamlSection> readbacks = new LinkedHashMap<>();
        for (String address : addresses.keys()) {
            YamlSection entry = addresses.section(address).orElseThrow();
            checkAddress(addresses.pathOf(address), address);
            if (entry.has("follows")) {
                readbacks.put(address, entry);
            } else {
                sources.put(address, address(address, entry));
            }
        }
        List<AddressModel> all = new ArrayList<>(sources.values());
        readbacks.forEach((address, entry) -> all.add(readback(address, entry, sources)));
        return all;
    }

    private static void checkAddress(String path, String address) {
        if (address.chars().anyMatch(Character::isWhitespace)) {
            throw YamlSection.malformed(path, "is not an address: addresses contain no whitespace");
        }
    }

    private static AddressModel address(String address, YamlSection entry) {
        entry.allowOnly(ADDRESS_KEYS, "an address setting");
        ValueShape shape = shape(entry);
        Json initial = initial(address, entry, shape);
        MotorModel motor = motor(entry, shape);
        return new AddressModel(address, shape, initial, quality(entry), entry.text("quality_detail").orElse(""),
                entry.bool("connected").orElse(true), entry.bool("read_only").orElse(false),
                latency(entry), null, entry.text("units").orElse(""), motor, alarm(entry, shape), 0);
    }

    private static MotorModel motor(YamlSection entry, ValueShape shape) {
        return entry.section("motor").map(motor -> {
            if (!(shape instanceof ValueShape.NumericShape)) {
                throw YamlSection.malformed(entry.pathOf("motor"), "applies only to numeric addresses");
            }
            if (entry.has("write_latency_ms")) {
                throw YamlSection.malformed(entry.pathOf("write_latency_ms"),
                        "does not apply to a motor: its writes take as long as the move");
            }
            if (entry.bool("read_only").orElse(false)) {
                throw YamlSection.malformed(entry.pathOf("read_only"), "cannot be true for a motor: it moves when written");
            }
            motor.allowOnly(MOTOR_KEYS, "a motor setting");
            return new MotorModel(positive(motor, "velocity").doubleValue(), positive(motor, "acceleration").doubleValue());
        }).orElse(null);
    }

    private static BigDecimal positive(YamlSection section, String key) {
        BigDecimal value = section.number(key).orElseThrow(() -> YamlSection.malformed(section.pathOf(key), "is required"));
        if (value.signum() <= 0) {
            throw YamlSection.malformed(section.pathOf(key), "must be > 0");
        }
        return value;
    }

    /** EPICS alarm limits, any subset, in the order lolo <= low <= high <= hihi. */
    private static AlarmLimits alarm(YamlSection entry, ValueShape shape) {
        return entry.section("alarm").map(alarm -> {
            if (!(shape instanceof ValueShape.NumericShape)) {
                throw YamlSection.malformed(entry.pathOf("alarm"), "applies only to numeric addresses");
            }
            alarm.allowOnly(Set.copyOf(ALARM_LIMITS), "an alarm limit");
            if (alarm.keys().isEmpty()) {
                throw YamlSection.malformed(entry.pathOf("alarm"), "must set at least one of " + ALARM_LIMITS);
            }
            requireAscending(alarm);
            return new AlarmLimits(alarm.number("lolo").orElse(null), alarm.number("low").orElse(null),
                    alarm.number("high").orElse(null), alarm.number("hihi").orElse(null));
        }).orElse(null);
    }

    private static void requireAscending(YamlSection alarm) {
        String previous = null;
        for (String key : ALARM_LIMITS) {
            if (!alarm.has(key)) {
                continue;
            }
            if (previous != null && alarm.number(previous).orElseThrow().compareTo(alarm.number(key).orElseThrow()) > 0) {
                throw YamlSection.malformed(alarm.pathOf(previous), "must not exceed " + key);
            }
            previous = key;
        }
    }

    private static ValueShape shape(YamlSection entry) {
        if (entry.has("enum")) {
            refuseLimits(entry, "enum addresses have labels, not limits");
            return new ValueShape.EnumShape(labels(entry));
        }
        Json value = entry.value("value").orElseThrow(() -> YamlSection.malformed(entry.pathOf("value"), "is required"));
        if (!(value instanceof Json.Num)) {
            refuseLimits(entry, "applies only to numeric addresses");
        }
        BigDecimal low = entry.number("low").orElse(null);
        BigDecimal high = entry.number("high").orElse(null);
        if (low != null && high != null && low.compareTo(high) > 0) {
            throw YamlSection.malformed(entry.pathOf("low"), "must not exceed high");
        }
        return ValueShape.of(value, low, high);
    }

    private static void refuseLimits(YamlSection entry, String why) {
        for (String limit : List.of("low", "high")) {
            if (entry.has(limit)) {
                throw YamlSection.malformed(entry.pathOf(limit), why);
            }
        }
    }

    private static List<String> labels(YamlSection entry) {
        String path = entry.pathOf("enum");
        List<Object> items = entry.list("enum").orElseThrow();
        if (items.isEmpty()) {
            throw YamlSection.malformed(path, "must list at least one label");
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof String label)) {
                throw YamlSection.malformed(path + "[" + i + "]",
                        "must be a string (quote it: YAML reads yes/no/on/off as booleans)");
            }
            if (labels.contains(label)) {
                throw YamlSection.malformed(path + "[" + i + "]", "repeats the label " + label);
            }
            labels.add(label);
        }
        return labels;
    }

    /** The initial value must be one the address would accept from a write; an enum defaults to its first label. */
    private static Json initial(String address, YamlSection entry, ValueShape shape) {
        if (shape instanceof ValueShape.EnumShape labels && !entry.has("value")) {
            return Json.str(labels.labels().getFirst());
        }
        try {
            return shape.accept(address, entry.value("value").orElseThrow());
        } catch (ControlException e) {
            String why = e instanceof ControlWriteRejectedError rejected ? rejected.reason() : e.getMessage();
            throw YamlSection.malformed(entry.pathOf("value"), "is not a valid initial value: " + why);
        }
    }

    private static Quality quality(YamlSection entry) {
        String raw = entry.text("quality").orElse(Quality.Good.name());
        try {
            return Quality.valueOf(raw);
        } catch (IllegalArgumentException e) {
            throw YamlSection.malformed(entry.pathOf("quality"), "must be one of Good, Uncertain, Bad");
        }
    }

    private static Duration latency(YamlSection entry) {
        return entry.number("write_latency_ms").map(ms -> {
            if (ms.signum() < 0) {
                throw YamlSection.malformed(entry.pathOf("write_latency_ms"), "must not be negative");
            }
            return Duration.ofNanos(ms.movePointRight(6).longValue());
        }).orElse(Duration.ZERO);
    }

    private static AddressModel readback(String address, YamlSection entry, Map<String, AddressModel> sources) {
        entry.allowOnly(READBACK_KEYS, "a readback setting (a readback takes its value from the address it follows)");
        String follows = entry.text("follows").orElseThrow();
        AddressModel source = sources.get(follows);
        if (source == null) {
            throw YamlSection.malformed(entry.pathOf("follows"),
                    "names " + follows + ", which is not a declared address that holds its own value");
        }
        if (!entry.bool("read_only").orElse(true)) {
            throw YamlSection.malformed(entry.pathOf("read_only"), "cannot be false: a readback is read-only");
        }
        return new AddressModel(address, source.shape(), source.initial(), quality(entry),
                entry.text("quality_detail").orElse(""), entry.bool("connected").orElse(true), true,
                Duration.ZERO, follows, source.units(), null, alarm(entry, source.shape()), noise(entry, source));
    }

    private static double noise(YamlSection entry, AddressModel source) {
        return entry.number("noise").map(sigma -> {
            if (!(source.shape() instanceof ValueShape.NumericShape)) {
                throw YamlSection.malformed(entry.pathOf("noise"), "applies only to readbacks of numeric addresses");
            }
            if (sigma.signum() < 0) {
                throw YamlSection.malformed(entry.pathOf("noise"), "must not be negative");
            }
            return sigma.doubleValue();
        }).orElse(0.0);
    }

    private static List<DetectorModel> detectors(YamlSection model, List<AddressModel> addresses) {
        Set<String> taken = new HashSet<>();
        addresses.forEach(a -> taken.add(a.address()));
        List<Object> items = model.list("detectors").orElse(List.of());
        List<DetectorModel> detectors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlSection entry = YamlSection.at("detectors[" + i + "]", items.get(i));
            DetectorModel detector = detector(entry);
            claim(entry.pathOf("prefix"), detector, taken);
            detectors.add(detector);
        }
        return detectors;
    }

    private static DetectorModel detector(YamlSection entry) {
        entry.allowOnly(DETECTOR_KEYS, "a detector setting");
        String prefix = entry.text("prefix").orElseThrow(() -> YamlSection.malformed(entry.pathOf("prefix"), "is required"));
        checkAddress(entry.pathOf("prefix"), prefix);
        BigDecimal rate = entry.number("counts_per_second")
                .orElseThrow(() -> YamlSection.malformed(entry.pathOf("counts_per_second"), "is required"));
        if (rate.signum() < 0) {
            throw YamlSection.malformed(entry.pathOf("counts_per_second"), "must not be negative");
        }
        BigDecimal acquireTime = entry.number("acquire_time").orElse(DetectorModel.DEFAULT_ACQUIRE_TIME);
        if (acquireTime.compareTo(DetectorModel.MIN_ACQUIRE_TIME) < 0
                || acquireTime.compareTo(DetectorModel.MAX_ACQUIRE_TIME) > 0) {
            throw YamlSection.malformed(entry.pathOf("acquire_time"), "must be between "
                    + DetectorModel.MIN_ACQUIRE_TIME + " and " + DetectorModel.MAX_ACQUIRE_TIME + " seconds");
        }
        return new DetectorModel(prefix, rate, acquireTime);
    }

    private static void claim(String path, DetectorModel detector, Set<String> taken) {
        for (String address : detector.addresses()) {
            if (!taken.add(address)) {
                throw YamlSection.malformed(path, detector.prefix() + " exposes " + address
                        + ", which another address or detector already declares");
            }
        }
    }

    private static Duration tick(YamlSection model) {
        long millis = model.number("tick_ms").map(n -> whole(model.pathOf("tick_ms"), n))
                .orElse(BeamlineModel.DEFAULT_TICK.toMillis());
        if (millis < 1 || millis > MAX_TICK_MS) {
            throw YamlSection.malformed(model.pathOf("tick_ms"), "must be between 1 and " + MAX_TICK_MS);
        }
        return Duration.ofMillis(millis);
    }

    /** In a model, an action may only name addresses the model declares, so a typo fails at load time. */
    private static void checkActionAddresses(ActionCatalog actions, List<AddressModel> addresses,
                                             List<DetectorModel> detectors) {
        Set<String> declared = new HashSet<>();
        addresses.forEach(a -> declared.add(a.address()));
        detectors.forEach(d -> declared.addAll(d.addresses()));
        actions.actions().forEach((name, action) -> {
            for (String address : action.addresses()) {
                if (!declared.contains(address)) {
                    throw YamlSection.malformed("actions." + name,
                            "names " + address + ", which the model does not declare");
                }
            }
        });
    }

    private static long whole(String path, BigDecimal number) {
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw YamlSection.malformed(path, "must be a whole number");
        }
    }
}
