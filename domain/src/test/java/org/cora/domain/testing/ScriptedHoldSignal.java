package org.cora.domain.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cora.domain.conductor.ConductCall;
import org.cora.domain.conductor.HoldSignal;

/** A hold signal that records every time it is asked and answers a hold from the n-th ask on. */
public final class ScriptedHoldSignal implements HoldSignal {

    private final List<ConductCall> asks = new ArrayList<>();
    private int holdFromAsk = Integer.MAX_VALUE;
    private String reason;

    /** Asks number {@code zeroBasedAsk} and later answer a hold with {@code holdReason}. */
    public ScriptedHoldSignal holdingFromAsk(int zeroBasedAsk, String holdReason) {
        this.holdFromAsk = zeroBasedAsk;
        this.reason = holdReason;
        return this;
    }

    @Override
    public Optional<String> pendingHold(ConductCall call) {
        int ask = asks.size();
        asks.add(call);
        return ask >= holdFromAsk ? Optional.of(reason) : Optional.empty();
    }

    /** The call of every ask, in order. */
    public List<ConductCall> asks() {
        return List.copyOf(asks);
    }
}
