package org.cora.tools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    private final StringWriter out = new StringWriter();

    @Test
    void onAScreenEachUpdateOverwritesTheLastAndBlanksWhatIsLeftOfIt() {
        ProgressLine line = new ProgressLine(new PrintWriter(out), true, 80);

        line.show("step 1 of 3, sim:m1, 45.0 (in flight)");
        line.show("step 1 of 3, sim:m1, 45.0 (ok)");
        line.end();

        assertThat(out.toString()).isEqualTo("\rstep 1 of 3, sim:m1, 45.0 (in flight)"
                + "\rstep 1 of 3, sim:m1, 45.0 (ok)" + " ".repeat(7) + System.lineSeparator());
    }

    @Test
    void onAScreenALineIsCutShortOfItsWidthSoItNeverWraps() {
        ProgressLine line = new ProgressLine(new PrintWriter(out), true, 20);

        line.show("step 12 of 300, sim:very:long:address, 1.5 (ok)");

        assertThat(out.toString()).isEqualTo("\rstep 12 of 300, ...").hasSize(20);
    }

    @Test
    void elsewhereEachUpdateIsALineOfItsOwn() {
        ProgressLine line = new ProgressLine(new PrintWriter(out), false, 80);

        line.show("a");
        line.show("b");
        line.end();

        assertThat(out.toString()).isEqualTo("a" + System.lineSeparator() + "b" + System.lineSeparator());
    }
}
