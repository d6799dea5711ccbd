package io.babeldesk.local.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The bench's one table: each measure beside its baseline, the ratio between them and the target it is held to. */
public final class BenchTable {
    /** What a row is held to: its ratio to the baseline, or its own value, at most {@code limit}. */
    public record Target(Kind kind, double limit) {
        /** Which figure of the row the limit applies to. */
        public enum Kind { RATIO, VALUE }

        public static Target ratioAtMost(double limit) {
            return new Target(Kind.RATIO, limit);
        }

        public static Target valueAtMost(double limit) {
            return new Target(Kind.VALUE, limit);
        }

        String describe(String unit) {
            return kind == Kind.RATIO ? "≤ " + number(limit) + "x" : "≤ " + number(limit) + " " + unit;
        }
    }

    /**
     * One measure. {@code baseline} is what it is compared with (null when nothing is); a NaN
     * value marks a row that only carries its note.
     */
    public record Row(String section, String measure, double value, String unit, Double baseline, Target target,
                      String note) {
        public double ratio() {
            return baseline == null || baseline == 0 || Double.isNaN(value) ? Double.NaN : value / baseline;
        }

        /** "met", "MISSED", or empty when the row has no target. */
        public String verdict() {
            if (target == null || Double.isNaN(value)) {
                return "";
            }
            double held = target.kind() == Target.Kind.RATIO ? ratio() : value;
            return Double.isNaN(held) ? "" : held <= target.limit() ? "met" : "MISSED";
        }
    }

    private final String title;
    private final List<String> header = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> footnotes = new ArrayList<>();

    public BenchTable(String title) {
        this.title = title;
    }

    public BenchTable headerLine(String line) {
        header.add(line);
        return this;
    }

    public BenchTable add(Row row) {
        rows.add(row);
        return this;
    }

    public BenchTable add(String section, String measure, double value, String unit, Double baseline, Target target,
                          String note) {
        return add(new Row(section, measure, value, unit, baseline, target, note));
    }

    public BenchTable footnote(String line) {
        footnotes.add(line);
        return this;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public long missed() {
        return rows.stream().filter(r -> "MISSED".equals(r.verdict())).count();
    }

    private static final String[] COLUMNS = {"section", "measure", "value", "baseline", "ratio", "target", "verdict",
            "note"};

    private List<String[]> cells() {
        List<String[]> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new String[] {r.section(), r.measure(), withUnit(r.value(), r.unit()),
                    r.baseline() == null ? "" : withUnit(r.baseline(), r.unit()),
                    Double.isNaN(r.ratio()) ? "" : String.format(Locale.ROOT, "%.2fx", r.ratio()),
                    r.target() == null ? "" : r.target().describe(r.unit()), r.verdict(),
                    r.note() == null ? "" : r.note()});
        }
        return out;
    }

    /** Fixed-width text for the terminal. */
    public String toText() {
        List<String[]> cells = cells();
        int[] width = new int[COLUMNS.length];
        for (int c = 0; c < COLUMNS.length - 1; c++) {
            width[c] = COLUMNS[c].length();
            for (String[] row : cells) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder sb = new StringBuilder(title).append('\n');
        header.forEach(h -> sb.append(h).append('\n'));
        sb.append('\n');
        appendText(sb, COLUMNS, width);
        String previous = null;
        for (String[] row : cells) {
            if (previous != null && !previous.equals(row[0])) {
                sb.append('\n');
            }
            previous = row[0];
            appendText(sb, row, width);
        }
        if (!footnotes.isEmpty()) {
            sb.append('\n');
            footnotes.forEach(f -> sb.append("* ").append(f).append('\n'));
        }
        return sb.toString();
    }

    private static void appendText(StringBuilder sb, String[] row, int[] width) {
        for (int c = 0; c < row.length; c++) {
            boolean numeric = c >= 2 && c <= 4;
            String cell = row[c];
            if (c == row.length - 1) {
                sb.append(cell);
            } else if (numeric) {
                sb.append(" ".repeat(width[c] - cell.length())).append(cell).append("  ");
            } else {
                sb.append(cell).append(" ".repeat(width[c] - cell.length())).append("  ");
            }
        }
        sb.append('\n');
    }

    /** The same table as GitHub Markdown, for the README. */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder("## ").append(title).append("\n\n");
        header.forEach(h -> sb.append(h).append("  \n"));
        sb.append('\n').append('|').append(String.join("|", COLUMNS)).append("|\n");
        sb.append("|---|---|--:|--:|--:|---|---|---|\n");
        for (String[] row : cells()) {
            sb.append('|');
            for (String cell : row) {
                sb.append(cell.replace("|", "\\|")).append('|');
            }
            sb.append('\n');
        }
        if (!footnotes.isEmpty()) {
            sb.append('\n');
            footnotes.forEach(f -> sb.append("- ").append(f).append('\n'));
        }
        return sb.toString();
    }

    static String withUnit(double value, String unit) {
        if (Double.isNaN(value)) {
            return "—";
        }
        return unit == null || unit.isEmpty() ? number(value) : number(value) + " " + unit;
    }

    static String number(double v) {
        double abs = Math.abs(v);
        if (abs >= 100 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, abs >= 10 ? "%.1f" : "%.2f", v);
    }
}
