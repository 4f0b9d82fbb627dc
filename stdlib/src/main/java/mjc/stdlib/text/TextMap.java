package mjc.stdlib.text;

import java.util.function.UnaryOperator;
import mjc.runtime.error.Errors;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;

/** Applies a text transformation to a char row, each element of a cell of text, or each string. */
final class TextMap {
    private TextMap() {
    }

    static Value map(Value v, String fn, UnaryOperator<String> f) {
        if (v instanceof CharArray c) {
            if (c.dims().length == 2 && c.dims()[0] > 1) {
                String[] rows = new String[c.dims()[0]];
                for (int r = 0; r < rows.length; r++) {
                    rows[r] = f.apply(c.row(r));
                }
                return mjc.stdlib.types.Conversions.rows(rows);
            }
            String s = f.apply(c.string());
            if (s.isEmpty() && c.numel() == 0) {
                return c;
            }
            return s.isEmpty() ? new CharArray(new int[] {1, 0}, new char[0]) : CharArray.of(s);
        }
        if (v instanceof StringArray s) {
            String[] out = new String[s.numel()];
            for (int i = 0; i < out.length; i++) {
                out[i] = s.get(i) == null ? null : f.apply(s.get(i));
            }
            return new StringArray(s.dims(), out);
        }
        if (v instanceof CellArray c) {
            Value[] out = new Value[c.numel()];
            for (int i = 0; i < out.length; i++) {
                out[i] = map(c.get(i), fn, f);
            }
            return new CellArray(c.dims(), out);
        }
        throw Errors.of("MATLAB:" + fn + ":InvalidInput",
            "Input must be a character vector, a cell array of character vectors, or a string array.");
    }
}
