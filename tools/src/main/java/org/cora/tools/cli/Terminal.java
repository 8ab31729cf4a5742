package org.cora.tools.cli;

/** A person at a keyboard, who can be asked to confirm before something moves. */
@FunctionalInterface
public interface Terminal {

    /** The line the person typed, or null at the end of input. */
    String readLine();
}
