package mjc.stdlib.math;

import java.util.ArrayList;
import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;

/**
 * What follows a reduction's data ({@code sum(A, dim)}, {@code sum(A, 'all')},
 * {@code sum(A, [1 3])}, {@code sum(A, 'omitnan')}, {@code sum(A, 'native')}, ...): the numeric
 * arguments in order, and the flags. For {@code 'all'} and a vector of dimensions the data is
 * rearranged so that one reduction along the first dimension gives the answer
 * ({@link #prepare}), and {@link #finish} gives that answer MATLAB's shape.
 */
final class ReductionArgs {
    /** Numeric arguments after the data (a dim, or var's weight then a dim), in order. */
    final List<Value> numbers = new ArrayList<>();
    boolean all;
    boolean omitNan;
    boolean includeNan;
    /** 'default', 'double' or 'native'. */
    String outtype = "default";
    private int[] vecdim;
    private int[] finalDims;

    static ReductionArgs parse(Value[] args, int from, String fn) {
        ReductionArgs o = new ReductionArgs();
        for (int i = from; i < args.length; i++) {
            Value v = args[i];
            if (v instanceof CharArray || v instanceof StringArray s && s.numel() == 1) {
                String flag = Args.text(v, fn).toLowerCase(java.util.Locale.ROOT);
                switch (flag) {
                    case "all" -> o.all = true;
                    case "omitnan", "omitmissing", "omitundefined" -> o.omitNan = true;
                    case "includenan", "includemissing", "includeundefined" -> o.includeNan = true;
                    case "native", "double", "default" -> o.outtype = flag;
                    default -> throw Errors.of("MATLAB:" + fn + ":unknownFlag", "Invalid option '" + Args.text(v, fn)
                        + "' for " + fn + ".");
                }
            } else {
                o.numbers.add(v);
            }
        }
        return o;
    }

    /** The dim argument at numeric position k (0-based), or -1 when absent/empty. */
    int dimAt(int k, String fn) {
        if (numbers.size() <= k || numbers.get(k).numel() == 0 && !(all)) {
            return -1;
        }
        Value d = numbers.get(k);
        if (d.numel() != 1) {
            return -2; // a vector of dimensions
        }
        double x = Args.scalar(d, fn);
        if (x < 1 || x != Math.rint(x)) {
            throw Errors.of("MATLAB:getdimarg:dimensionMustBePositiveInteger",
                "Dimension argument must be a positive integer scalar within indexing range.");
        }
        return (int) x - 1;
    }

    /**
     * The data to reduce along {@link #dim}: as it is, its elements as one column ('all'), or
     * (a vector of dimensions) permuted and reshaped so those dimensions form the first.
     */
    ArrayValue prepare(ArrayValue a, int dimPos, String fn) {
        int[] d = a.dims();
        if (all) {
            finalDims = Dims.SCALAR;
            return (ArrayValue) a.reshaped(new int[] {a.numel(), 1});
        }
        if (dimAt(dimPos, fn) != -2) {
            return a;
        }
        ArrayValue vd = Args.array(numbers.get(dimPos), fn);
        java.util.LinkedHashSet<Integer> dims = new java.util.LinkedHashSet<>();
        for (int i = 0; i < vd.numel(); i++) {
            double x = vd.re(i);
            if (x < 1 || x != Math.rint(x)) {
                throw Errors.of("MATLAB:getdimarg:dimensionMustBePositiveInteger",
                    "Dimension argument must be a positive integer scalar or a vector of unique positive integers.");
            }
            if (!dims.add((int) x - 1)) {
                throw Errors.of("MATLAB:getdimarg:vecdimsMustBeUniquePositiveIntegers",
                    "Vector of dimensions must contain unique positive integers.");
            }
        }
        vecdim = dims.stream().mapToInt(Integer::intValue).toArray();
        int nd = Math.max(d.length, java.util.Arrays.stream(vecdim).max().orElse(0) + 1);
        int[] full = new int[nd];
        for (int k = 0; k < nd; k++) {
            full[k] = k < d.length ? d[k] : 1;
        }
        finalDims = full.clone();
        List<Integer> order = new ArrayList<>();
        int merged = 1;
        for (int k : vecdim) {
            order.add(k);
            merged *= full[k];
            finalDims[k] = 1;
        }
        List<Integer> rest = new ArrayList<>();
        for (int k = 0; k < nd; k++) {
            if (!dims.contains(k)) {
                order.add(k);
                rest.add(full[k]);
            }
        }
        // element j of the rearranged array: its subscripts in permuted order, back to a's linear index
        int n = a.numel();
        int[] idx = new int[n];
        int[] sub = new int[nd];
        int[] strides = new int[nd];
        int s = 1;
        for (int k = 0; k < nd; k++) {
            strides[k] = s;
            s *= full[k];
        }
        for (int j = 0; j < n; j++) {
            int src = 0;
            for (int k = 0; k < nd; k++) {
                src += sub[order.get(k)] * strides[order.get(k)];
            }
            idx[j] = src;
            for (int k = 0; k < nd; k++) { // next subscript, fastest in permuted order
                int dim = order.get(k);
                if (++sub[dim] < full[dim]) {
                    break;
                }
                sub[dim] = 0;
            }
        }
        int[] shape = new int[1 + rest.size()];
        shape[0] = merged;
        for (int i = 0; i < rest.size(); i++) {
            shape[i + 1] = rest.get(i);
        }
        return (ArrayValue) a.gather(idx, Dims.normalize(shape.length < 2 ? new int[] {merged, 1} : shape));
    }

    /** The dimension to reduce along after {@link #prepare}: 0 for 'all' or a vector, else the dim argument or MATLAB's default. */
    int dim(ArrayValue prepared, int dimPos, String fn) {
        if (all || vecdim != null) {
            return 0;
        }
        int d = dimAt(dimPos, fn);
        return d >= 0 ? d : Reduce.defaultDim(prepared.dims());
    }

    /** The reduction's result in MATLAB's shape ('all': 1x1; a vector of dims: those dims become 1). */
    Value finish(Value r) {
        if (finalDims == null || r.numel() != Dims.numel(finalDims)) {
            return r;
        }
        return r.reshaped(Dims.normalize(finalDims));
    }
}
