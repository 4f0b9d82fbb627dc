package mjc.stdlib.array;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** Size queries and rearrangements: size, numel, length, ndims, fliplr, flipud, circshift, permute, squeeze. */
public final class Shape {
    private Shape() {
    }

    @Builtin("size")
    public static Value[] size(Value[] args, int nargout) {
        Args.count(args, 1, Integer.MAX_VALUE);
        int[] d = args[0].dims();
        if (args.length >= 2) {
            if (args.length == 2) {
                ArrayValue dims = Args.array(args[1], "size");
                double[] r = new double[dims.numel()];
                for (int i = 0; i < r.length; i++) {
                    double k = dims.re(i);
                    if (k < 1 || k != Math.rint(k)) {
                        throw Errors.of("MATLAB:getdimarg:dimensionMustBePositiveInteger",
                            "Dimension argument must be a positive integer scalar or a vector of positive integers.");
                    }
                    r[i] = Dims.size(d, (int) k - 1);
                }
                return new Value[] {r.length == 1 ? DoubleArray.scalar(r[0]) : DoubleArray.row(r)};
            }
            Value[] out = new Value[args.length - 1];
            for (int i = 1; i < args.length; i++) {
                out[i - 1] = DoubleArray.scalar(Dims.size(d, (int) Args.scalar(args[i], "size") - 1));
            }
            return out;
        }
        if (nargout <= 1) {
            double[] r = new double[d.length];
            for (int i = 0; i < d.length; i++) {
                r[i] = d[i];
            }
            return new Value[] {DoubleArray.row(r)};
        }
        Value[] out = new Value[nargout];
        for (int i = 0; i < nargout; i++) {
            if (i < nargout - 1) {
                out[i] = DoubleArray.scalar(Dims.size(d, i));
            } else {
                long p = 1;
                for (int k = i; k < d.length; k++) {
                    p *= d[k];
                }
                out[i] = DoubleArray.scalar(i < d.length ? p : 1);
            }
        }
        return out;
    }

    @Builtin("numel")
    public static Value numel(Value v) {
        return DoubleArray.scalar(v.numel());
    }

    @Builtin("length")
    public static Value length(Value v) {
        if (v instanceof mjc.stdlib.maps.MapObject m) {
            return m.property("Count");
        }
        if (v.numel() == 0) {
            return DoubleArray.scalar(0);
        }
        int m = 0;
        for (int x : v.dims()) {
            m = Math.max(m, x);
        }
        return DoubleArray.scalar(m);
    }

    @Builtin("ndims")
    public static Value ndims(Value v) {
        return DoubleArray.scalar(v.dims().length);
    }

    @Builtin("columns")
    public static Value columns(Value v) {
        return DoubleArray.scalar(Dims.size(v.dims(), 1));
    }

    @Builtin("rows")
    public static Value rows(Value v) {
        return DoubleArray.scalar(v.dims()[0]);
    }

    static Value flip(Value v, int dim) {
        int[] d = v.dims();
        int n = v.numel();
        int[] idx = new int[n];
        int stride = 1;
        for (int k = 0; k < dim; k++) {
            stride *= Dims.size(d, k);
        }
        int len = Dims.size(d, dim);
        for (int i = 0; i < n; i++) {
            int pos = (i / stride) % len;
            idx[i] = i + (len - 1 - 2 * pos) * stride;
        }
        return v.gather(idx, d);
    }

    @Builtin("fliplr")
    public static Value fliplr(Value v) {
        return flip(v, 1);
    }

    @Builtin("flipud")
    public static Value flipud(Value v) {
        return flip(v, 0);
    }

    @Builtin("flip")
    public static Value[] flip(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        Value v = args[0];
        int dim = args.length > 1 ? (int) Args.scalar(args[1], "flip") - 1 : firstNonSingleton(v.dims());
        return new Value[] {flip(v, dim)};
    }

    public static int firstNonSingleton(int[] d) {
        for (int k = 0; k < d.length; k++) {
            if (d[k] != 1) {
                return k;
            }
        }
        return 0;
    }

    @Builtin("circshift")
    public static Value[] circshift(Value[] args, int nargout) {
        Args.count(args, 2, 3);
        Value v = args[0];
        int[] d = v.dims();
        ArrayValue s = Args.array(args[1], "circshift");
        int[] shifts = new int[d.length];
        if (args.length == 3) {
            int dim = (int) Args.scalar(args[2], "circshift") - 1;
            if (dim < shifts.length) {
                shifts[dim] = (int) s.re(0);
            }
        } else if (s.numel() == 1) {
            shifts[firstNonSingleton(d)] = (int) s.re(0);
        } else {
            for (int i = 0; i < s.numel() && i < shifts.length; i++) {
                shifts[i] = (int) s.re(i);
            }
        }
        int n = v.numel();
        int[] idx = new int[n];
        int[] sub = new int[d.length];
        for (int t = 0; t < n; t++) {
            int src = 0;
            int stride = 1;
            for (int k = 0; k < d.length; k++) {
                int from = Math.floorMod(sub[k] - shifts[k], d[k]);
                src += from * stride;
                stride *= d[k];
            }
            idx[t] = src;
            for (int k = 0; k < d.length; k++) {
                if (++sub[k] < d[k]) {
                    break;
                }
                sub[k] = 0;
            }
        }
        return new Value[] {v.gather(idx, d)};
    }

    @Builtin("permute")
    public static Value permute(Value v, Value order) {
        ArrayValue o = Args.array(order, "permute");
        int nd = Math.max(o.numel(), v.dims().length);
        if (o.numel() < v.dims().length) {
            throw Errors.of("MATLAB:permute:tooFewIndices",
                "ORDER must have at least " + v.dims().length + " elements for an " + v.dims().length + "-D array.");
        }
        int[] perm = new int[nd];
        boolean[] seen = new boolean[o.numel()];
        for (int i = 0; i < o.numel(); i++) {
            double k = o.re(i);
            if (!(k >= 1) || k > o.numel() || k != Math.rint(k)) {
                throw Errors.of("MATLAB:permute:badIndex", "ORDER contains an invalid permutation index.");
            }
            perm[i] = (int) k - 1;
            if (seen[perm[i]]) {
                throw Errors.of("MATLAB:permute:repeatedIndex", "ORDER cannot contain repeated permutation indices.");
            }
            seen[perm[i]] = true;
        }
        int[] d = v.dims();
        int[] nd2 = new int[o.numel()];
        for (int i = 0; i < nd2.length; i++) {
            nd2[i] = Dims.size(d, perm[i]);
        }
        int[] outDims = Dims.normalize(nd2);
        int n = v.numel();
        int[] idx = new int[n];
        int[] sub = new int[nd2.length];
        int[] strides = new int[Math.max(d.length, nd2.length)];
        int s = 1;
        for (int k = 0; k < strides.length; k++) {
            strides[k] = s;
            s *= Dims.size(d, k);
        }
        for (int t = 0; t < n; t++) {
            int src = 0;
            for (int k = 0; k < nd2.length; k++) {
                src += sub[k] * strides[perm[k]];
            }
            idx[t] = src;
            for (int k = 0; k < nd2.length; k++) {
                if (++sub[k] < nd2[k]) {
                    break;
                }
                sub[k] = 0;
            }
        }
        return v.gather(idx, outDims);
    }

    /** ipermute(B, order): undoes permute(A, order). */
    @Builtin("ipermute")
    public static Value ipermute(Value v, Value order) {
        ArrayValue o = Args.array(order, "ipermute");
        double[] inverse = new double[o.numel()];
        for (int i = 0; i < inverse.length; i++) {
            double k = o.re(i);
            if (!(k >= 1) || k > inverse.length || k != Math.rint(k) || inverse[(int) k - 1] != 0) {
                throw Errors.of("MATLAB:ipermute:badIndex", "ORDER must be a permutation of 1:" + inverse.length + ".");
            }
            inverse[(int) k - 1] = i + 1;
        }
        return permute(v, DoubleArray.row(inverse));
    }

    @Builtin("squeeze")
    public static Value squeeze(Value v) {
        int[] d = v.dims();
        if (d.length <= 2) {
            return v;
        }
        int[] out = java.util.Arrays.stream(d).filter(x -> x != 1).toArray();
        return v.reshaped(Dims.normalize(out.length == 1 ? new int[] {out[0], 1} : out));
    }

    @Builtin("transpose")
    public static Value transpose(Value v) {
        return mjc.runtime.ops.Operators.transpose(v);
    }

    @Builtin("ctranspose")
    public static Value ctranspose(Value v) {
        return mjc.runtime.ops.Operators.ctranspose(v);
    }

    @Builtin("sub2ind")
    public static Value[] sub2ind(Value[] args, int nargout) {
        ArrayValue dims = Args.array(args[0], "sub2ind");
        int n = args[1].numel();
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            long lin = 0;
            long stride = 1;
            for (int k = 1; k < args.length; k++) {
                double sub = ((ArrayValue) args[k]).re(args[k].numel() == 1 ? 0 : i);
                int ext = k - 1 < dims.numel() ? (int) dims.re(k - 1) : 1;
                if (sub < 1 || sub > ext || sub != Math.rint(sub)) {
                    throw Errors.of("MATLAB:sub2ind:IndexOutOfRange", "Index exceeds array dimensions.");
                }
                lin += (long) (sub - 1) * stride;
                stride *= ext;
            }
            r[i] = lin + 1;
        }
        return new Value[] {DoubleArray.of(args[1].dims(), r)};
    }

    @Builtin("ind2sub")
    public static Value[] ind2sub(Value[] args, int nargout) {
        ArrayValue dims = Args.array(args[0], "ind2sub");
        ArrayValue ind = Args.array(args[1], "ind2sub");
        int nout = Math.max(1, nargout);
        int n = ind.numel();
        double[][] out = new double[nout][n];
        int[] d = new int[dims.numel()];
        for (int k = 0; k < d.length; k++) {
            d[k] = (int) dims.re(k);
        }
        for (int i = 0; i < n; i++) {
            long rem = (long) ind.re(i) - 1;
            for (int k = 0; k < nout; k++) {
                if (k == nout - 1) {
                    out[k][i] = rem + 1;
                } else {
                    int ext = k < d.length ? d[k] : 1;
                    out[k][i] = rem % ext + 1;
                    rem /= ext;
                }
            }
        }
        Value[] r = new Value[nout];
        for (int k = 0; k < nout; k++) {
            r[k] = DoubleArray.of(ind.dims(), out[k]);
        }
        return r;
    }
}
