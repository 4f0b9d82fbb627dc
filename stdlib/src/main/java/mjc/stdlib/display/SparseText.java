package mjc.stdlib.display;

import mjc.runtime.text.CFormat;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.SparseArray;

/**
 * A sparse matrix as Octave prints it: a "Compressed Column Sparse" line with the size, the
 * number of nonzeros and the fill percentage, then one {@code (row, col) -> value} line per
 * stored entry in column order, each value in its own scalar format.
 */
final class SparseText {
    private SparseText() {
    }

    static void named(StringBuilder sb, String pad, String name, SparseArray s) {
        if (s.numel() == 1) {
            sb.append(pad).append(name).append(" = ").append(header(s)).append("\n\n");
            entries(sb, pad, s);
            return;
        }
        sb.append(pad).append(name).append(" =\n\n").append(pad).append(header(s)).append("\n\n");
        entries(sb, pad, s);
        sb.append('\n');
    }

    static void body(StringBuilder sb, SparseArray s) {
        sb.append(header(s)).append("\n\n");
        entries(sb, "", s);
    }

    /** Octave's fill percentage: two significant digits, more as it nears 100 (never 100 unless full). */
    static String header(SparseArray s) {
        int[] d = s.dims();
        double total = (double) d[0] * d[1];
        double pct = total == 0 ? 0 : s.nnz() / total * 100;
        int prec = 2;
        if (pct == 100) {
            prec = 3;
        } else {
            if (pct > 99.9) {
                prec = 4;
            } else if (pct > 99) {
                prec = 3;
            }
            pct = Math.min(pct, 99.99);
        }
        return "Compressed Column Sparse (rows = " + d[0] + ", cols = " + d[1] + ", nnz = " + s.nnz() + " ["
            + CFormat.general(pct, prec, false, false) + "%])";
    }

    private static void entries(StringBuilder sb, String pad, SparseArray s) {
        int[] cp = s.colPtr();
        for (int j = 0; j < s.dims()[1]; j++) {
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                sb.append(pad).append("  (").append(s.rowIdx()[p] + 1).append(", ").append(j + 1).append(") -> ")
                    .append(Display.scalarText(DoubleArray.scalar(s.values()[p]))).append('\n');
            }
        }
    }
}
