package org.cora.domain.control;

import java.util.Collection;

/** Whether a conduct moved real equipment, a simulator, or both. A property of the route, not the protocol. */
public enum ActuationKind {
    Physical, Simulated, Hybrid;

    /** Null is the identity; equal kinds stay; anything else, or Hybrid, is Hybrid. */
    public static ActuationKind merge(ActuationKind a, ActuationKind b) {
        if (a == null) {
            return b;
        }
        if (b == null || a == b) {
            return a;
        }
        return Hybrid;
    }

    /** No observation is null; otherwise the merge of all of them. */
    public static ActuationKind collapse(Collection<ActuationKind> observed) {
        ActuationKind result = null;
        for (ActuationKind kind : observed) {
            result = merge(result, kind);
        }
        return result;
    }

    public static ActuationKind parse(String raw) {
        return raw == null ? null : valueOf(raw);
    }
}
