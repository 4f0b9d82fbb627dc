package mjc.stdlib.cells;

import java.util.List;
import mjc.runtime.error.Errors;
import mjc.runtime.error.MException;
import mjc.runtime.error.MatlabError;
import mjc.runtime.ops.Concat;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Callable;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;
import mjc.stdlib.lang.Functions;

/** Cell arrays: num2cell, cell2mat, cellfun, arrayfun, struct2cell, cell2struct. */
public final class Cells {
    private Cells() {
    }

    @Builtin("num2cell")
    public static Value num2cell(Value v) {
        int n = v.numel();
        Value[] out = new Value[n];
        for (int i = 0; i < n; i++) {
            out[i] = v instanceof CellArray c ? new CellArray(Dims.SCALAR, new Value[] {c.get(i).share()})
                : v.gather(new int[] {i}, Dims.SCALAR);
        }
        return new CellArray(v.dims(), out);
    }

    @Builtin("cell2mat")
    public static Value cell2mat(Value v) {
        if (!(v instanceof CellArray c)) {
            throw Errors.of("MATLAB:cell2mat:InvalidInput", "Input must be a cell array.");
        }
        if (c.numel() == 0) {
            return DoubleArray.empty();
        }
        int[] d = c.dims();
        int nr = d[0];
        int nc = c.numel() / nr;
        String cls = c.get(0).className();
        for (int i = 1; i < c.numel(); i++) {
            if (!c.get(i).className().equals(cls)) {
                throw Errors.of("MATLAB:cell2mat:MixedDataTypes",
                    "All contents of the input cell array must be of the same data type.");
            }
        }
        Value[] rows = new Value[nr];
        for (int r = 0; r < nr; r++) {
            Value[] parts = new Value[nc];
            for (int k = 0; k < nc; k++) {
                Value e = c.get(r + k * nr);
                if (e instanceof CellArray) {
                    throw Errors.of("MATLAB:cell2mat:UnsupportedCellContent", "CELL2MAT does not support cell arrays containing cell arrays or objects.");
                }
                parts[k] = e;
            }
            rows[r] = Concat.horzcat(parts);
        }
        return Concat.vertcat(rows);
    }

    /** Parsed trailing options of cellfun/arrayfun. */
    private static final class Options {
        boolean uniform = true;
        Callable errorHandler;
        int count;
    }

    private static Options options(Value[] args, int from) {
        Options o = new Options();
        int end = args.length;
        while (end - 2 >= from && Args.isText(args[end - 2])) {
            String name = Args.text(args[end - 2], "cellfun");
            if (name.equalsIgnoreCase("UniformOutput")) {
                o.uniform = Args.truth(args[end - 1]);
            } else if (name.equalsIgnoreCase("ErrorHandler")) {
                o.errorHandler = Functions.callable(args[end - 1], "cellfun");
            } else {
                break;
            }
            end -= 2;
        }
        o.count = end - from;
        return o;
    }

    @Builtin("cellfun")
    public static Value[] cellfun(Value[] args, int nargout) {
        Args.count(args, 2, Integer.MAX_VALUE);
        Options o = options(args, 1);
        Value[] inputs = new Value[o.count];
        for (int i = 0; i < o.count; i++) {
            if (!(args[1 + i] instanceof CellArray)) {
                throw Errors.of("MATLAB:cellfun:NotACell", "Input #" + (i + 2) + " expected to be a cell array, was "
                    + args[1 + i].className() + " instead.");
            }
            inputs[i] = args[1 + i];
        }
        Callable f;
        if (Args.isText(args[0])) {
            f = legacy(Args.text(args[0], "cellfun"));
        } else {
            f = Functions.callable(args[0], "cellfun");
        }
        return apply(f, inputs, o, nargout, true);
    }

    /** cellfun's old string forms ('isempty', 'length', ...) and any function name. */
    private static Callable legacy(String name) {
        return Functions.callable(CharArray.of(name), "cellfun");
    }

    /** structfun(f, s): f applied to each field of the scalar struct s; a column, or ('UniformOutput', false) a struct. */
    @Builtin("structfun")
    public static Value[] structfun(Value[] args, int nargout) {
        Args.count(args, 2, 6);
        Options o = options(args, 1);
        if (o.count != 1 || !(args[1] instanceof mjc.runtime.value.StructArray s) || s.numel() != 1) {
            throw Errors.of("MATLAB:structfun:NotAScalarStructure", "Inputs to STRUCTFUN must be scalar structures.");
        }
        java.util.List<String> names = s.fieldNames();
        Value[] vals = new Value[names.size()];
        for (int i = 0; i < vals.length; i++) {
            vals[i] = s.get(0, names.get(i)).share();
        }
        CellArray column = new CellArray(vals.length == 0 ? new int[] {0, 1} : mjc.runtime.value.Dims.col(vals.length), vals);
        Callable f = Functions.callable(args[0], "structfun");
        Value[] r = apply(f, new Value[] {column}, o, nargout, true);
        if (o.uniform) {
            return r;
        }
        Value[] out = new Value[r.length];
        for (int k = 0; k < r.length; k++) {
            CellArray c = (CellArray) r[k];
            Value[] row = new Value[names.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = c.get(i).share();
            }
            out[k] = new mjc.runtime.value.StructArray(mjc.runtime.value.Dims.SCALAR, new java.util.ArrayList<>(names),
                new Value[][] {row});
        }
        return out;
    }

    @Builtin("arrayfun")
    public static Value[] arrayfun(Value[] args, int nargout) {
        Args.count(args, 2, Integer.MAX_VALUE);
        Options o = options(args, 1);
        Callable f = Functions.callable(args[0], "arrayfun");
        Value[] inputs = new Value[o.count];
        System.arraycopy(args, 1, inputs, 0, o.count);
        return apply(f, inputs, o, nargout, false);
    }

    private static Value[] apply(Callable f, Value[] inputs, Options o, int nargout, boolean cells) {
        int n = inputs[0].numel();
        int[] dims = inputs[0].dims();
        for (Value in : inputs) {
            if (in.numel() != n) {
                throw Errors.of("MATLAB:" + (cells ? "cellfun" : "arrayfun") + ":UnequalArrays",
                    "All of the input arguments must be of the same size and shape.");
            }
        }
        int nout = Math.max(1, nargout);
        Value[][] results = new Value[nout][n];
        for (int i = 0; i < n; i++) {
            Value[] callArgs = new Value[inputs.length];
            for (int k = 0; k < inputs.length; k++) {
                callArgs[k] = cells ? ((CellArray) inputs[k]).get(i) : inputs[k].gather(new int[] {i}, Dims.SCALAR);
            }
            Value[] r;
            try {
                r = f.call(callArgs, nargout);
            } catch (MatlabError e) {
                if (o.errorHandler == null) {
                    throw e;
                }
                MException ex = e.exception();
                StructArray info = StructArray.scalar();
                info.set(0, "message", CharArray.of(ex.message()));
                info.set(0, "identifier", CharArray.of(ex.identifier()));
                info.set(0, "index", DoubleArray.scalar(i + 1));
                Value[] hargs = new Value[callArgs.length + 1];
                hargs[0] = info;
                System.arraycopy(callArgs, 0, hargs, 1, callArgs.length);
                r = o.errorHandler.call(hargs, nargout);
            }
            for (int k = 0; k < nout; k++) {
                if (k < r.length && r[k] != null) {
                    results[k][i] = r[k];
                } else if (nargout > 0 || o.uniform) {
                    if (nargout == 0 && k == 0) {
                        results[k][i] = null;
                    } else {
                        throw Errors.tooManyOutputs();
                    }
                }
            }
        }
        Value[] out = new Value[nout];
        for (int k = 0; k < nout; k++) {
            if (o.uniform) {
                boolean anyNull = false;
                for (int i = 0; i < n; i++) {
                    Value v = results[k][i];
                    if (v == null) {
                        anyNull = true;
                        continue;
                    }
                    if (v.numel() != 1 || !(v instanceof ArrayValue || v instanceof StructArray)) {
                        throw Errors.of("MATLAB:" + (cells ? "cellfun" : "arrayfun") + ":NotAScalarOutput",
                            "Non-scalar in Uniform output, at index " + (i + 1)
                                + ", output " + (k + 1) + ". Set 'UniformOutput' to false.");
                    }
                }
                if (anyNull) {
                    if (nargout == 0) {
                        return new Value[0];
                    }
                    throw Errors.tooManyOutputs();
                }
                if (n == 0) {
                    out[k] = DoubleArray.zeros(dims);
                } else {
                    Value cat = Concat.horzcat(results[k]);
                    out[k] = cat.reshaped(dims);
                }
            } else {
                Value[] cellData = new Value[n];
                for (int i = 0; i < n; i++) {
                    cellData[i] = results[k][i] == null ? DoubleArray.EMPTY : results[k][i].share();
                }
                out[k] = new CellArray(dims, cellData);
            }
        }
        return out;
    }

    @Builtin("struct2cell")
    public static Value struct2cell(Value v) {
        if (!(v instanceof StructArray s)) {
            throw Errors.of("MATLAB:struct2cell:InvalidInput", "Input to struct2cell must be a structure.");
        }
        List<String> names = s.fieldNames();
        int nf = names.size();
        int n = s.numel();
        // nfields-by-size(s): field f of element i lands at (f, i)
        int[] sd = s.dims();
        int[] dims;
        if (n == 1) {
            dims = Dims.col(nf);
        } else {
            dims = new int[sd.length + 1];
            dims[0] = nf;
            System.arraycopy(sd, 0, dims, 1, sd.length);
        }
        Value[] out = new Value[nf * n];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < nf; f++) {
                out[i * nf + f] = s.get(i, f).share();
            }
        }
        return new CellArray(dims, out);
    }

    @Builtin("cell2struct")
    public static Value[] cell2struct(Value[] args, int nargout) {
        Args.count(args, 2, 3);
        CellArray c = (CellArray) args[0];
        String[] names = Args.texts(args[1], "cell2struct");
        StructArray s = StructArray.scalar();
        if (c.numel() != names.length) {
            throw Errors.of("MATLAB:cell2struct:ArgDimensionMismatch", "Number of field names must match number of fields in new structure.");
        }
        for (int i = 0; i < names.length; i++) {
            s.set(0, names[i], c.get(i));
        }
        return new Value[] {s};
    }
}
