package org.cora.app.security;

import java.nio.file.Path;

/** The tokens file cannot be used; the message names the file and what is wrong, and Cora does not start. */
public final class MalformedTokensFileException extends RuntimeException {

    public MalformedTokensFileException(Path file, String problem) {
        super("tokens file " + file + ": " + problem);
    }

    public MalformedTokensFileException(Path file, String problem, Throwable cause) {
        super("tokens file " + file + ": " + problem, cause);
    }
}
