package org.cora.tools.cli;

import java.io.PrintWriter;

/** A line that each update overwrites on a screen; anywhere else (a pipe, a file) one line per update. */
final class ProgressLine {

    private final PrintWriter out;
    private final boolean screen;
    private final int width;
    private int shown;

    ProgressLine(PrintWriter out, boolean screen, int width) {
        this.out = out;
        this.screen = screen;
        this.width = width;
    }

    void show(String text) {
        if (!screen) {
            out.println(text);
            out.flush();
            return;
        }
        // A line that wraps cannot be overwritten: keep it one character short of the screen.
        String fitted = text.length() < width ? text : text.substring(0, width - 4) + "...";
        out.print("\r" + fitted + " ".repeat(Math.max(0, shown - fitted.length())));
        out.flush();
        shown = fitted.length();
    }

    /** Leaves the last update standing, so what follows starts on a line of its own. */
    void end() {
        if (screen && shown > 0) {
            out.println();
            shown = 0;
        }
        out.flush();
    }
}
