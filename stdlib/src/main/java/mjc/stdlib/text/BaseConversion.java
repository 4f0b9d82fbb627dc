package mjc.stdlib.text;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;
import mjc.stdlib.types.Conversions;

/** dec2bin, bin2dec, dec2hex, hex2dec, dec2base. */
public final class BaseConversion {
    private BaseConversion() {
    }

    private static Value toBase(Value[] args, int radix, String fn) {
        Args.count(args, 1, 2);
        ArrayValue a = Args.array(args[0], fn);
        int width = args.length > 1 ? (int) Args.scalar(args[1], fn) : 0;
        if (a.isComplex()) {
            throw Errors.of("MATLAB:" + fn + ":complexInput", "Input must be real.");
        }
        String[] rows = new String[a.numel()];
        int w = width;
        // negative integers are written in two's complement with the fewest of 8, 16, 32, 64 bits holding them all
        int bits = 0;
        for (int i = 0; i < rows.length; i++) {
            double v = a.re(i);
            if (v != Math.rint(v) || Double.isInfinite(v)) {
                throw Errors.of("MATLAB:" + fn + ":nonIntegerInput", "Input must be integer.");
            }
            if (v < 0) {
                int need = v >= -128 ? 8 : v >= -32768 ? 16 : v >= -2147483648.0 ? 32 : 64;
                bits = Math.max(bits, need);
            }
        }
        for (int i = 0; i < rows.length; i++) {
            double v = a.re(i);
            if (v < 0) {
                long x = v <= -9.223372036854775807E18 ? Long.MIN_VALUE : (long) v;
                String full = radix == 2 ? Long.toBinaryString(x) : Long.toHexString(x);
                int digits = radix == 2 ? bits : bits / 4;
                rows[i] = full.substring(full.length() - digits).toUpperCase();
            } else {
                rows[i] = v >= 9.223372036854775807E18 ? new java.math.BigDecimal(v).toBigInteger().toString(radix).toUpperCase()
                    : Long.toString((long) v, radix).toUpperCase();
            }
            w = Math.max(w, rows[i].length());
        }
        if (bits > 0) {
            w = Math.max(w, radix == 2 ? bits : bits / 4);
        }
        for (int i = 0; i < rows.length; i++) {
            rows[i] = "0".repeat(w - rows[i].length()) + rows[i];
        }
        if (rows.length == 0) {
            return CharArray.of("");
        }
        return Conversions.rows(rows);
    }

    @Builtin("dec2bin")
    public static Value[] dec2bin(Value[] args, int nargout) {
        return new Value[] {toBase(args, 2, "dec2bin")};
    }

    @Builtin("dec2hex")
    public static Value[] dec2hex(Value[] args, int nargout) {
        return new Value[] {toBase(args, 16, "dec2hex")};
    }

    private static Value fromBase(Value v, int radix, String fn) {
        String[] t = Args.texts(v instanceof CharArray c && c.dims()[0] > 1 ? mjc.stdlib.text.Strings.cellstr(c) : v, fn);
        double[] r = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            String s = t[i].strip();
            try {
                r[i] = s.isEmpty() ? 0 : Long.parseLong(s, radix);
            } catch (NumberFormatException e) {
                throw Errors.of("MATLAB:" + fn + ":IllegalCharacter", "Input contains characters that are not valid in base " + radix + ".");
            }
        }
        return r.length == 1 ? DoubleArray.scalar(r[0]) : DoubleArray.column(r);
    }

    @Builtin("bin2dec")
    public static Value bin2dec(Value v) {
        return fromBase(v, 2, "bin2dec");
    }

    @Builtin("hex2dec")
    public static Value hex2dec(Value v) {
        return fromBase(v, 16, "hex2dec");
    }

    /** dec2base(d, base) or dec2base(d, symbols) with an optional minimum width. */
    @Builtin("dec2base")
    public static Value[] dec2base(Value[] args, int nargout) {
        Args.count(args, 2, 3);
        ArrayValue a = Args.array(args[0], "dec2base");
        String symbols = symbols(args[1], "dec2base");
        int base = symbols.length();
        int width = args.length > 2 ? (int) Args.scalar(args[2], "dec2base") : 0;
        String[] rows = new String[a.numel()];
        int w = width;
        for (int i = 0; i < rows.length; i++) {
            double v = a.re(i);
            if (v < 0 || v != Math.rint(v)) {
                throw Errors.of("MATLAB:dec2base:negativeInput", "Input must be a non-negative integer.");
            }
            long x = (long) v;
            StringBuilder sb = new StringBuilder();
            do {
                sb.append(symbols.charAt((int) (x % base)));
                x /= base;
            } while (x > 0);
            rows[i] = sb.reverse().toString();
            w = Math.max(w, rows[i].length());
        }
        for (int i = 0; i < rows.length; i++) {
            rows[i] = String.valueOf(symbols.charAt(0)).repeat(w - rows[i].length()) + rows[i];
        }
        return new Value[] {rows.length == 0 ? CharArray.of("") : Conversions.rows(rows)};
    }

    /** base2dec(s, base) or base2dec(s, symbols). */
    @Builtin("base2dec")
    public static Value base2dec(Value sv, Value bv) {
        String symbols = symbols(bv, "base2dec");
        String[] t = Args.texts(sv instanceof CharArray c && c.dims()[0] > 1 ? mjc.stdlib.text.Strings.cellstr(c) : sv,
            "base2dec");
        double[] r = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            double acc = 0;
            for (char ch : t[i].strip().toCharArray()) {
                int d = symbols.indexOf(symbols.length() <= 36 ? Character.toUpperCase(ch) : ch);
                if (d < 0 && symbols.length() <= 36) {
                    d = symbols.indexOf(ch);
                }
                if (d < 0) {
                    throw Errors.of("MATLAB:base2dec:IllegalCharacter", "Input contains characters that are not valid"
                        + " in base " + symbols.length() + ".");
                }
                acc = acc * symbols.length() + d;
            }
            r[i] = acc;
        }
        return r.length == 1 ? DoubleArray.scalar(r[0]) : DoubleArray.column(r);
    }

    private static String symbols(Value b, String fn) {
        if (b instanceof CharArray c) {
            String s = c.string();
            if (s.length() < 2 || s.chars().distinct().count() != s.length()) {
                throw Errors.of("MATLAB:" + fn + ":SymbolsNotUnique", "Symbols must be unique and at least two.");
            }
            return s;
        }
        double base = Args.scalar(b, fn);
        if (base < 2 || base > 36 || base != Math.rint(base)) {
            throw Errors.of("MATLAB:" + fn + ":BaseOutOfRange", "Base must be an integer between 2 and 36.");
        }
        return "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".substring(0, (int) base);
    }
}
