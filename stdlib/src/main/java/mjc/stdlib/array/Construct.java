package mjc.stdlib.array;

import java.util.Arrays;
import mjc.runtime.error.Errors;
import mjc.runtime.ops.Concat;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;
import mjc.stdlib.types.Conversions;

/** Building arrays: zeros, ones, eye, repmat, reshape, linspace, cat, magic, constants. */
public final class Construct {
    private Construct() {
    }

    private static MClass classArg(Value[] args) {
        if (args.length > 0 && (args[args.length - 1] instanceof CharArray || args[args.length - 1] instanceof StringArray)) {
            String name = Args.text(args[args.length - 1], "zeros");
            if (name.equals("like")) {
                return null;
            }
            MClass c = MClass.fromName(name);
            if (c == null || !(c.numeric || c == MClass.LOGICAL)) {
                throw Errors.of("MATLAB:zeros:invalidClass", "Invalid data type. Specify a numeric class name.");
            }
            return c;
        }
        if (args.length >= 2 && args[args.length - 2] instanceof CharArray c && c.string().equals("like")) {
            return args[args.length - 1].mclass();
        }
        return MClass.DOUBLE;
    }

    private static Value filled(Value[] args, double value, String fn) {
        int n = args.length;
        MClass cls = MClass.DOUBLE;
        if (n >= 2 && args[n - 2] instanceof CharArray c && c.string().equals("like")) {
            cls = args[n - 1].mclass();
            n -= 2;
        } else if (n >= 1 && (args[n - 1] instanceof CharArray || args[n - 1] instanceof StringArray)) {
            cls = classArg(args);
            n -= 1;
        }
        int[] d = Dimensions.parse(args, n, fn);
        double[] data = new double[Dims.toAllocate(d, 8)];
        if (value != 0) {
            Arrays.fill(data, value);
        }
        Value r = DoubleArray.of(d, data);
        return cls == MClass.DOUBLE ? r : Conversions.to(r, cls);
    }

    @Builtin("zeros")
    public static Value[] zeros(Value[] args, int nargout) {
        return new Value[] {filled(args, 0, "zeros")};
    }

    @Builtin("ones")
    public static Value[] ones(Value[] args, int nargout) {
        return new Value[] {filled(args, 1, "ones")};
    }

    @Builtin({"Inf", "inf"})
    public static Value[] inf(Value[] args, int nargout) {
        return new Value[] {filled(args, Double.POSITIVE_INFINITY, "Inf")};
    }

    @Builtin({"NaN", "nan"})
    public static Value[] nan(Value[] args, int nargout) {
        return new Value[] {filled(args, Double.NaN, "NaN")};
    }

    @Builtin("pi")
    public static Value[] pi(Value[] args, int nargout) {
        return new Value[] {filled(args, Math.PI, "pi")};
    }

    @Builtin("pi")
    public static Value pi() {
        return DoubleArray.scalar(Math.PI);
    }

    @Builtin("e")
    public static Value[] e(Value[] args, int nargout) {
        return new Value[] {filled(args, Math.E, "e")};
    }

    @Builtin("eps")
    public static Value[] eps(Value[] args, int nargout) {
        if (args.length == 1 && args[0] instanceof ArrayValue a && !(a instanceof CharArray)) {
            int n = a.numel();
            double[] r = new double[n];
            for (int i = 0; i < n; i++) {
                double x = Math.abs(a.re(i));
                r[i] = a.mclass() == MClass.SINGLE ? Math.ulp((float) x) : (Double.isFinite(x) ? Math.ulp(x) : Double.NaN);
            }
            return new Value[] {DoubleArray.of(a.dims(), r)};
        }
        if (args.length == 1 && args[0] instanceof CharArray c && c.string().equals("single")) {
            return new Value[] {Conversions.to(DoubleArray.scalar(Math.ulp(1.0f)), MClass.SINGLE)};
        }
        return new Value[] {filled(args, Math.ulp(1.0), "eps")};
    }

    @Builtin({"i", "j", "1i"})
    public static Value imaginaryUnit() {
        return DoubleArray.complex(0, 1);
    }

    @Builtin("true")
    public static Value[] trueValue(Value[] args, int nargout) {
        int[] d = Dimensions.parse(args, args.length, "true");
        boolean[] b = new boolean[Dims.toAllocate(d, 1)];
        Arrays.fill(b, true);
        return new Value[] {new LogicalArray(d, b)};
    }

    @Builtin("false")
    public static Value[] falseValue(Value[] args, int nargout) {
        int[] d = Dimensions.parse(args, args.length, "false");
        return new Value[] {new LogicalArray(d, new boolean[Dims.toAllocate(d, 1)])};
    }

    @Builtin("eye")
    public static Value[] eye(Value[] args, int nargout) {
        int n = args.length;
        MClass cls = MClass.DOUBLE;
        if (n >= 1 && (args[n - 1] instanceof CharArray || args[n - 1] instanceof StringArray)) {
            cls = classArg(args);
            n--;
        }
        int[] d = Dimensions.parse(args, n, "eye");
        int r = d[0];
        int c = d.length > 1 ? d[1] : r;
        double[] data = new double[r * c];
        for (int k = 0; k < Math.min(r, c); k++) {
            data[k + k * r] = 1;
        }
        Value v = DoubleArray.of(Dims.of(r, c), data);
        return new Value[] {cls == MClass.DOUBLE ? v : Conversions.to(v, cls)};
    }

    @Builtin("repmat")
    public static Value[] repmat(Value[] args, int nargout) {
        Args.count(args, 2, Integer.MAX_VALUE);
        Value a = args[0];
        int[] reps;
        if (args.length == 2) {
            ArrayValue r = Args.array(args[1], "repmat");
            if (r.numel() == 1) {
                int k = Args.size(r, "repmat");
                reps = new int[] {k, k};
            } else {
                reps = new int[r.numel()];
                for (int i = 0; i < reps.length; i++) {
                    reps[i] = (int) Math.max(0, r.re(i));
                }
            }
        } else {
            reps = new int[args.length - 1];
            for (int i = 1; i < args.length; i++) {
                reps[i - 1] = Args.size(args[i], "repmat");
            }
        }
        int[] ad = a.dims();
        int nd = Math.max(ad.length, reps.length);
        int[] out = new int[nd];
        for (int k = 0; k < nd; k++) {
            out[k] = Dims.size(ad, k) * (k < reps.length ? reps[k] : 1);
        }
        int[] od = Dims.normalize(out);
        int total = Dims.numel(od);
        int[] idx = new int[total];
        int[] sub = new int[nd];
        for (int t = 0; t < total; t++) {
            int lin = 0;
            int stride = 1;
            for (int k = 0; k < nd; k++) {
                int s = Dims.size(ad, k);
                lin += (sub[k] % s) * stride;
                stride *= s;
            }
            idx[t] = lin;
            for (int k = 0; k < nd; k++) {
                if (++sub[k] < Dims.size(od, k)) {
                    break;
                }
                sub[k] = 0;
            }
        }
        return new Value[] {a.gather(idx, od)};
    }

    @Builtin("reshape")
    public static Value[] reshape(Value[] args, int nargout) {
        Args.count(args, 2, Integer.MAX_VALUE);
        Value a = args[0];
        int n = a.numel();
        int[] d;
        if (args.length == 2) {
            ArrayValue s = Args.array(args[1], "reshape");
            d = new int[s.numel()];
            for (int i = 0; i < d.length; i++) {
                d[i] = (int) s.re(i);
            }
        } else {
            d = new int[args.length - 1];
            int unknown = -1;
            for (int i = 1; i < args.length; i++) {
                if (args[i].numel() == 0) {
                    if (unknown >= 0) {
                        throw Errors.of("MATLAB:getReshapeDims:unknownDim", "Size can only have one unknown dimension.");
                    }
                    unknown = i - 1;
                    d[i - 1] = 1;
                } else {
                    d[i - 1] = Args.size(args[i], "reshape");
                }
            }
            if (unknown >= 0) {
                int known = 1;
                for (int i = 0; i < d.length; i++) {
                    if (i != unknown) {
                        known *= d[i];
                    }
                }
                if (known == 0 || n % known != 0) {
                    throw Errors.of("MATLAB:getReshapeDims:notDivisible", "Size is not divisible by the product of known dimensions ("
                        + known + ").");
                }
                d[unknown] = n / known;
            }
        }
        if (Dims.numel(d) != n) {
            throw Errors.of("MATLAB:getReshapeDims:notSameNumel",
                "Number of elements must not change. Use [] as one of the size inputs to automatically calculate the appropriate size for that dimension.");
        }
        return new Value[] {a.reshaped(Dims.normalize(d))};
    }

    @Builtin("linspace")
    public static Value[] linspace(Value[] args, int nargout) {
        Args.count(args, 2, 3);
        double a = Args.scalar(args[0], "linspace");
        double b = Args.scalar(args[1], "linspace");
        int n = args.length > 2 ? (int) Math.floor(Args.scalar(args[2], "linspace")) : 100;
        if (n < 1) {
            return new Value[] {new DoubleArray(new int[] {1, 0}, new double[0], null)};
        }
        double[] r = new double[n];
        if (n == 1) {
            r[0] = b;
        } else {
            double step = (b - a) / (n - 1);
            for (int i = 0; i < n; i++) {
                r[i] = a + i * step;
            }
            r[n - 1] = b;
        }
        return new Value[] {DoubleArray.row(r)};
    }

    @Builtin("colon")
    public static Value colon(Value a, Value b) {
        return mjc.runtime.ops.Colon.range(a, b);
    }

    @Builtin("colon")
    public static Value colon(Value a, Value s, Value b) {
        return mjc.runtime.ops.Colon.range(a, s, b);
    }

    @Builtin("horzcat")
    public static Value[] horzcat(Value[] args, int nargout) {
        return new Value[] {args.length == 0 ? DoubleArray.empty() : Concat.horzcat(args)};
    }

    @Builtin("vertcat")
    public static Value[] vertcat(Value[] args, int nargout) {
        return new Value[] {args.length == 0 ? DoubleArray.empty() : Concat.vertcat(args)};
    }

    @Builtin("cat")
    public static Value[] cat(Value[] args, int nargout) {
        Args.count(args, 1, Integer.MAX_VALUE);
        int dim = (int) Args.scalar(args[0], "cat");
        if (dim < 1) {
            throw Errors.of("MATLAB:catenate:invalidDimension", "Dimension must be a finite integer greater than or equal to 1.");
        }
        Value[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (rest.length == 0) {
            return new Value[] {DoubleArray.empty()};
        }
        return new Value[] {Concat.cat(dim - 1, rest)};
    }

    @Builtin("magic")
    public static Value magic(Value nv) {
        int n = Args.size(nv, "magic");
        double[] m = new double[n * n];
        if (n == 0) {
            return DoubleArray.empty();
        }
        if (n % 2 == 1) {
            // [J,I] = meshgrid(1:n); M = n*mod(I+J-(n+3)/2, n) + mod(I+2J-2, n) + 1
            for (int j = 1; j <= n; j++) {
                for (int i = 1; i <= n; i++) {
                    int a = Math.floorMod(i + j - (n + 3) / 2, n);
                    int b = Math.floorMod(i + 2 * j - 2, n);
                    m[(i - 1) + (j - 1) * n] = n * a + b + 1;
                }
            }
        } else if (n % 4 == 0) {
            for (int j = 1; j <= n; j++) {
                for (int i = 1; i <= n; i++) {
                    double v = (i - 1) * n + j;
                    boolean flip = ((i % 4) / 2) == ((j % 4) / 2);
                    m[(i - 1) + (j - 1) * n] = flip ? n * n + 1 - v : v;
                }
            }
        } else {
            // quadrants of magic(n/2), then row swaps in the outer columns and in the middle row
            int p = n / 2;
            double[] a = ((DoubleArray) magic(DoubleArray.scalar(p))).realData();
            for (int j = 0; j < p; j++) {
                for (int i = 0; i < p; i++) {
                    double v = a[i + j * p];
                    m[i + j * n] = v;
                    m[i + (j + p) * n] = v + 2 * p * p;
                    m[(i + p) + j * n] = v + 3 * p * p;
                    m[(i + p) + (j + p) * n] = v + p * p;
                }
            }
            int k = (n - 2) / 4;
            java.util.List<Integer> cols = new java.util.ArrayList<>();
            for (int j = 1; j <= k; j++) {
                cols.add(j);
            }
            for (int j = n - k + 2; j <= n; j++) {
                cols.add(j);
            }
            for (int j : cols) {
                for (int i = 1; i <= p; i++) {
                    swap(m, n, i, i + p, j);
                }
            }
            int i = k + 1;
            for (int j : new int[] {1, i}) {
                swap(m, n, i, i + p, j);
            }
        }
        return DoubleArray.of(Dims.of(n, n), m);
    }

    private static void swap(double[] m, int n, int r1, int r2, int c) {
        int a = (r1 - 1) + (c - 1) * n;
        int b = (r2 - 1) + (c - 1) * n;
        double t = m[a];
        m[a] = m[b];
        m[b] = t;
    }

    @Builtin("cell")
    public static Value[] cell(Value[] args, int nargout) {
        int[] d = Dimensions.parse(args, args.length, "cell");
        return new Value[] {CellArray.empty(d)};
    }

    @Builtin("blanks")
    public static Value blanks(Value n) {
        if (!(n instanceof mjc.runtime.value.ArrayValue a) || a.numel() != 1 || a.re(0) < 0 || a.re(0) != Math.rint(a.re(0))) {
            throw Errors.of("MATLAB:blanks:invalidInput", "N must be a non-negative integer.");
        }
        int k = (int) a.re(0);
        char[] c = new char[k];
        Arrays.fill(c, ' ');
        return new CharArray(k == 0 ? Dims.EMPTY : Dims.row(k), c);
    }

    @Builtin("newline")
    public static Value newline() {
        return CharArray.of("\n");
    }
}
