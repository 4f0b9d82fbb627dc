package mjc.stdlib.array;

import mjc.runtime.error.Errors;
import mjc.runtime.index.Index;
import mjc.runtime.index.Subscripts;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.FunctionHandle;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** bsxfun: a binary function applied with singleton expansion (both arrays grown to a common size first). */
public final class Expansion {
    private Expansion() {
    }

    @Builtin("bsxfun")
    public static Value[] bsxfun(Value[] args, int nargout) {
        Args.count(args, 3, 3);
        if (!(args[0] instanceof FunctionHandle f)) {
            throw Errors.of("MATLAB:bsxfun:invalidFunction", "First argument must be a function handle.");
        }
        int[] da = args[1].dims();
        int[] db = args[2].dims();
        int nd = Math.max(da.length, db.length);
        int[] out = new int[nd];
        for (int k = 0; k < nd; k++) {
            int a = Dims.size(da, k);
            int b = Dims.size(db, k);
            if (a != b && a != 1 && b != 1) {
                throw Errors.of("MATLAB:bsxfun:arrayDimensionsMustMatch", "Non-singleton dimensions of the two input"
                    + " arrays must match each other.");
            }
            out[k] = a == 1 ? b : a;
        }
        Value[] r = f.call(new Value[] {expanded(args[1], da, out), expanded(args[2], db, out)}, 1);
        if (r.length == 0 || r[0] == null) {
            throw Errors.tooManyOutputs();
        }
        return new Value[] {r[0]};
    }

    /** v (of dims d) repeated along its singleton dimensions up to the dims out. */
    private static Value expanded(Value v, int[] d, int[] out) {
        boolean same = true;
        for (int k = 0; k < out.length; k++) {
            same &= Dims.size(d, k) == out[k];
        }
        if (same || Dims.numel(out) == 0) {
            return v;
        }
        Value[] subs = new Value[out.length];
        for (int k = 0; k < out.length; k++) {
            if (Dims.size(d, k) == out[k]) {
                subs[k] = Subscripts.COLON;
            } else {
                double[] ones = new double[out[k]];
                java.util.Arrays.fill(ones, 1);
                subs[k] = DoubleArray.row(ones);
            }
        }
        return Index.paren(v, subs);
    }
}
