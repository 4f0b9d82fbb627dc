package mjc.stdlib.math;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * hist's counting (the plot itself is the graphics library's): [n, x] = hist(y, m) with m equal
 * bins over [min(y), max(y)] given by their centres, or hist(y, centres); values nearer a centre
 * count there, the ends catch everything beyond them. Columns of a matrix are counted separately.
 */
public final class Histograms {
    private Histograms() {
    }

    @Builtin("hist")
    public static Value[] hist(Value[] args, int nargout) {
        Args.count(args, 1, 3);
        ArrayValue y = Args.array(args[0], "hist");
        boolean vector = Dims.isVector(y.dims());
        int m = vector ? y.numel() : y.dims()[0];
        int cols = vector ? 1 : y.numel() / Math.max(1, m);
        double[] centres;
        if (args.length > 1 && args[1].numel() > 1) {
            ArrayValue c = Args.array(args[1], "hist");
            centres = new double[c.numel()];
            for (int i = 0; i < centres.length; i++) {
                centres[i] = c.re(i);
            }
            java.util.Arrays.sort(centres);
        } else {
            int bins = args.length > 1 ? (int) Args.scalar(args[1], "hist") : 10;
            if (bins < 1) {
                throw Errors.of("MATLAB:hist:InvalidNumBins", "The number of bins must be a positive integer.");
            }
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < y.numel(); i++) {
                double v = y.re(i);
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (lo > hi) {
                lo = 0;
                hi = 0;
            }
            if (lo == hi) {
                lo -= 0.5;
                hi += 0.5;
            }
            double delta = (hi - lo) / bins / 2;
            centres = new double[bins];
            for (int i = 0; i < bins; i++) {
                centres[i] = bins == 1 ? (lo + hi) / 2 : lo + delta + i * (hi - lo - 2 * delta) / (bins - 1);
            }
        }
        int k = centres.length;
        double[] edges = new double[k - 1];
        for (int i = 0; i < k - 1; i++) {
            edges[i] = (centres[i] + centres[i + 1]) / 2;
        }
        double[] counts = new double[k * cols];
        for (int c = 0; c < cols; c++) {
            for (int i = 0; i < m; i++) {
                double v = y.re(i + c * m);
                if (Double.isNaN(v)) {
                    continue;
                }
                int b = 0;
                while (b < k - 1 && v >= edges[b]) {
                    b++;
                }
                counts[b + c * k]++;
            }
        }
        if (args.length == 3) {
            double norm = Args.scalar(args[2], "hist");
            for (int c = 0; c < cols; c++) {
                double total = 0;
                for (int b = 0; b < k; b++) {
                    total += counts[b + c * k];
                }
                for (int b = 0; b < k; b++) {
                    counts[b + c * k] = total == 0 ? 0 : counts[b + c * k] * norm / total;
                }
            }
        }
        Value n = vector ? DoubleArray.row(counts) : DoubleArray.of(Dims.of(k, cols), counts);
        return new Value[] {n, DoubleArray.row(centres)};
    }
}
