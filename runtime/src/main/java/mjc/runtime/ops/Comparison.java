package mjc.runtime.ops;

import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;

/**
 * Relational operators (== ~= < <= > >=) and element-wise logical & and |, all producing logical
 * arrays with implicit expansion. Complex values compare equal part by part and order by real
 * part; strings compare as whole strings.
 */
public enum Comparison {
    EQ("=="), NE("~="), LT("<"), LE("<="), GT(">"), GE(">=");

    final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    boolean test(double a, double b) {
        switch (this) {
            case EQ:
                return a == b;
            case NE:
                return a != b;
            case LT:
                return a < b;
            case LE:
                return a <= b;
            case GT:
                return a > b;
            default:
                return a >= b;
        }
    }

    boolean test(int cmp) {
        switch (this) {
            case EQ:
                return cmp == 0;
            case NE:
                return cmp != 0;
            case LT:
                return cmp < 0;
            case LE:
                return cmp <= 0;
            case GT:
                return cmp > 0;
            default:
                return cmp >= 0;
        }
    }

    static Value compare(Comparison op, Value a, Value b) {
        if (SparseOps.any(a, b)) {
            return SparseOps.compare(op, a, b);
        }
        if (a instanceof DoubleArray x && b instanceof DoubleArray y && x.numel() == 1 && y.numel() == 1
            && !x.isComplex() && !y.isComplex()) {
            return LogicalArray.of(op.test(x.scalar(), y.scalar()));
        }
        if (a instanceof StringArray || b instanceof StringArray) {
            return compareStrings(op, a, b);
        }
        ArrayValue x = ResultClass.operand(a, op.symbol);
        ArrayValue y = ResultClass.operand(b, op.symbol);
        Broadcast bc = Broadcast.of(x.dims(), y.dims());
        int n = bc.numel();
        boolean[] r = new boolean[n];
        int[] ia = null;
        int[] ib = null;
        boolean sa = x.numel() == 1;
        boolean sb = y.numel() == 1;
        if (!bc.sameShape() && !(sa || sb)) {
            ia = new int[n];
            ib = new int[n];
            bc.indices(ia, ib);
        }
        boolean complex = (op == EQ || op == NE) && (x.isComplex() || y.isComplex());
        for (int i = 0; i < n; i++) {
            int p = ia != null ? ia[i] : (sa ? 0 : i);
            int q = ib != null ? ib[i] : (sb ? 0 : i);
            if (complex) {
                boolean eq = x.re(p) == y.re(q) && x.im(p) == y.im(q);
                r[i] = op == EQ ? eq : !eq;
            } else {
                r[i] = op.test(x.re(p), y.re(q));
            }
        }
        return new LogicalArray(bc.dims(), r);
    }

    private static Value compareStrings(Comparison op, Value a, Value b) {
        StringArray x = StringOps.toStringArray(a);
        StringArray y = StringOps.toStringArray(b);
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
        boolean[] r = new boolean[n];
        for (int i = 0; i < n; i++) {
            String s = x.get(ia[i]);
            String t = y.get(ib[i]);
            if (s == null || t == null) {
                r[i] = op == NE;
            } else {
                r[i] = op.test(s.compareTo(t));
            }
        }
        return new LogicalArray(bc.dims(), r);
    }

    static Value logical(boolean and, Value a, Value b) {
        if (SparseOps.any(a, b)) {
            return SparseOps.logical(and, a, b);
        }
        String sym = and ? "&" : "|";
        ArrayValue x = ResultClass.operand(a, sym);
        ArrayValue y = ResultClass.operand(b, sym);
        Broadcast bc = Broadcast.of(x.dims(), y.dims());
        int n = bc.numel();
        boolean[] r = new boolean[n];
        int[] ia = null;
        int[] ib = null;
        boolean sa = x.numel() == 1;
        boolean sb = y.numel() == 1;
        if (!bc.sameShape() && !(sa || sb)) {
            ia = new int[n];
            ib = new int[n];
            bc.indices(ia, ib);
        }
        for (int i = 0; i < n; i++) {
            int p = ia != null ? ia[i] : (sa ? 0 : i);
            int q = ib != null ? ib[i] : (sb ? 0 : i);
            if (Double.isNaN(x.re(p)) || Double.isNaN(y.re(q))) {
                throw Errors.conversionToLogical();
            }
            boolean u = x.isTrue(p);
            boolean v = y.isTrue(q);
            r[i] = and ? (u && v) : (u || v);
        }
        return new LogicalArray(bc.dims(), r);
    }

    static boolean isText(Value v) {
        return v instanceof CharArray || v instanceof StringArray;
    }
}
