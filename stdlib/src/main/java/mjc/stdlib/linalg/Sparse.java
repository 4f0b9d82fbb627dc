package mjc.stdlib.linalg;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.SparseArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.interfaces.linsol.LinearSolverSparse;
import org.ejml.sparse.FillReducing;
import org.ejml.sparse.csc.factory.LinearSolverFactory_DSCC;

/**
 * Sparse matrices: sparse (from a matrix, a size, or triplets with MATLAB's summing of repeats),
 * full, issparse, nonzeros, nzmax, speye, spones, spalloc, spdiags, and A\b for a sparse A,
 * solved by EJML's sparse LU (or QR when A is not square) with fill-reducing ordering.
 */
public final class Sparse {
    private Sparse() {
    }

    @Builtin("sparse")
    public static Value[] sparse(Value[] args, int nargout) {
        Args.count(args, 1, 6);
        if (args.length == 1) {
            if (args[0] instanceof SparseArray s) {
                return new Value[] {s};
            }
            ArrayValue a = Args.array(args[0], "sparse");
            return new Value[] {SparseArray.fromDense(a, a instanceof LogicalArray)};
        }
        if (args.length == 2) {
            return new Value[] {SparseArray.zeros(Args.size(args[0], "sparse"), Args.size(args[1], "sparse"), false)};
        }
        if (args.length == 4) {
            throw Errors.of("MATLAB:sparse:wrongNumberOfArguments", "Specify both the number of rows and columns, as in"
                + " sparse(i, j, v, m, n).");
        }
        ArrayValue i = Args.array(args[0], "sparse");
        ArrayValue j = Args.array(args[1], "sparse");
        ArrayValue v = Args.array(args[2], "sparse");
        if (v.isComplex()) {
            throw Errors.of("mjc:sparse:complex", "Complex sparse matrices are not supported.");
        }
        int n = Math.max(i.numel(), Math.max(j.numel(), v.numel()));
        for (ArrayValue x : new ArrayValue[] {i, j, v}) {
            if (x.numel() != n && x.numel() != 1) {
                throw Errors.of("MATLAB:sparse:lengthMismatch", "Vectors must be the same lengths.");
            }
        }
        int[] rows = new int[n];
        int[] cols = new int[n];
        double[] vals = new double[n];
        int maxRow = 0;
        int maxCol = 0;
        for (int k = 0; k < n; k++) {
            rows[k] = index(i.re(i.numel() == 1 ? 0 : k));
            cols[k] = index(j.re(j.numel() == 1 ? 0 : k));
            vals[k] = v.re(v.numel() == 1 ? 0 : k);
            maxRow = Math.max(maxRow, rows[k] + 1);
            maxCol = Math.max(maxCol, cols[k] + 1);
        }
        int m = args.length >= 5 ? Args.size(args[3], "sparse") : maxRow;
        int c = args.length >= 5 ? Args.size(args[4], "sparse") : maxCol;
        if (maxRow > m || maxCol > c) {
            throw Errors.of("MATLAB:sparse:indexExceedsDims", "Index exceeds matrix dimensions.");
        }
        return new Value[] {SparseArray.fromTriplets(m, c, rows, cols, vals, v instanceof LogicalArray)};
    }

    private static int index(double d) {
        if (d != Math.rint(d) || d < 1) {
            throw Errors.of("MATLAB:sparse:IndexOutOfRange", "Index into matrix must be positive.");
        }
        return (int) d - 1;
    }

    @Builtin("full")
    public static Value full(Value v) {
        return v instanceof SparseArray s ? s.toDense() : Args.array(v, "full");
    }

    @Builtin("issparse")
    public static Value issparse(Value v) {
        return LogicalArray.of(v instanceof SparseArray);
    }

    /** nonzeros(A): the nonzero values in column order, as a column. */
    @Builtin("nonzeros")
    public static Value nonzeros(Value v) {
        if (v instanceof SparseArray s) {
            return DoubleArray.column(java.util.Arrays.copyOf(s.values(), s.nnz()));
        }
        ArrayValue a = Args.array(v, "nonzeros");
        return DoubleArray.column(java.util.stream.IntStream.range(0, a.numel()).mapToDouble(a::re).filter(x -> x != 0)
            .toArray());
    }

    @Builtin("nzmax")
    public static Value nzmax(Value v) {
        return DoubleArray.scalar(v instanceof SparseArray s ? Math.max(1, s.nnz()) : v.numel());
    }

    @Builtin("speye")
    public static Value[] speye(Value[] args, int nargout) {
        Args.count(args, 0, 2);
        int m = args.length == 0 ? 1 : Args.size(args[0], "speye");
        int n = args.length == 2 ? Args.size(args[1], "speye") : args.length == 1 && args[0].numel() == 2
            ? (int) Args.array(args[0], "speye").re(1) : m;
        if (args.length == 1 && args[0].numel() == 2) {
            m = (int) Args.array(args[0], "speye").re(0);
        }
        int k = Math.min(m, n);
        int[] r = new int[k];
        double[] one = new double[k];
        for (int i = 0; i < k; i++) {
            r[i] = i;
            one[i] = 1;
        }
        return new Value[] {SparseArray.fromTriplets(m, n, r, r.clone(), one, false)};
    }

    @Builtin("spones")
    public static Value spones(Value v) {
        SparseArray s = v instanceof SparseArray x ? x : SparseArray.fromDense(Args.array(v, "spones"), false);
        double[] one = new double[s.nnz()];
        java.util.Arrays.fill(one, 1);
        return SparseArray.ofColumns(s.dims()[0], s.dims()[1], false, s.colPtr().clone(),
            java.util.Arrays.copyOf(s.rowIdx(), s.nnz()), one);
    }

    @Builtin("spalloc")
    public static Value spalloc(Value m, Value n, Value nz) {
        return SparseArray.zeros(Args.size(m, "spalloc"), Args.size(n, "spalloc"), false);
    }

    /** spdiags(B, d, m, n): the columns of B on the diagonals d (MATLAB's alignment of B's rows). */
    @Builtin("spdiags")
    public static Value spdiags(Value b, Value d, Value mv, Value nv) {
        ArrayValue bs = Args.array(b, "spdiags");
        ArrayValue ds = Args.array(d, "spdiags");
        int m = Args.size(mv, "spdiags");
        int n = Args.size(nv, "spdiags");
        int br = bs.dims()[0];
        java.util.List<int[]> at = new java.util.ArrayList<>();
        java.util.List<Double> vals = new java.util.ArrayList<>();
        for (int k = 0; k < ds.numel(); k++) {
            int off = (int) ds.re(k);
            for (int i = Math.max(0, -off); i < m && i + off < n; i++) {
                int j = i + off;
                // MATLAB takes B(j, k) for m >= n, B(i, k) otherwise
                int row = m >= n ? j : i;
                double v = row < br ? bs.re(row + k * br) : 0;
                at.add(new int[] {i, j});
                vals.add(bs.numel() == 1 ? bs.re(0) : v);
            }
        }
        int[] rows = new int[at.size()];
        int[] cols = new int[at.size()];
        double[] x = new double[at.size()];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = at.get(k)[0];
            cols[k] = at.get(k)[1];
            x[k] = vals.get(k);
        }
        return SparseArray.fromTriplets(m, n, rows, cols, x, false);
    }

    /** A \ B for a sparse A: a full result, as MATLAB gives for a full B. */
    static Value solve(SparseArray a, Value b) {
        int m = a.dims()[0];
        int n = a.dims()[1];
        ArrayValue rhs = b instanceof SparseArray s ? s.toDense() : Args.array(b, "mldivide");
        if (rhs.dims()[0] != m) {
            throw Errors.of("MATLAB:dimagree", "Matrix dimensions must agree.");
        }
        DMatrixSparseCSC A = csc(a);
        int k = rhs.numel() / Math.max(1, m);
        DMatrixRMaj B = new DMatrixRMaj(m, k);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < k; j++) {
                B.set(i, j, rhs.re(i + j * m));
            }
        }
        DMatrixRMaj X = new DMatrixRMaj(n, k);
        LinearSolverSparse<DMatrixSparseCSC, DMatrixRMaj> solver = m == n
            ? LinearSolverFactory_DSCC.lu(FillReducing.NONE) : LinearSolverFactory_DSCC.qr(FillReducing.NONE);
        if (!solver.setA(A)) {
            mjc.runtime.session.Session.current().warn("Matrix is singular to working precision.");
            double[] inf = new double[n * k];
            java.util.Arrays.fill(inf, Double.POSITIVE_INFINITY);
            return DoubleArray.of(mjc.runtime.value.Dims.of(n, k), inf);
        }
        solver.solve(B, X);
        double[] out = new double[n * k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                out[i + j * n] = X.get(i, j);
            }
        }
        return DoubleArray.of(mjc.runtime.value.Dims.of(n, k), out);
    }

    private static DMatrixSparseCSC csc(SparseArray s) {
        int nz = s.nnz();
        DMatrixSparseCSC A = new DMatrixSparseCSC(s.dims()[0], s.dims()[1], nz);
        System.arraycopy(s.colPtr(), 0, A.col_idx, 0, s.colPtr().length);
        System.arraycopy(s.rowIdx(), 0, A.nz_rows, 0, nz);
        System.arraycopy(s.values(), 0, A.nz_values, 0, nz);
        A.nz_length = nz;
        A.indicesSorted = true;
        return A;
    }
}
