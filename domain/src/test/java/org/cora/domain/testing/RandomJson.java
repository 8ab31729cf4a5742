package org.cora.domain.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cora.domain.json.Json;

/** Seeded generators of JSON values, and of differently-written equal ones. */
public final class RandomJson {

    private static final String ALPHABET = "abcXYZ019 _-:.\"\\/\n\t\r\b\féß€→😀\u007f\u2028";

    private RandomJson() {
    }

    public static Json.Num number(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> Json.num(r.nextInt(201) - 100);
            case 1 -> Json.num(BigDecimal.valueOf(r.nextLong() % 10_000_000L, r.nextInt(9) - 3));
            case 2 -> Json.num(r.nextDouble() * 1000 - 500);
            case 3 -> Json.num(new BigDecimal(new BigInteger(80, r), r.nextInt(40) - 20));
            case 4 -> Json.num(0);
            default -> Json.num(BigDecimal.valueOf(r.nextInt(1000), r.nextInt(4)));
        };
    }

    /** 0..12 characters from an alphabet full of escapes and non-ASCII, never U+0000. */
    public static String text(Random r) {
        int length = r.nextInt(13);
        StringBuilder out = new StringBuilder();
        int[] codePoints = ALPHABET.codePoints().toArray();
        for (int i = 0; i < length; i++) {
            out.appendCodePoint(codePoints[r.nextInt(codePoints.length)]);
        }
        return out.toString();
    }

    /** Non-blank text, for names and addresses. */
    public static String name(Random r) {
        String text = text(r);
        return (r.nextBoolean() ? "2bma:" : "x") + text + r.nextInt(100);
    }

    /** A number, boolean or string. */
    public static Json scalar(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> number(r);
            case 1 -> Json.bool(r.nextBoolean());
            default -> Json.str(text(r));
        };
    }

    /** What a setpoint may write: a scalar, or a (possibly nested) array of them. */
    public static Json literal(Random r, int depth) {
        if (depth <= 0 || r.nextInt(4) != 0) {
            return scalar(r);
        }
        List<Json> items = new ArrayList<>();
        int size = r.nextInt(5);
        for (int i = 0; i < size; i++) {
            items.add(literal(r, depth - 1));
        }
        return new Json.Arr(items);
    }

    /** Any JSON value, null and objects included. */
    public static Json value(Random r, int depth) {
        int choice = depth <= 0 ? r.nextInt(4) : r.nextInt(6);
        return switch (choice) {
            case 0 -> Json.NULL;
            case 1, 2, 3 -> scalar(r);
            case 4 -> {
                List<Json> items = new ArrayList<>();
                int size = r.nextInt(4);
                for (int i = 0; i < size; i++) {
                    items.add(value(r, depth - 1));
                }
                yield new Json.Arr(items);
            }
            default -> object(r, depth - 1);
        };
    }

    public static Json.Obj object(Random r, int depth) {
        Map<String, Json> fields = new LinkedHashMap<>();
        int size = r.nextInt(5);
        for (int i = 0; i < size; i++) {
            fields.put(text(r), value(r, depth));
        }
        return new Json.Obj(fields);
    }

    /** The same value written differently: numbers at another scale, object keys in another order. */
    public static Json rewritten(Json value, Random r) {
        return switch (value) {
            case Json.Num n -> Json.num(n.value().setScale(n.value().scale() + r.nextInt(4)));
            case Json.Arr a -> new Json.Arr(a.items().stream().map(item -> rewritten(item, r)).toList());
            case Json.Obj o -> {
                List<String> keys = new ArrayList<>(o.fields().keySet());
                Collections.shuffle(keys, r);
                Map<String, Json> fields = new LinkedHashMap<>();
                keys.forEach(k -> fields.put(k, rewritten(o.fields().get(k), r)));
                yield new Json.Obj(fields);
            }
            default -> value;
        };
    }
}
