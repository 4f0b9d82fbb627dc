package mjc.stdlib.array;

import mjc.runtime.error.Errors;
import mjc.runtime.ops.Operators;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** rot90, mat2cell and the function forms of the matrix operators. */
public final class Rearrange {
    private Rearrange() {
    }

    @Builtin("rot90")
    public static Value[] rot90(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        Value a = args[0];
        if (a.dims().length > 2) {
            throw Errors.unsupported("rot90 of an N-D array");
        }
        int k = args.length > 1 ? (int) Args.scalar(args[1], "rot90") : 1;
        k = ((k % 4) + 4) % 4;
        Value r;
        switch (k) {
            case 1:
                r = Shape.flipud(Operators.transpose(a));
                break;
            case 2:
                r = Shape.flipud(Shape.fliplr(a));
                break;
            case 3:
                r = Shape.fliplr(Operators.transpose(a));
                break;
            default:
                r = a;
        }
        return new Value[] {r};
    }

    /** mat2cell(A, rowSizes, colSizes): blocks of A in a cell array. */
    @Builtin("mat2cell")
    public static Value[] mat2cell(Value[] args, int nargout) {
        Args.count(args, 2, 3);
        Value a = args[0];
        int[] d = a.dims();
        if (d.length > 2) {
            throw Errors.unsupported("mat2cell of an N-D array");
        }
        int[] rows = sizes(args[1], d[0], 1);
        int[] cols = args.length > 2 ? sizes(args[2], d[1], 2) : new int[] {d[1]};
        Value[] cells = new Value[rows.length * cols.length];
        int r0 = 0;
        for (int i = 0; i < rows.length; i++) {
            int c0 = 0;
            for (int j = 0; j < cols.length; j++) {
                int[] idx = new int[rows[i] * cols[j]];
                int k = 0;
                for (int c = 0; c < cols[j]; c++) {
                    for (int r = 0; r < rows[i]; r++) {
                        idx[k++] = (r0 + r) + (c0 + c) * d[0];
                    }
                }
                cells[i + j * rows.length] = a.gather(idx, Dims.of(rows[i], cols[j]));
                c0 += cols[j];
            }
            r0 += rows[i];
        }
        return new Value[] {new CellArray(Dims.of(rows.length, cols.length), cells)};
    }

    private static int[] sizes(Value v, int total, int dim) {
        var a = Args.array(v, "mat2cell");
        int[] out = new int[a.numel()];
        int sum = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) a.re(i);
            sum += out[i];
        }
        if (sum != total) {
            throw Errors.of("MATLAB:mat2cell:dimensionMismatch", "Input arguments, D1 through D2, must sum to each "
                + "dimension of the input matrix size, [" + total + "] in dimension " + dim + ".");
        }
        return out;
    }

    @Builtin("mtimes")
    public static Value mtimes(Value a, Value b) {
        return Operators.mtimes(a, b);
    }

    @Builtin("transpose")
    public static Value transpose(Value a) {
        return Operators.transpose(a);
    }

    @Builtin("ctranspose")
    public static Value ctranspose(Value a) {
        return Operators.ctranspose(a);
    }
}
