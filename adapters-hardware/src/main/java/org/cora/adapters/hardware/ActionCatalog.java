package org.cora.adapters.hardware;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cora.domain.conductor.ActionBody;
import org.cora.domain.conductor.ActionRegistry;

/**
 * Action bodies configured by name: the {@code actions:} section of a beamline model, or a file of
 * its own holding just that section, for a deployment whose control system is not simulated.
 * Each entry names an action, its kind and the defaults a step's params may override:
 * <pre>
 * actions:
 *   count: {kind: detector_count, detector: BL:det}
 *   move_x: {kind: move_and_settle, setpoint: BL:x, readback: BL:x.RBV, tolerance: 0.01}
 * </pre>
 * The kinds are {@code detector_count} ({@link DetectorCountAction}) and {@code move_and_settle}
 * ({@link MoveAndSettleAction}); their bodies use only the action context's control port, so they
 * work against any control system. A malformed file is a {@link MalformedBeamlineModelException}
 * naming the entry at fault.
 */
public final class ActionCatalog {

    /** The action name of the catalog a model without an {@code actions:} section gets. */
    public static final String COUNT = "count";
    /** The detector that catalog's {@code count} uses unless a step names another. */
    public static final String DEFAULT_DETECTOR = "sim:det";

    private final Map<String, ConfiguredAction> actions;

    ActionCatalog(Map<String, ConfiguredAction> actions) {
        this.actions = Collections.unmodifiableMap(new LinkedHashMap<>(actions));
    }

    /** What a model without an {@code actions:} section offers: {@code count} on {@code sim:det}. */
    public static ActionCatalog defaults() {
        return new ActionCatalog(Map.of(COUNT, new DetectorCountAction(DEFAULT_DETECTOR, null)));
    }

    /** The catalog in {@code yaml}, a mapping whose only key is {@code actions}. */
    public static ActionCatalog fromYaml(Reader yaml) {
        return ActionCatalogYaml.parseFile(yaml);
    }

    /** As {@link #fromYaml(Reader)}, reading the UTF-8 file at {@code yaml}. */
    public static ActionCatalog fromYaml(Path yaml) throws IOException {
        try (Reader reader = Files.newBufferedReader(yaml, StandardCharsets.UTF_8)) {
            return fromYaml(reader);
        }
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(new TreeSet<>(actions.keySet()));
    }

    /** The bodies by action name, for a deployment that combines them with its own. */
    public Map<String, ActionBody> bodies() {
        return Map.copyOf(actions);
    }

    public ActionRegistry registry() {
        return new ActionRegistry(bodies());
    }

    Map<String, ConfiguredAction> actions() {
        return actions;
    }
}
