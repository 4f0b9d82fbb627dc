package mjc.stdlib.linalg;

import mjc.runtime.error.Errors;
import mjc.runtime.ops.Operators;
import mjc.runtime.session.Session;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Matrix algebra on EJML: the matrix division operators, matrix powers, inv, det, rank, trace,
 * norm. Real matrices only; complex ones get a clear "not supported yet" error.
 */
public final class LinearAlgebra {
    private LinearAlgebra() {
    }

    static DMatrixRMaj matrix(Value v, String fn) {
        ArrayValue a = Args.array(v, fn);
        if (a.isComplex()) {
            throw Errors.unsupported(fn + " of complex matrices");
        }
        int[] d = a.dims();
        if (d.length > 2) {
            throw Errors.of("MATLAB:" + fn + ":inputMustBe2D", "Input arguments must be 2-D.");
        }
        DMatrixRMaj m = new DMatrixRMaj(d[0], d[1]);
        for (int r = 0; r < d[0]; r++) {
            for (int c = 0; c < d[1]; c++) {
                m.set(r, c, a.re(r + c * d[0]));
            }
        }
        return m;
    }

    static DoubleArray value(DMatrixRMaj m) {
        int nr = m.numRows;
        int nc = m.numCols;
        double[] out = new double[nr * nc];
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                out[r + c * nr] = m.get(r, c);
            }
        }
        return DoubleArray.of(Dims.of(nr, nc), out);
    }

    /** {@code A \ B}. */
    @Builtin("mldivide")
    public static Value mldivide(Value a, Value b) {
        if (a.numel() == 1) {
            return Operators.ldivide(a, b);
        }
        if (a instanceof mjc.runtime.value.SparseArray s) {
            return Sparse.solve(s, b);
        }
        DMatrixRMaj A = matrix(a, "mldivide");
        DMatrixRMaj B = matrix(b, "mldivide");
        if (A.numRows != B.numRows) {
            throw Errors.of("MATLAB:dimagree", "Matrix dimensions must agree.");
        }
        DMatrixRMaj X = new DMatrixRMaj(A.numCols, B.numCols);
        if (A.numRows == A.numCols) {
            LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.lu(A.numRows);
            if (!solver.setA(A.copy()) || singular(A)) {
                Session.current().warn("Matrix is singular to working precision.");
                for (int i = 0; i < X.getNumElements(); i++) {
                    X.data[i] = Double.POSITIVE_INFINITY;
                }
                return value(X);
            }
            solver.solve(B, X);
            return value(X);
        }
        if (A.numRows < A.numCols) {
            // underdetermined: a basic solution from QR with column pivoting (as MATLAB's), else the minimum-norm one
            try {
                LinearSolverDense<DMatrixRMaj> qrp = LinearSolverFactory_DDRM.leastSquaresQrPivot(true, false);
                if (qrp.setA(A.copy())) {
                    qrp.solve(B, X);
                    return value(X);
                }
            } catch (RuntimeException e) {
                // fall through
            }
            LinearSolverDense<DMatrixRMaj> pinv = LinearSolverFactory_DDRM.pseudoInverse(true);
            pinv.setA(A.copy());
            pinv.solve(B, X);
            return value(X);
        }
        LinearSolverDense<DMatrixRMaj> ls = LinearSolverFactory_DDRM.leastSquares(A.numRows, A.numCols);
        ls.setA(A.copy());
        ls.solve(B, X);
        return value(X);
    }

    private static boolean singular(DMatrixRMaj a) {
        double det = CommonOps_DDRM.det(a);
        return det == 0;
    }

    /** {@code A / B} = (B' \ A')'. */
    @Builtin("mrdivide")
    public static Value mrdivide(Value a, Value b) {
        if (b.numel() == 1) {
            return Operators.rdivide(a, b);
        }
        return Operators.transpose(mldivide(Operators.transpose(b), Operators.transpose(a)));
    }

    /** {@code A ^ p}. */
    @Builtin("mpower")
    public static Value mpower(Value a, Value p) {
        if (a.numel() == 1 && p.numel() == 1) {
            return Operators.power(a, p);
        }
        if (p.numel() != 1) {
            throw Errors.unsupported("a matrix exponent");
        }
        int[] d = a.dims();
        if (d.length != 2 || d[0] != d[1]) {
            throw Errors.of("MATLAB:mpower:notSquare", "Inputs must be a scalar and a square matrix.");
        }
        double e = Args.scalar(p, "mpower");
        if (e != Math.rint(e)) {
            throw Errors.unsupported("non-integer powers of matrices");
        }
        Value base = a;
        if (e < 0) {
            base = inv(a);
            e = -e;
        }
        long n = (long) e;
        Value result = eye(d[0]);
        while (n > 0) {
            if ((n & 1) != 0) {
                result = Operators.mtimes(result, base);
            }
            n >>= 1;
            if (n > 0) {
                base = Operators.mtimes(base, base);
            }
        }
        return result;
    }

    private static Value eye(int n) {
        double[] d = new double[n * n];
        for (int i = 0; i < n; i++) {
            d[i + i * n] = 1;
        }
        return DoubleArray.of(Dims.of(n, n), d);
    }

    @Builtin("inv")
    public static Value inv(Value a) {
        DMatrixRMaj A = matrix(a, "inv");
        if (A.numRows != A.numCols) {
            throw Errors.of("MATLAB:square", "Matrix must be square.");
        }
        DMatrixRMaj out = new DMatrixRMaj(A.numRows, A.numCols);
        if (!CommonOps_DDRM.invert(A.copy(), out) || singular(A)) {
            Session.current().warn("Matrix is singular to working precision.");
            for (int i = 0; i < out.getNumElements(); i++) {
                out.data[i] = Double.POSITIVE_INFINITY;
            }
        }
        return value(out);
    }

    @Builtin("det")
    public static Value det(Value a) {
        DMatrixRMaj A = matrix(a, "det");
        if (A.numRows != A.numCols) {
            throw Errors.of("MATLAB:square", "Matrix must be square.");
        }
        if (A.numRows == 0) {
            return DoubleArray.scalar(1);
        }
        return DoubleArray.scalar(CommonOps_DDRM.det(A));
    }

    @Builtin("trace")
    public static Value trace(Value a) {
        DMatrixRMaj A = matrix(a, "trace");
        return DoubleArray.scalar(CommonOps_DDRM.trace(A));
    }

    @Builtin("rank")
    public static Value rank(Value a) {
        DMatrixRMaj A = matrix(a, "rank");
        if (A.getNumElements() == 0) {
            return DoubleArray.scalar(0);
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
            DecompositionFactory_DDRM.svd(A.numRows, A.numCols, false, false, true);
        svd.decompose(A.copy());
        double[] s = svd.getSingularValues();
        double max = 0;
        for (double x : s) {
            max = Math.max(max, x);
        }
        double tol = Math.max(A.numRows, A.numCols) * Math.ulp(max);
        int r = 0;
        for (double x : s) {
            if (x > tol) {
                r++;
            }
        }
        return DoubleArray.scalar(r);
    }

    @Builtin("norm")
    public static Value[] norm(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        ArrayValue a = Args.array(args[0], "norm");
        String kind = args.length > 1 && Args.isText(args[1]) ? Args.text(args[1], "norm") : null;
        double p = args.length > 1 && kind == null ? Args.scalar(args[1], "norm") : 2;
        if (Dims.isVector(a.dims()) || a.numel() == 0) {
            if ("fro".equals(kind)) {
                p = 2;
            }
            if ("inf".equalsIgnoreCase(kind == null ? "" : kind) || Double.isInfinite(p)) {
                double m = 0;
                for (int i = 0; i < a.numel(); i++) {
                    m = Math.max(m, Math.hypot(a.re(i), a.im(i)));
                }
                return new Value[] {DoubleArray.scalar(m)};
            }
            double s = 0;
            for (int i = 0; i < a.numel(); i++) {
                s += Math.pow(Math.hypot(a.re(i), a.im(i)), p);
            }
            return new Value[] {DoubleArray.scalar(Math.pow(s, 1 / p))};
        }
        DMatrixRMaj A = matrix(a, "norm");
        if ("fro".equals(kind)) {
            return new Value[] {DoubleArray.scalar(NormOps_DDRM.normF(A))};
        }
        if (p == 1) {
            return new Value[] {DoubleArray.scalar(NormOps_DDRM.normP1(A))};
        }
        if (Double.isInfinite(p) || "inf".equalsIgnoreCase(kind == null ? "" : kind)) {
            return new Value[] {DoubleArray.scalar(NormOps_DDRM.normPInf(A))};
        }
        return new Value[] {DoubleArray.scalar(NormOps_DDRM.normP2(A))};
    }
}
