package org.cora.domain.shared;

/**
 * The calling thread was interrupted while it waited (a conduct being cancelled). Adapters that
 * block throw it after restoring the interrupt flag; the Conductor aborts and re-raises it.
 */
public final class Cancelled extends RuntimeException {

    public Cancelled(String what) {
        super(what);
    }

    public Cancelled(String what, InterruptedException cause) {
        super(what, cause);
    }
}
