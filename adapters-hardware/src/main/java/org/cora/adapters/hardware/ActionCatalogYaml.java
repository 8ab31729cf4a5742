package org.cora.adapters.hardware;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the {@code actions:} section of a model file or of an actions file. As for the rest of a
 * model, unknown keys and kinds are mistakes, named by their YAML path.
 */
final class ActionCatalogYaml {

    static final String DETECTOR_COUNT = "detector_count";
    static final String MOVE_AND_SETTLE = "move_and_settle";
    private static final Set<String> KINDS = Set.of(DETECTOR_COUNT, MOVE_AND_SETTLE);
    private static final Set<String> DETECTOR_COUNT_KEYS = Set.of("kind", "detector", "seconds");
    private static final Set<String> MOVE_AND_SETTLE_KEYS = Set.of("kind", "setpoint", "readback", "tolerance",
            "settle_timeout_s", "stable_reads", "poll_ms");

    private ActionCatalogYaml() {
    }

    /** An actions file: a mapping whose only key is {@code actions}. */
    static ActionCatalog parseFile(Reader reader) {
        Object document = BeamlineModelYaml.load(reader);
        if (document == null) {
            throw new MalformedBeamlineModelException("the actions file is empty: expected an actions section");
        }
        YamlSection file = YamlSection.at("", document);
        file.allowOnly(Set.of("actions"), "an actions-file setting");
        return parse(file.section("actions").orElseThrow(() -> YamlSection.malformed("actions", "is required")));
    }

    static ActionCatalog parse(YamlSection actions) {
        Map<String, ConfiguredAction> byName = new LinkedHashMap<>();
        for (String name : actions.keys()) {
            if (name.chars().anyMatch(Character::isWhitespace)) {
                throw YamlSection.malformed(actions.pathOf(name), "is not an action name: names contain no whitespace");
            }
            byName.put(name, action(actions.section(name).orElseThrow()));
        }
        return new ActionCatalog(byName);
    }

    private static ConfiguredAction action(YamlSection entry) {
        String kind = entry.text("kind").orElseThrow(() -> YamlSection.malformed(entry.pathOf("kind"),
                "is required: one of " + new TreeSet<>(KINDS)));
        return switch (kind) {
            case DETECTOR_COUNT -> detectorCount(entry);
            case MOVE_AND_SETTLE -> moveAndSettle(entry);
            default -> throw YamlSection.malformed(entry.pathOf("kind"),
                    "is not an action kind: expected one of " + new TreeSet<>(KINDS));
        };
    }

    private static DetectorCountAction detectorCount(YamlSection entry) {
        entry.allowOnly(DETECTOR_COUNT_KEYS, "a " + DETECTOR_COUNT + " setting");
        return new DetectorCountAction(address(entry, "detector"), number(entry, "seconds", ParamRule.POSITIVE, null));
    }

    private static MoveAndSettleAction moveAndSettle(YamlSection entry) {
        entry.allowOnly(MOVE_AND_SETTLE_KEYS, "a " + MOVE_AND_SETTLE + " setting");
        BigDecimal tolerance = number(entry, "tolerance", ParamRule.NOT_NEGATIVE, null);
        if (tolerance == null) {
            throw YamlSection.malformed(entry.pathOf("tolerance"), "is required");
        }
        return new MoveAndSettleAction(new MoveAndSettleAction.Settings(address(entry, "setpoint"),
                address(entry, "readback"), tolerance,
                number(entry, "settle_timeout_s", ParamRule.POSITIVE, MoveAndSettleAction.DEFAULT_SETTLE_TIMEOUT_S),
                count(entry, "stable_reads", MoveAndSettleAction.DEFAULT_STABLE_READS),
                count(entry, "poll_ms", MoveAndSettleAction.DEFAULT_POLL_MS)));
    }

    private static String address(YamlSection entry, String key) {
        String address = entry.text(key).orElseThrow(() -> YamlSection.malformed(entry.pathOf(key), "is required"));
        if (address.chars().anyMatch(Character::isWhitespace)) {
            throw YamlSection.malformed(entry.pathOf(key), "is not an address: addresses contain no whitespace");
        }
        return address;
    }

    private static BigDecimal number(YamlSection entry, String key, ParamRule rule, BigDecimal fallback) {
        BigDecimal value = entry.number(key).orElse(fallback);
        if (value != null && !rule.admits(value)) {
            throw YamlSection.malformed(entry.pathOf(key), rule.requirement());
        }
        return value;
    }

    private static int count(YamlSection entry, String key, int fallback) {
        return number(entry, key, ParamRule.COUNT, BigDecimal.valueOf(fallback)).intValueExact();
    }
}
