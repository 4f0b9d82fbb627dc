package mjc.runtime.ops;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.runtime.text.NumberText;

/** String-array operators: {@code +} concatenates, and operands convert to strings first. */
public final class StringOps {
    private StringOps() {
    }

    static Value concat(Value a, Value b) {
        StringArray x = toStringArray(a);
        StringArray y = toStringArray(b);
        Broadcast bc = Broadcast.of(x.dims(), y.dims());
        int n = bc.numel();
        int[] ia = new int[n];
        int[] ib = new int[n];
        if (bc.sameShape()) {
            for (int i = 0; i < n; i++) {
                ia[i] = i;
                ib[i] = i;
            }
        } else {
            bc.indices(ia, ib);
        }
        String[] r = new String[n];
        for (int i = 0; i < n; i++) {
            String s = x.get(ia[i]);
            String t = y.get(ib[i]);
            r[i] = (s == null || t == null) ? null : s + t;
        }
        return new StringArray(bc.dims(), r);
    }

    /** MATLAB's string(x) for text and numbers. */
    public static StringArray toStringArray(Value v) {
        if (v instanceof StringArray s) {
            return s;
        }
        if (v instanceof mjc.runtime.object.ObjectValue o && o.metaClass().isEnumeration()) {
            String[] names = new String[o.numel()];
            for (int i = 0; i < names.length; i++) {
                names[i] = o.element(i).enumName();
            }
            return new StringArray(o.dims(), names);
        }
        if (v instanceof CharArray c) {
            int[] d = c.dims();
            if (d.length == 2 && d[0] <= 1) {
                return StringArray.of(c.string());
            }
            int nr = d[0];
            String[] rows = new String[nr];
            for (int i = 0; i < nr; i++) {
                rows[i] = c.row(i);
            }
            return new StringArray(Dims.col(nr), rows);
        }
        if (v instanceof CellArray cell) {
            String[] out = new String[cell.numel()];
            for (int i = 0; i < out.length; i++) {
                Value e = cell.get(i);
                if (e instanceof CharArray ce) {
                    out[i] = ce.string();
                } else if (e instanceof StringArray se && se.numel() == 1) {
                    out[i] = se.get(0);
                } else {
                    throw Errors.of("MATLAB:string:MustBeCellArrayOfCharOrString",
                        "Unable to convert cell array to string: each cell must contain text.");
                }
            }
            return new StringArray(cell.dims(), out);
        }
        if (v instanceof ArrayValue a) {
            int n = a.numel();
            String[] out = new String[n];
            for (int i = 0; i < n; i++) {
                if (a.mclass() == mjc.runtime.value.MClass.LOGICAL) {
                    out[i] = a.isTrue(i) ? "true" : "false";
                } else {
                    out[i] = NumberText.shortG(a.re(i), a.im(i), a.mclass());
                }
            }
            return new StringArray(a.dims(), out);
        }
        throw Errors.conversion(v.className(), "string");
    }
}
