package mjc.stdlib.linalg;

import mjc.runtime.error.Errors;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.LUDecomposition_F64;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/** svd, pinv, cond, null, chol, lu and qr on EJML (real matrices). */
public final class Factorizations {
    private Factorizations() {
    }

    /** U, W, V' with singular values in descending order. */
    private static DMatrixRMaj[] svd(DMatrixRMaj a, boolean vectors, boolean compact) {
        SingularValueDecomposition_F64<DMatrixRMaj> dec = DecompositionFactory_DDRM.svd(a.numRows, a.numCols,
            vectors, vectors, compact);
        if (!dec.decompose(a.copy())) {
            throw Errors.of("MATLAB:svd:svdNoConvergence", "SVD did not converge.");
        }
        DMatrixRMaj u = vectors ? dec.getU(null, false) : null;
        DMatrixRMaj w = dec.getW(null);
        DMatrixRMaj vt = vectors ? dec.getV(null, true) : null;
        SingularOps_DDRM.descendingOrder(u, false, w, vt, true);
        return new DMatrixRMaj[] {u, w, vt};
    }

    private static double[] singularValues(DMatrixRMaj w) {
        int k = Math.min(w.numRows, w.numCols);
        double[] s = new double[k];
        for (int i = 0; i < k; i++) {
            s[i] = w.get(i, i);
        }
        return s;
    }

    @Builtin("svd")
    public static Value[] svd(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        DMatrixRMaj a = LinearAlgebra.matrix(args[0], "svd");
        boolean econ = args.length == 2;
        if (nargout <= 1) {
            double[] s = singularValues(svd(a, false, true)[1]);
            return new Value[] {DoubleArray.of(Dims.col(s.length), s)};
        }
        DMatrixRMaj[] usv = svd(a, true, econ);
        DMatrixRMaj v = CommonOps_DDRM.transpose(usv[2], null);
        return new Value[] {LinearAlgebra.value(usv[0]), LinearAlgebra.value(usv[1]), LinearAlgebra.value(v)};
    }

    private static double tolerance(DMatrixRMaj a, double[] s) {
        return Math.max(a.numRows, a.numCols) * (s.length == 0 ? 0 : Math.ulp(s[0]));
    }

    @Builtin("pinv")
    public static Value pinv(Value m) {
        DMatrixRMaj a = LinearAlgebra.matrix(m, "pinv");
        DMatrixRMaj[] usv = svd(a, true, true);
        double[] s = singularValues(usv[1]);
        double tol = tolerance(a, s);
        // pinv = V * diag(1/s) * U'
        DMatrixRMaj v = CommonOps_DDRM.transpose(usv[2], null);
        DMatrixRMaj out = new DMatrixRMaj(a.numCols, a.numRows);
        for (int k = 0; k < s.length; k++) {
            if (s[k] <= tol) {
                continue;
            }
            for (int i = 0; i < a.numCols; i++) {
                for (int j = 0; j < a.numRows; j++) {
                    out.add(i, j, v.get(i, k) * usv[0].get(j, k) / s[k]);
                }
            }
        }
        return LinearAlgebra.value(out);
    }

    @Builtin("cond")
    public static Value cond(Value m) {
        DMatrixRMaj a = LinearAlgebra.matrix(m, "cond");
        double[] s = singularValues(svd(a, false, true)[1]);
        if (s.length == 0) {
            return DoubleArray.scalar(0);
        }
        double min = s[s.length - 1];
        return DoubleArray.scalar(min == 0 ? Double.POSITIVE_INFINITY : s[0] / min);
    }

    /** An orthonormal basis of the null space: the right singular vectors of zero singular values. */
    @Builtin("null")
    public static Value nullSpace(Value m) {
        DMatrixRMaj a = LinearAlgebra.matrix(m, "null");
        DMatrixRMaj[] usv = svd(a, true, false);
        double[] s = singularValues(usv[1]);
        double tol = tolerance(a, s);
        int rank = 0;
        for (double x : s) {
            if (x > tol) {
                rank++;
            }
        }
        int n = a.numCols;
        DMatrixRMaj v = CommonOps_DDRM.transpose(usv[2], null);
        DMatrixRMaj out = new DMatrixRMaj(n, n - rank);
        for (int j = rank; j < n; j++) {
            for (int i = 0; i < n; i++) {
                out.set(i, j - rank, v.get(i, j));
            }
        }
        return LinearAlgebra.value(out);
    }

    @Builtin("chol")
    public static Value chol(Value m) {
        DMatrixRMaj a = LinearAlgebra.matrix(m, "chol");
        if (a.numRows != a.numCols) {
            throw Errors.of("MATLAB:chol:inputMustBeSquare", "Input matrix must be square.");
        }
        CholeskyDecomposition_F64<DMatrixRMaj> dec = DecompositionFactory_DDRM.chol(a.numRows, false);
        if (!dec.decompose(a.copy())) {
            throw Errors.of("MATLAB:posdef", "Matrix must be positive definite.");
        }
        DMatrixRMaj r = dec.getT(null);
        for (int i = 0; i < r.numRows; i++) {
            for (int j = 0; j < i; j++) {
                r.set(i, j, 0);
            }
        }
        return LinearAlgebra.value(r);
    }

    @Builtin("lu")
    public static Value[] lu(Value[] args, int nargout) {
        Args.count(args, 1, 1);
        DMatrixRMaj a = LinearAlgebra.matrix(args[0], "lu");
        LUDecomposition_F64<DMatrixRMaj> dec = DecompositionFactory_DDRM.lu(a.numRows, a.numCols);
        if (!dec.decompose(a.copy())) {
            throw Errors.of("MATLAB:lu:failed", "LU factorization failed.");
        }
        DMatrixRMaj l = dec.getLower(null);
        DMatrixRMaj u = dec.getUpper(null);
        DMatrixRMaj p = dec.getRowPivot(null);
        if (nargout >= 3) {
            return new Value[] {LinearAlgebra.value(l), LinearAlgebra.value(u), LinearAlgebra.value(p)};
        }
        // two outputs: L is the permuted lower factor, P'*L
        DMatrixRMaj pl = new DMatrixRMaj(l.numRows, l.numCols);
        CommonOps_DDRM.multTransA(p, l, pl);
        if (nargout <= 1) {
            return new Value[] {LinearAlgebra.value(u)};
        }
        return new Value[] {LinearAlgebra.value(pl), LinearAlgebra.value(u)};
    }

    @Builtin("qr")
    public static Value[] qr(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        DMatrixRMaj a = LinearAlgebra.matrix(args[0], "qr");
        boolean econ = args.length == 2;
        QRDecomposition<DMatrixRMaj> dec = DecompositionFactory_DDRM.qr(a.numRows, a.numCols);
        if (!dec.decompose(a.copy())) {
            throw Errors.of("MATLAB:qr:failed", "QR factorization failed.");
        }
        DMatrixRMaj q = dec.getQ(null, econ);
        DMatrixRMaj r = dec.getR(null, econ);
        if (nargout <= 1) {
            return new Value[] {LinearAlgebra.value(r)};
        }
        return new Value[] {LinearAlgebra.value(q), LinearAlgebra.value(r)};
    }
}
