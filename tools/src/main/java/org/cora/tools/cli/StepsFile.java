package org.cora.tools.cli;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.json.MalformedJsonException;
import org.cora.domain.step.InvalidStepError;
import org.cora.domain.step.StepWireCodec;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A steps file as an operator writes it: YAML, or JSON when its name ends in {@code .json}; either
 * {@code {steps: [...]}} or a bare list of steps. It is checked with the codec the service uses, so
 * a typo is reported, with where it is, before anything is sent.
 */
final class StepsFile {

    private StepsFile() {
    }

    /** The body of a conduct request, {@code {"steps": [...]}}, from the file. */
    static Json.Obj read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInput("no steps file " + file);
        } catch (IOException e) {
            throw new InvalidInput("cannot read " + file + ": " + e.getMessage());
        }
        try {
            return request(file.getFileName().toString().endsWith(".json") ? JsonParser.parse(text) : yaml(text));
        } catch (InvalidInput | MalformedJsonException | InvalidStepError | YAMLException e) {
            throw new InvalidInput(file + ": " + e.getMessage());
        }
    }

    static Json.Obj request(Json document) {
        Json steps = document;
        if (document instanceof Json.Obj object) {
            object.fields().keySet().stream().filter(k -> !k.equals("steps")).findFirst().ifPresent(k -> {
                throw new InvalidInput("unknown field '" + k + "': a steps file is {steps: [...]} or a list of steps");
            });
            steps = object.get("steps").orElseThrow(() -> new InvalidInput("no 'steps' in the file"));
        }
        StepWireCodec.fromRequest(steps, "steps");
        return Json.Obj.builder().put("steps", steps).build();
    }

    static Json yaml(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return json(new Yaml(new SafeConstructor(options)).load(text), "");
    }

    /** YAML's tree as JSON; what JSON has no value for (a date, NaN, binary) is refused where it is. */
    private static Json json(Object node, String path) {
        return switch (node) {
            case null -> Json.NULL;
            case String s -> Json.str(s);
            case Boolean b -> Json.bool(b);
            case Integer i -> Json.num(i.longValue());
            case Long l -> Json.num(l);
            case BigInteger i -> Json.of(i);
            case Double d when Double.isFinite(d) -> Json.num(d);
            case Map<?, ?> map -> object(map, path);
            case List<?> list -> array(list, path);
            default -> throw new InvalidInput(where(path) + "is " + node + " (" + node.getClass().getSimpleName()
                    + "), which JSON cannot carry: quote it to send it as text");
        };
    }

    private static Json object(Map<?, ?> map, String path) {
        Json.ObjBuilder object = Json.Obj.builder();
        for (Map.Entry<?, ?> field : map.entrySet()) {
            if (!(field.getKey() instanceof String key)) {
                throw new InvalidInput(where(path) + "has the key " + field.getKey() + ", which is not text");
            }
            object.put(key, json(field.getValue(), path.isEmpty() ? key : path + "." + key));
        }
        return object.build();
    }

    private static Json array(List<?> list, String path) {
        List<Json> items = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            items.add(json(list.get(i), path + "[" + i + "]"));
        }
        return new Json.Arr(items);
    }

    private static String where(String path) {
        return path.isEmpty() ? "the document " : path + " ";
    }
}
