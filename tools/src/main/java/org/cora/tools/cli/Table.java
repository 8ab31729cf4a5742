package org.cora.tools.cli;

import java.util.ArrayList;
import java.util.List;

/** Rows under a header, each column as wide as its widest cell; long cells are cut. */
final class Table {

    private static final int CELL_MAX = 48;

    private Table() {
    }

    static String render(List<String> header, List<List<String>> rows) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(header);
        rows.stream().map(r -> r.stream().map(Table::cut).toList()).forEach(lines::add);
        int[] widths = new int[header.size()];
        for (List<String> line : lines) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], line.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : lines) {
            for (int c = 0; c < widths.length; c++) {
                out.append(c + 1 < widths.length ? String.format("%-" + widths[c] + "s  ", line.get(c)) : line.get(c));
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String cut(String cell) {
        return cell.length() <= CELL_MAX ? cell : cell.substring(0, CELL_MAX - 3) + "...";
    }
}
