package mjc.stdlib.linalg;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * eig and roots on EJML. A symmetric matrix has real eigenvalues, returned in ascending order
 * as MATLAB does (with orthonormal eigenvectors); a general one may have complex eigenvalues.
 */
public final class Eigen {
    private Eigen() {
    }

    @Builtin("eig")
    public static Value[] eig(Value[] args, int nargout) {
        Args.count(args, 1, 1);
        DMatrixRMaj a = LinearAlgebra.matrix(args[0], "eig");
        if (a.numRows != a.numCols) {
            throw Errors.of("MATLAB:eig:inputMustBeSquare", "Input matrix must be square.");
        }
        int n = a.numRows;
        boolean symmetric = MatrixFeatures_DDRM.isSymmetric(a, 1e-14);
        boolean vectors = nargout > 1;
        if (symmetric) {
            return symmetricEig(a, n, vectors, nargout);
        }
        if (vectors) {
            throw Errors.unsupported("eigenvectors of a non-symmetric matrix");
        }
        EigenDecomposition_F64<DMatrixRMaj> dec = DecompositionFactory_DDRM.eig(n, false, false);
        if (!dec.decompose(a.copy())) {
            throw Errors.of("MATLAB:eig:noConvergence", "Eigenvalue computation did not converge.");
        }
        double[] re = new double[n];
        double[] im = new double[n];
        boolean complex = false;
        for (int i = 0; i < n; i++) {
            Complex_F64 e = dec.getEigenvalue(i);
            re[i] = e.real;
            im[i] = e.imaginary;
            complex |= e.imaginary != 0;
        }
        return new Value[] {complex ? DoubleArray.of(Dims.col(n), re, im) : DoubleArray.of(Dims.col(n), re)};
    }

    private static Value[] symmetricEig(DMatrixRMaj a, int n, boolean vectors, int nargout) {
        EigenDecomposition_F64<DMatrixRMaj> dec = DecompositionFactory_DDRM.eig(n, vectors, true);
        if (!dec.decompose(a.copy())) {
            throw Errors.of("MATLAB:eig:noConvergence", "Eigenvalue computation did not converge.");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(dec.getEigenvalue(x).real, dec.getEigenvalue(y).real));
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = dec.getEigenvalue(order[i]).real;
        }
        if (!vectors) {
            return new Value[] {DoubleArray.of(Dims.col(n), values)};
        }
        double[] v = new double[n * n];
        double[] d = new double[n * n];
        for (int j = 0; j < n; j++) {
            DMatrixRMaj col = dec.getEigenVector(order[j]);
            // an eigenvector's sign is free: make its first non-zero component positive
            double sign = 1;
            for (int i = 0; i < n; i++) {
                if (Math.abs(col.get(i, 0)) > 1e-12) {
                    sign = col.get(i, 0) < 0 ? -1 : 1;
                    break;
                }
            }
            for (int i = 0; i < n; i++) {
                v[i + j * n] = sign * col.get(i, 0);
            }
            d[j + j * n] = values[j];
        }
        return new Value[] {DoubleArray.of(Dims.of(n, n), v), DoubleArray.of(Dims.of(n, n), d)};
    }

    /** roots(p): the eigenvalues of the companion matrix, after dropping leading zeros. */
    @Builtin("roots")
    public static Value roots(Value p) {
        ArrayValue c = Args.array(p, "roots");
        if (c.isComplex()) {
            throw Errors.unsupported("roots of complex coefficients");
        }
        int n = c.numel();
        int first = 0;
        while (first < n && c.re(first) == 0) {
            first++;
        }
        int last = n - 1;
        int trailing = 0;
        while (last >= first && c.re(last) == 0) {
            last--;
            trailing++;
        }
        int degree = last - first;
        if (degree < 1) {
            return trailing == 0 ? DoubleArray.of(Dims.of(0, 1), new double[0]) : DoubleArray.of(Dims.col(trailing),
                new double[trailing]);
        }
        DMatrixRMaj comp = new DMatrixRMaj(degree, degree);
        for (int j = 0; j < degree; j++) {
            comp.set(0, j, -c.re(first + 1 + j) / c.re(first));
        }
        for (int i = 1; i < degree; i++) {
            comp.set(i, i - 1, 1);
        }
        Value[] e = eig(new Value[] {LinearAlgebra.value(comp)}, 1);
        if (trailing == 0) {
            return e[0];
        }
        ArrayValue ev = (ArrayValue) e[0];
        int m = degree + trailing;
        double[] re = new double[m];
        double[] im = new double[m];
        for (int i = 0; i < degree; i++) {
            re[i] = ev.re(i);
            im[i] = ev.isComplex() ? ev.im(i) : 0;
        }
        return ev.isComplex() ? DoubleArray.of(Dims.col(m), re, im) : DoubleArray.of(Dims.col(m), re);
    }
}
