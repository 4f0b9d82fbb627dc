package mjc.runtime.ops;

import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.SparseArray;
import mjc.runtime.value.Value;

/**
 * Operators with a sparse operand, with MATLAB's rule for whether the result is sparse: sparse
 * +/- sparse, .* and ./ with a sparse operand, unary minus, transpose, comparisons, logical
 * operators and sparse * sparse stay sparse; sparse + scalar and sparse * full are full.
 * The common cases work on the stored entries; the rest compute densely and keep the class.
 */
final class SparseOps {
    private SparseOps() {
    }

    static boolean any(Value a, Value b) {
        return a instanceof SparseArray || b instanceof SparseArray;
    }

    private static Value dense(Value v) {
        return v instanceof SparseArray s ? s.toDense() : v;
    }

    private static Value sparse(Value dense, boolean logical) {
        return dense instanceof ArrayValue a && a.dims().length == 2 && !a.isComplex()
            ? SparseArray.fromDense(a, logical) : dense;
    }

    static Value elementwise(BinaryOp op, Value a, Value b) {
        SparseArray sa = a instanceof SparseArray s ? s : null;
        SparseArray sb = b instanceof SparseArray s ? s : null;
        switch (op) {
            case PLUS, MINUS -> {
                if (sa != null && sb != null && Dims.same(sa.dims(), sb.dims())) {
                    return merge(sa, sb, op == BinaryOp.MINUS);
                }
                Value r = Elementwise.apply(op, dense(a), dense(b));
                return sa != null && sb != null ? sparse(r, false) : r;
            }
            case TIMES -> {
                if (sa != null && isFiniteScalar(b)) {
                    return scaled(sa, ((ArrayValue) b).re(0));
                }
                if (sb != null && isFiniteScalar(a)) {
                    return scaled(sb, ((ArrayValue) a).re(0));
                }
                return sparse(Elementwise.apply(op, dense(a), dense(b)), false);
            }
            case RDIVIDE -> {
                if (sa != null && isFiniteScalar(b) && ((ArrayValue) b).re(0) != 0) {
                    return scaled(sa, 1 / ((ArrayValue) b).re(0));
                }
                return sparse(Elementwise.apply(op, dense(a), dense(b)), false);
            }
            case POWER -> {
                Value r = Elementwise.apply(op, dense(a), dense(b));
                return sa != null ? sparse(r, false) : r;
            }
            default -> {
                return sparse(Elementwise.apply(op, dense(a), dense(b)), false);
            }
        }
    }

    private static boolean isFiniteScalar(Value v) {
        return v instanceof ArrayValue x && !(v instanceof SparseArray) && x.numel() == 1 && !x.isComplex()
            && Double.isFinite(x.re(0));
    }

    private static SparseArray scaled(SparseArray s, double k) {
        int[] d = s.dims();
        if (k == 0) {
            return SparseArray.zeros(d[0], d[1], false);
        }
        double[] v = java.util.Arrays.copyOf(s.values(), s.nnz());
        for (int p = 0; p < v.length; p++) {
            v[p] *= k;
        }
        return SparseArray.ofColumns(d[0], d[1], false, s.colPtr().clone(), java.util.Arrays.copyOf(s.rowIdx(), s.nnz()), v);
    }

    /** a + b or a - b of two sparse matrices of one size, column by column. */
    private static SparseArray merge(SparseArray a, SparseArray b, boolean minus) {
        int m = a.dims()[0];
        int n = a.dims()[1];
        int[] ap = a.colPtr();
        int[] ar = a.rowIdx();
        double[] av = a.values();
        int[] bp = b.colPtr();
        int[] br = b.rowIdx();
        double[] bv = b.values();
        int cap = a.nnz() + b.nnz();
        int[] cp = new int[n + 1];
        int[] cr = new int[cap];
        double[] cv = new double[cap];
        int k = 0;
        for (int j = 0; j < n; j++) {
            cp[j] = k;
            int p = ap[j];
            int q = bp[j];
            while (p < ap[j + 1] || q < bp[j + 1]) {
                int row;
                double v;
                if (q >= bp[j + 1] || p < ap[j + 1] && ar[p] < br[q]) {
                    row = ar[p];
                    v = av[p++];
                } else if (p >= ap[j + 1] || br[q] < ar[p]) {
                    row = br[q];
                    v = minus ? -bv[q++] : bv[q++];
                } else {
                    row = ar[p];
                    v = minus ? av[p++] - bv[q++] : av[p++] + bv[q++];
                }
                if (v != 0) {
                    cr[k] = row;
                    cv[k++] = v;
                }
            }
        }
        cp[n] = k;
        return SparseArray.ofColumns(m, n, false, cp, java.util.Arrays.copyOf(cr, k), java.util.Arrays.copyOf(cv, k));
    }

    static Value compare(Comparison op, Value a, Value b) {
        return sparse(Comparison.compare(op, dense(a), dense(b)), true);
    }

    static Value logical(boolean and, Value a, Value b) {
        return sparse(Comparison.logical(and, dense(a), dense(b)), true);
    }

    static Value not(SparseArray a) {
        return sparse(Operators.not(a.toDense()), true);
    }

    static Value uminus(SparseArray s) {
        return s.isLogical() ? Operators.uminus(s.toDense()) : scaled(s, -1);
    }

    static SparseArray transpose(SparseArray s) {
        int m = s.dims()[0];
        int n = s.dims()[1];
        int nz = s.nnz();
        int[] rows = new int[nz];
        int[] cols = new int[nz];
        double[] v = new double[nz];
        int[] cp = s.colPtr();
        int[] r = s.rowIdx();
        double[] x = s.values();
        for (int j = 0, k = 0; j < n; j++) {
            for (int p = cp[j]; p < cp[j + 1]; p++, k++) {
                rows[k] = j;
                cols[k] = r[p];
                v[k] = x[p];
            }
        }
        return SparseArray.fromTriplets(n, m, rows, cols, v, s.isLogical());
    }

    /** a * b with a sparse operand: sparse * sparse is sparse (column by column), anything with a full matrix is full. */
    static Value mtimes(Value a, Value b) {
        if (a.numel() == 1 || b.numel() == 1) {
            return elementwise(BinaryOp.TIMES, a.numel() == 1 ? dense(a) : a, b.numel() == 1 ? dense(b) : b);
        }
        int m = a.dims()[0];
        int k = a.dims()[1];
        int n = b.dims()[1];
        if (b.dims()[0] != k || a.dims().length > 2 || b.dims().length > 2) {
            throw mjc.runtime.error.Errors.innerDim();
        }
        if (a instanceof SparseArray sa && b instanceof SparseArray sb) {
            return sparseProduct(sa, sb, m, n);
        }
        double[] out = new double[m * n];
        if (a instanceof SparseArray sa) {
            ArrayValue y = (ArrayValue) b;
            for (int c = 0; c < n; c++) {
                for (int j = 0; j < k; j++) {
                    double bj = y.re(j + c * k);
                    if (bj == 0) {
                        continue;
                    }
                    for (int p = sa.colPtr()[j]; p < sa.colPtr()[j + 1]; p++) {
                        out[sa.rowIdx()[p] + c * m] += sa.values()[p] * bj;
                    }
                }
            }
        } else {
            SparseArray sb = (SparseArray) b;
            ArrayValue x = (ArrayValue) a;
            for (int c = 0; c < n; c++) {
                for (int p = sb.colPtr()[c]; p < sb.colPtr()[c + 1]; p++) {
                    int j = sb.rowIdx()[p];
                    double v = sb.values()[p];
                    for (int i = 0; i < m; i++) {
                        out[i + c * m] += x.re(i + j * m) * v;
                    }
                }
            }
        }
        return DoubleArray.of(Dims.of(m, n), out);
    }

    /** Gustavson's column-by-column product with a dense accumulator per column. */
    private static SparseArray sparseProduct(SparseArray a, SparseArray b, int m, int n) {
        int[] cp = new int[n + 1];
        java.util.List<int[]> rowsByCol = new java.util.ArrayList<>();
        java.util.List<double[]> valsByCol = new java.util.ArrayList<>();
        double[] acc = new double[m];
        boolean[] seen = new boolean[m];
        int[] touched = new int[m];
        int total = 0;
        for (int c = 0; c < n; c++) {
            int t = 0;
            for (int p = b.colPtr()[c]; p < b.colPtr()[c + 1]; p++) {
                int j = b.rowIdx()[p];
                double bv = b.values()[p];
                for (int q = a.colPtr()[j]; q < a.colPtr()[j + 1]; q++) {
                    int i = a.rowIdx()[q];
                    if (!seen[i]) {
                        seen[i] = true;
                        touched[t++] = i;
                    }
                    acc[i] += a.values()[q] * bv;
                }
            }
            java.util.Arrays.sort(touched, 0, t);
            int[] r = new int[t];
            double[] v = new double[t];
            int kept = 0;
            for (int u = 0; u < t; u++) {
                int i = touched[u];
                if (acc[i] != 0) {
                    r[kept] = i;
                    v[kept++] = acc[i];
                }
                acc[i] = 0;
                seen[i] = false;
            }
            rowsByCol.add(java.util.Arrays.copyOf(r, kept));
            valsByCol.add(java.util.Arrays.copyOf(v, kept));
            cp[c] = total;
            total += kept;
        }
        cp[n] = total;
        int[] rows = new int[total];
        double[] vals = new double[total];
        for (int c = 0; c < n; c++) {
            System.arraycopy(rowsByCol.get(c), 0, rows, cp[c], rowsByCol.get(c).length);
            System.arraycopy(valsByCol.get(c), 0, vals, cp[c], valsByCol.get(c).length);
        }
        return SparseArray.ofColumns(m, n, false, cp, rows, vals);
    }
}
