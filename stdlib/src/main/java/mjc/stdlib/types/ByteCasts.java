package mjc.stdlib.types;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.IntArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.SingleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/** typecast (the same bytes read as another numeric class, little-endian as on every MATLAB platform) and swapbytes. */
public final class ByteCasts {
    private ByteCasts() {
    }

    private static int size(MClass c) {
        return switch (c) {
            case INT8, UINT8 -> 1;
            case INT16, UINT16 -> 2;
            case INT32, UINT32, SINGLE -> 4;
            case INT64, UINT64, DOUBLE -> 8;
            default -> throw Errors.of("MATLAB:typecast:unsupportedClass", "The class " + c.matlabName
                + " is not supported by typecast.");
        };
    }

    private static byte[] bytes(ArrayValue a) {
        MClass c = a.mclass();
        int s = size(c);
        ByteBuffer b = ByteBuffer.allocate(a.numel() * s).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < a.numel(); i++) {
            switch (c) {
                case DOUBLE -> b.putDouble(a.re(i));
                case SINGLE -> b.putFloat((float) a.re(i));
                default -> {
                    long v = ((IntArray) a).get(i);
                    switch (s) {
                        case 1 -> b.put((byte) v);
                        case 2 -> b.putShort((short) v);
                        case 4 -> b.putInt((int) v);
                        default -> b.putLong(v);
                    }
                }
            }
        }
        return b.array();
    }

    private static Value fromBytes(byte[] data, MClass c, int[] dims) {
        int s = size(c);
        int n = data.length / s;
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        if (c == MClass.DOUBLE) {
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = b.getDouble();
            }
            return DoubleArray.of(dims, d);
        }
        if (c == MClass.SINGLE) {
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = b.getFloat();
            }
            return Conversions.to(DoubleArray.of(dims, d), MClass.SINGLE);
        }
        long[] l = new long[n];
        boolean unsigned = c.min == 0;
        for (int i = 0; i < n; i++) {
            l[i] = switch (s) {
                case 1 -> unsigned ? b.get() & 0xffL : b.get();
                case 2 -> unsigned ? b.getShort() & 0xffffL : b.getShort();
                case 4 -> unsigned ? b.getInt() & 0xffffffffL : b.getInt();
                default -> b.getLong();
            };
        }
        return new IntArray(c, dims, l);
    }

    @Builtin("typecast")
    public static Value typecast(Value x, Value type) {
        ArrayValue a = Args.array(x, "typecast");
        if (!Dims.isVector(a.dims()) && a.numel() > 1 || a.isComplex() || !(a.mclass().numeric)) {
            throw Errors.of("MATLAB:typecast:inputMustBeVector", "The first input argument must be a full, non-complex"
                + " numeric scalar or vector.");
        }
        MClass to = MClass.fromName(Args.text(type, "typecast"));
        if (to == null || !to.numeric) {
            throw Errors.of("MATLAB:typecast:unsupportedClass", "Unsupported class: " + Args.text(type, "typecast") + ".");
        }
        byte[] b = bytes(a);
        int s = size(to);
        if (b.length % s != 0) {
            throw Errors.of("MATLAB:typecast:notEnoughInputElements", "Too few input values to make output type.");
        }
        int n = b.length / s;
        int[] d = a.dims()[0] == 1 || a.numel() <= 1 ? Dims.row(n) : Dims.col(n);
        return fromBytes(b, to, d);
    }

    @Builtin("swapbytes")
    public static Value swapbytes(Value x) {
        ArrayValue a = Args.array(x, "swapbytes");
        int s = size(a.mclass());
        byte[] b = bytes(a);
        for (int i = 0; i < b.length; i += s) {
            for (int j = 0; j < s / 2; j++) {
                byte t = b[i + j];
                b[i + j] = b[i + s - 1 - j];
                b[i + s - 1 - j] = t;
            }
        }
        return fromBytes(b, a.mclass(), a.dims().clone());
    }

    /** num2hex(x): each element's IEEE bits as hexadecimal, one row per element (16 digits, 8 for single). */
    @Builtin("num2hex")
    public static Value num2hex(Value v) {
        mjc.runtime.value.ArrayValue a = mjc.stdlib.Args.array(v, "num2hex");
        boolean single = a.mclass() == mjc.runtime.value.MClass.SINGLE;
        if (a.mclass() != mjc.runtime.value.MClass.DOUBLE && !single) {
            throw mjc.runtime.error.Errors.of("MATLAB:num2hex:InvalidInput", "Input must be double or single.");
        }
        int n = a.numel();
        int w = single ? 8 : 16;
        char[] data = new char[n * w];
        for (int i = 0; i < n; i++) {
            String h = single ? String.format("%08x", Float.floatToRawIntBits((float) a.re(i)))
                : String.format("%016x", Double.doubleToRawLongBits(a.re(i)));
            for (int c = 0; c < w; c++) {
                data[i + c * n] = h.charAt(c);
            }
        }
        return new mjc.runtime.value.CharArray(mjc.runtime.value.Dims.of(n, w), data);
    }

    /** hex2num(s[, class]): IEEE bits given in hexadecimal (shorter texts padded with zeros on the right). */
    @Builtin("hex2num")
    public static Value[] hex2num(Value[] args, int nargout) {
        mjc.stdlib.Args.count(args, 1, 2);
        boolean single = args.length == 2 && mjc.stdlib.Args.text(args[1], "hex2num").equals("single");
        java.util.List<String> rows = new java.util.ArrayList<>();
        Value s = args[0];
        if (s instanceof mjc.runtime.value.CharArray c) {
            for (int r = 0; r < c.dims()[0]; r++) {
                rows.add(c.row(r));
            }
        } else {
            java.util.Collections.addAll(rows, mjc.stdlib.Args.texts(s, "hex2num"));
        }
        int w = single ? 8 : 16;
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            String h = rows.get(i).strip();
            if (h.length() > w || !h.matches("[0-9a-fA-F]*")) {
                throw mjc.runtime.error.Errors.of("MATLAB:hex2num:InvalidInput", "Input must be hexadecimal text of at"
                    + " most " + w + " digits.");
            }
            String full = (h + "0".repeat(w)).substring(0, w);
            out[i] = single ? Float.intBitsToFloat((int) Long.parseUnsignedLong(full, 16))
                : Double.longBitsToDouble(Long.parseUnsignedLong(full, 16));
        }
        // one value per row of a char matrix; a cell or string array keeps its shape
        Value r = s instanceof mjc.runtime.value.CharArray ? mjc.runtime.value.DoubleArray.column(out)
            : mjc.runtime.value.DoubleArray.of(s.dims().clone(), out);
        return new Value[] {single ? mjc.runtime.ops.Concat.convert(r, mjc.runtime.value.MClass.SINGLE) : r};
    }
}
