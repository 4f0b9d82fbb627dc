package mjc.runtime.value;

import java.util.Arrays;
import mjc.runtime.error.Errors;

/**
 * A sparse matrix (MATLAB's {@code sparse}): two-dimensional, real double or logical, in compressed
 * column form: column j's nonzeros are rows {@code rowIdx[colPtr[j] .. colPtr[j+1])} (ascending)
 * with values {@code vals}. Zeros are never stored.
 *
 * <p>Every operation of the runtime reads it element by element through {@link #re} (a binary
 * search in the column), so all of MATLAB works on it; the operations MATLAB keeps sparse
 * ({@code runtime/ops/SparseOps}: +, -, .*, *, transpose, indexing, comparison) work on the
 * stored entries instead. Element stores ({@link #setElementFrom}) insert in place, as an indexed
 * assignment on an unshared value does.
 */
public final class SparseArray extends ArrayValue {
    private final boolean logical;
    int[] colPtr;
    int[] rowIdx;
    double[] vals;

    private SparseArray(int m, int n, boolean logical, int[] colPtr, int[] rowIdx, double[] vals) {
        super(Dims.of(m, n));
        this.logical = logical;
        this.colPtr = colPtr;
        this.rowIdx = rowIdx;
        this.vals = vals;
    }

    /** An all-zero m-by-n sparse matrix. */
    public static SparseArray zeros(int m, int n, boolean logical) {
        checkSize(m, n);
        return new SparseArray(m, n, logical, new int[n + 1], new int[0], new double[0]);
    }

    /** From compressed columns the caller built (rows ascending in each column, no zeros). */
    public static SparseArray ofColumns(int m, int n, boolean logical, int[] colPtr, int[] rowIdx, double[] vals) {
        checkSize(m, n);
        return new SparseArray(m, n, logical, colPtr, rowIdx, vals);
    }

    private static void checkSize(long m, long n) {
        if (m < 0 || n < 0) {
            throw Errors.of("MATLAB:sparse:negativeSize", "Sparse matrix sizes must be non-negative integers.");
        }
        if (m * n > Integer.MAX_VALUE) {
            throw Errors.of("mjc:sparse:tooLarge", "Sparse matrices of more than 2^31-1 elements are not supported ("
                + m + "-by-" + n + ").");
        }
    }

    /**
     * sparse(i, j, v, m, n): entries at (i(k), j(k)) (0-based here), values at the same place summed
     * (MATLAB's accumulation), zeros dropped.
     */
    public static SparseArray fromTriplets(int m, int n, int[] rows, int[] cols, double[] v, boolean logical) {
        checkSize(m, n);
        int nz = rows.length;
        int[] count = new int[n + 1];
        for (int k = 0; k < nz; k++) {
            count[cols[k] + 1]++;
        }
        for (int j = 0; j < n; j++) {
            count[j + 1] += count[j];
        }
        int[] next = Arrays.copyOf(count, n);
        int[] r = new int[nz];
        double[] x = new double[nz];
        for (int k = 0; k < nz; k++) {
            int p = next[cols[k]]++;
            r[p] = rows[k];
            x[p] = v[k];
        }
        // sort each column by row, sum duplicates, drop zeros
        int[] colPtr = new int[n + 1];
        int[] outRows = new int[nz];
        double[] outVals = new double[nz];
        int out = 0;
        Integer[] order = new Integer[0];
        for (int j = 0; j < n; j++) {
            colPtr[j] = out;
            int lo = count[j];
            int len = count[j + 1] - lo;
            if (order.length < len) {
                order = new Integer[len];
            }
            for (int q = 0; q < len; q++) {
                order[q] = lo + q;
            }
            Arrays.sort(order, 0, len, (a, b) -> Integer.compare(r[a], r[b]));
            int q = 0;
            while (q < len) {
                int row = r[order[q]];
                double sum = 0;
                while (q < len && r[order[q]] == row) {
                    sum = logical ? (sum != 0 || x[order[q]] != 0 ? 1 : 0) : sum + x[order[q]];
                    q++;
                }
                if (sum != 0) {
                    outRows[out] = row;
                    outVals[out++] = sum;
                }
            }
        }
        colPtr[n] = out;
        return new SparseArray(m, n, logical, colPtr, Arrays.copyOf(outRows, out), Arrays.copyOf(outVals, out));
    }

    /** A dense array's nonzeros (2-D, real). */
    public static SparseArray fromDense(ArrayValue a, boolean logical) {
        int[] d = a.dims();
        if (d.length > 2) {
            throw Errors.of("MATLAB:sparse:nDArray", "N-dimensional sparse arrays are not supported.");
        }
        if (a.isComplex()) {
            throw Errors.of("mjc:sparse:complex", "Complex sparse matrices are not supported.");
        }
        int m = d[0];
        int n = d[1];
        checkSize(m, n);
        int nz = 0;
        for (int i = 0, t = a.numel(); i < t; i++) {
            if (a.re(i) != 0) {
                nz++;
            }
        }
        int[] colPtr = new int[n + 1];
        int[] r = new int[nz];
        double[] x = new double[nz];
        int p = 0;
        for (int j = 0; j < n; j++) {
            colPtr[j] = p;
            for (int i = 0; i < m; i++) {
                double v = a.re(i + j * m);
                if (v != 0) {
                    r[p] = i;
                    x[p++] = logical ? 1 : v;
                }
            }
        }
        colPtr[n] = p;
        return new SparseArray(m, n, logical, colPtr, r, x);
    }

    public boolean isLogical() {
        return logical;
    }

    public int nnz() {
        return colPtr[colPtr.length - 1];
    }

    public int[] colPtr() {
        return colPtr;
    }

    public int[] rowIdx() {
        return rowIdx;
    }

    public double[] values() {
        return vals;
    }

    /** The same entries as a dense double (or logical) array. */
    public ArrayValue toDense() {
        int m = dims[0];
        int n = dims[1];
        if (logical) {
            boolean[] b = new boolean[m * n];
            for (int j = 0; j < n; j++) {
                for (int p = colPtr[j]; p < colPtr[j + 1]; p++) {
                    b[rowIdx[p] + j * m] = true;
                }
            }
            return new LogicalArray(Dims.of(m, n), b);
        }
        double[] out = new double[m * n];
        for (int j = 0; j < n; j++) {
            for (int p = colPtr[j]; p < colPtr[j + 1]; p++) {
                out[rowIdx[p] + j * m] = vals[p];
            }
        }
        return DoubleArray.of(Dims.of(m, n), out);
    }

    /** Position of (row, col) in the arrays, or -(insertion point) - 1. */
    private int find(int row, int col) {
        return Arrays.binarySearch(rowIdx, colPtr[col], colPtr[col + 1], row);
    }

    @Override
    public double re(int i) {
        int m = dims[0];
        int p = find(i % m, i / m);
        return p >= 0 ? vals[p] : 0;
    }

    @Override
    public MClass mclass() {
        return logical ? MClass.LOGICAL : MClass.DOUBLE;
    }

    /** Stores v at (row, col), inserting or removing the entry as needed. */
    public void set(int row, int col, double v) {
        if (logical) {
            v = v != 0 ? 1 : 0;
        }
        int p = find(row, col);
        if (p >= 0) {
            if (v != 0) {
                vals[p] = v;
                return;
            }
            int nz = nnz();
            System.arraycopy(rowIdx, p + 1, rowIdx, p, nz - p - 1);
            System.arraycopy(vals, p + 1, vals, p, nz - p - 1);
            for (int j = col + 1; j < colPtr.length; j++) {
                colPtr[j]--;
            }
            return;
        }
        if (v == 0) {
            return;
        }
        int at = -p - 1;
        int nz = nnz();
        if (nz == rowIdx.length) {
            int cap = Math.max(4, nz * 2);
            rowIdx = Arrays.copyOf(rowIdx, cap);
            vals = Arrays.copyOf(vals, cap);
        }
        System.arraycopy(rowIdx, at, rowIdx, at + 1, nz - at);
        System.arraycopy(vals, at, vals, at + 1, nz - at);
        rowIdx[at] = row;
        vals[at] = v;
        for (int j = col + 1; j < colPtr.length; j++) {
            colPtr[j]++;
        }
    }

    @Override
    public void setElementFrom(int dst, Value src, int srcIndex) {
        double v = ((ArrayValue) src).re(srcIndex);
        if (((ArrayValue) src).im(srcIndex) != 0) {
            throw Errors.of("mjc:sparse:complex", "Complex sparse matrices are not supported.");
        }
        int m = dims[0];
        set(dst % m, dst / m, v);
    }

    @Override
    public Value gather(int[] idx, int[] d) {
        if (d.length > 2) {
            return toDense().gather(idx, d);
        }
        SparseArray out = zeros(d[0], d[1], logical);
        int om = Math.max(1, d[0]);
        // idx runs in column-major order of the result, so entries append at the end
        for (int k = 0; k < idx.length; k++) {
            double v = re(idx[k]);
            if (v != 0) {
                out.set(k % om, k / om, v);
            }
        }
        return out;
    }

    @Override
    public Value resized(int[] newDims) {
        if (newDims.length > 2) {
            throw Errors.of("MATLAB:sparse:nDArray", "N-dimensional sparse arrays are not supported.");
        }
        int m = newDims[0];
        int n = newDims[1];
        SparseArray out = zeros(m, n, logical);
        int k = 0;
        int[] r = new int[nnz()];
        double[] x = new double[nnz()];
        for (int j = 0; j < Math.min(n, dims[1]); j++) {
            out.colPtr[j] = k;
            for (int p = colPtr[j]; p < colPtr[j + 1]; p++) {
                if (rowIdx[p] < m) {
                    r[k] = rowIdx[p];
                    x[k++] = vals[p];
                }
            }
        }
        for (int j = Math.min(n, dims[1]); j <= n; j++) {
            out.colPtr[j] = k;
        }
        out.rowIdx = Arrays.copyOf(r, k);
        out.vals = Arrays.copyOf(x, k);
        return out;
    }

    @Override
    public Value copy() {
        int nz = nnz();
        return new SparseArray(dims[0], dims[1], logical, colPtr.clone(), Arrays.copyOf(rowIdx, nz), Arrays.copyOf(vals, nz));
    }

    @Override
    public Value emptyLike(int[] d) {
        if (d.length > 2) {
            return logical ? new LogicalArray(d, new boolean[Dims.numel(d)]) : DoubleArray.zeros(d);
        }
        return zeros(d[0], d[1], logical);
    }

    @Override
    public Value reshaped(int[] newDims) {
        if (newDims.length > 2) {
            throw Errors.of("MATLAB:sparse:nDArray", "N-dimensional sparse arrays are not supported.");
        }
        int m = dims[0];
        int nz = nnz();
        int[] rows = new int[nz];
        int[] cols = new int[nz];
        double[] x = new double[nz];
        int nm = Math.max(1, newDims[0]);
        for (int j = 0, k = 0; j < dims[1]; j++) {
            for (int p = colPtr[j]; p < colPtr[j + 1]; p++, k++) {
                long lin = (long) j * m + rowIdx[p];
                rows[k] = (int) (lin % nm);
                cols[k] = (int) (lin / nm);
                x[k] = vals[p];
            }
        }
        return fromTriplets(newDims[0], newDims[1], rows, cols, x, logical);
    }
}
