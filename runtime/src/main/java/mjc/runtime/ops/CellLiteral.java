package mjc.runtime.ops;

import mjc.runtime.value.CellArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.Value;

/**
 * {@code {a, b; c, d}}: every element becomes one cell (a cell element is nested, not spliced),
 * then the rows are concatenated as cells.
 */
public final class CellLiteral {
    private CellLiteral() {
    }

    public static Value build(Value[][] rows) {
        Value[][] wrapped = new Value[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            wrapped[r] = new Value[rows[r].length];
            for (int c = 0; c < rows[r].length; c++) {
                wrapped[r][c] = new CellArray(Dims.SCALAR, new Value[] {rows[r][c].share()});
            }
        }
        Value v = Concat.matrix(wrapped);
        if (!(v instanceof CellArray)) {
            return CellArray.empty(Dims.EMPTY);
        }
        return v;
    }
}
