package org.cora.tools.cli;

/** What the person typed or wrote cannot be sent: a bad option value, an invalid steps file. */
final class InvalidInput extends RuntimeException {

    InvalidInput(String message) {
        super(message);
    }
}
