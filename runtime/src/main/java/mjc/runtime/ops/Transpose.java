package mjc.runtime.ops;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.SingleArray;
import mjc.runtime.value.Value;

/** {@code a.'} and {@code a'}: 2-D transpose of any array class; {@code '} also conjugates. */
final class Transpose {
    private Transpose() {
    }

    static Value of(Value a, boolean conjugate) {
        if (a instanceof mjc.runtime.value.SparseArray s) {
            return SparseOps.transpose(s);
        }
        int[] d = a.dims();
        if (d.length > 2) {
            throw Errors.of("MATLAB:transpose:NDArray", "Transpose on ND array is not defined. Use PERMUTE instead.");
        }
        int r = d[0];
        int c = d[1];
        if (a.numel() == 1 && !(conjugate && a.isComplex())) {
            return a;
        }
        int n = r * c;
        int[] idx = new int[n];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                idx[j + i * c] = i + j * r;
            }
        }
        Value t = a.gather(idx, mjc.runtime.value.Dims.of(c, r));
        if (conjugate && a.isComplex()) {
            if (t instanceof DoubleArray dt) {
                double[] im = dt.imagData();
                for (int i = 0; i < im.length; i++) {
                    im[i] = -im[i];
                }
            } else if (t instanceof SingleArray st) {
                float[] im = st.imagData();
                for (int i = 0; i < im.length; i++) {
                    im[i] = -im[i];
                }
            }
        }
        return t;
    }

    static boolean isArray(Value v) {
        return v instanceof ArrayValue;
    }
}
