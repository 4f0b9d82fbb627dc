package mjc.stdlib.linalg;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

/** expm (scaling and squaring with a degree-6 Pade approximant, as MATLAB's classic expm), linsolve, orth. */
public final class MatrixExtras {
    private MatrixExtras() {
    }

    @Builtin("expm")
    public static Value expm(Value av) {
        DMatrixRMaj a = LinearAlgebra.matrix(av, "expm");
        if (a.numRows != a.numCols) {
            throw Errors.of("MATLAB:expm:inputMustBeSquare", "Input must be a square matrix.");
        }
        int n = a.numRows;
        if (n == 1) {
            return mjc.runtime.value.DoubleArray.scalar(Math.exp(a.get(0, 0)));
        }
        double norm = NormOps_DDRM.normPInf(a);
        if (!Double.isFinite(norm)) {
            DMatrixRMaj nan = new DMatrixRMaj(n, n);
            java.util.Arrays.fill(nan.data, Double.NaN);
            return LinearAlgebra.value(nan); // Inf or NaN entries: no finite exponential
        }
        int s = norm > 0.5 ? Math.max(0, (int) Math.ceil(Math.log(norm / 0.5) / Math.log(2))) : 0;
        DMatrixRMaj x = a.copy();
        CommonOps_DDRM.scale(1.0 / Math.pow(2, s), x);
        // Pade(6): N = sum c_k X^k, D = sum (-1)^k c_k X^k
        double c = 0.5;
        DMatrixRMaj e = CommonOps_DDRM.identity(n);
        DMatrixRMaj d = CommonOps_DDRM.identity(n);
        DMatrixRMaj xk = x.copy();
        DMatrixRMaj term = new DMatrixRMaj(n, n);
        CommonOps_DDRM.add(e, c, xk, e);
        CommonOps_DDRM.add(d, -c, xk, d);
        int q = 6;
        boolean positive = true;
        for (int k = 2; k <= q; k++) {
            c = c * (q - k + 1) / (k * (2.0 * q - k + 1));
            CommonOps_DDRM.mult(x, xk, term);
            xk.setTo(term);
            CommonOps_DDRM.add(e, c, xk, e);
            CommonOps_DDRM.add(d, positive ? c : -c, xk, d);
            positive = !positive;
        }
        DMatrixRMaj r = new DMatrixRMaj(n, n);
        if (!CommonOps_DDRM.solve(d, e, r)) {
            throw Errors.of("MATLAB:expm:singular", "expm failed: the Pade denominator is singular.");
        }
        DMatrixRMaj sq = new DMatrixRMaj(n, n);
        for (int k = 0; k < s; k++) {
            CommonOps_DDRM.mult(r, r, sq);
            r.setTo(sq);
        }
        return LinearAlgebra.value(r);
    }

    /** linsolve(A, B): the solution of A*X = B (least squares for a non-square A), as A\B. */
    @Builtin("linsolve")
    public static Value linsolve(Value a, Value b) {
        return LinearAlgebra.mldivide(a, b);
    }

    /** orth(A): an orthonormal basis of A's range, from the SVD. */
    @Builtin("orth")
    public static Value orth(Value av) {
        Value[] usv = Factorizations.svd(new Value[] {av}, 3);
        mjc.runtime.value.ArrayValue u = (mjc.runtime.value.ArrayValue) usv[0];
        mjc.runtime.value.ArrayValue sv = (mjc.runtime.value.ArrayValue) usv[1];
        int m = u.dims()[0];
        int k = Math.min(sv.dims()[0], sv.dims().length > 1 ? sv.dims()[1] : 1);
        double max = 0;
        for (int i = 0; i < k; i++) {
            max = Math.max(max, Math.abs(sv.re(i + i * sv.dims()[0])));
        }
        double tol = Math.max(m, u.dims()[1]) * max * Math.ulp(1.0);
        int rank = 0;
        for (int i = 0; i < k; i++) {
            if (Math.abs(sv.re(i + i * sv.dims()[0])) > tol) {
                rank++;
            }
        }
        double[] out = new double[m * rank];
        for (int j = 0; j < rank; j++) {
            for (int i = 0; i < m; i++) {
                out[i + j * m] = u.re(i + j * m);
            }
        }
        return mjc.runtime.value.DoubleArray.of(mjc.runtime.value.Dims.of(m, rank), out);
    }

    /** rref(A[, tol]): reduced row echelon form by Gauss-Jordan elimination with partial pivoting. */
    @Builtin("rref")
    public static Value[] rref(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        ArrayValue a = Args.array(args[0], "rref");
        int m = a.dims()[0];
        int n = a.numel() / Math.max(1, m);
        double[][] r = new double[m][n];
        double normInf = 0;
        for (int i = 0; i < m; i++) {
            double rowSum = 0;
            for (int j = 0; j < n; j++) {
                r[i][j] = a.re(i + j * m);
                rowSum += Math.abs(r[i][j]);
            }
            normInf = Math.max(normInf, rowSum);
        }
        double tol = args.length > 1 ? Args.scalar(args[1], "rref") : Math.max(m, n) * Math.ulp(1.0) * normInf;
        java.util.List<Double> pivots = new java.util.ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < m && j < n) {
            int k = i;
            for (int q = i; q < m; q++) {
                if (Math.abs(r[q][j]) > Math.abs(r[k][j])) {
                    k = q;
                }
            }
            if (Math.abs(r[k][j]) <= tol) {
                for (int q = i; q < m; q++) {
                    r[q][j] = 0;
                }
                j++;
                continue;
            }
            pivots.add((double) (j + 1));
            double[] t = r[i];
            r[i] = r[k];
            r[k] = t;
            double p = r[i][j];
            for (int c = j; c < n; c++) {
                r[i][c] /= p;
            }
            for (int q = 0; q < m; q++) {
                if (q != i) {
                    double f = r[q][j];
                    for (int c = j; c < n; c++) {
                        r[q][c] -= f * r[i][c];
                    }
                }
            }
            i++;
            j++;
        }
        double[] out = new double[m * n];
        for (int q = 0; q < m; q++) {
            for (int c = 0; c < n; c++) {
                out[q + c * m] = r[q][c];
            }
        }
        double[] jb = pivots.stream().mapToDouble(Double::doubleValue).toArray();
        return new Value[] {DoubleArray.of(Dims.of(m, n), out),
            DoubleArray.row(jb)};
    }

    /** rcond(A): the reciprocal of the 1-norm condition number (0 for a singular matrix, Inf for an empty one). */
    @Builtin("rcond")
    public static Value rcond(Value v) {
        ArrayValue a = Args.array(v, "rcond");
        int[] d = a.dims();
        if (d.length != 2 || d[0] != d[1]) {
            throw Errors.of("MATLAB:square", "Matrix must be square.");
        }
        int n = d[0];
        if (n == 0) {
            return DoubleArray.scalar(Double.POSITIVE_INFINITY);
        }
        DMatrixRMaj m = LinearAlgebra.matrix(a, "rcond");
        for (double x : m.data) {
            if (!Double.isFinite(x)) {
                return DoubleArray.scalar(Double.isNaN(x) ? Double.NaN : 0);
            }
        }
        DMatrixRMaj inv = new DMatrixRMaj(n, n);
        if (!CommonOps_DDRM.invert(m.copy(), inv)) {
            return DoubleArray.scalar(0);
        }
        double r = 1 / (NormOps_DDRM.normP1(m) * NormOps_DDRM.normP1(inv));
        return DoubleArray.scalar(Double.isFinite(r) ? r : 0);
    }
}
