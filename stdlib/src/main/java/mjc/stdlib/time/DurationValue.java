package mjc.stdlib.time;

import java.util.Locale;
import mjc.runtime.error.Errors;
import mjc.runtime.object.ArrayObject;
import mjc.runtime.object.MObject;
import mjc.runtime.object.MetaClass;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.Callable;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.display.DisplaysAsBlock;

/**
 * MATLAB's duration: a length of time (held as seconds) with a Format: 'hh:mm:ss' (as
 * duration(h, m, s) makes it), or one unit ('y', 'd', 'h', 'm', 's', as years/days/hours/
 * minutes/seconds make it) shown as "1.5 hr". A number added to a duration counts 24-hour days.
 */
public final class DurationValue extends ArrayObject implements DisplaysAsBlock {
    static final String CLOCK = "hh:mm:ss";
    static final MetaClass META = define();

    private static MetaClass define() {
        String spec = "class\tduration\t\nprop\tFormat\t0\tduration\tpublic\tpublic\t\t-1\t-1\t-1"
            + "\nprop\tSeconds$\t1\tduration\tprivate\tprivate\thidden\t-1\t-1\t-1";
        String[] methods = {"plus", "minus", "uminus", "times", "mtimes", "rdivide", "mrdivide", "lt", "gt", "le", "ge",
            "eq", "ne", "char", "string"};
        Callable[] fns = {
            (a, n) -> new Value[] {combine(a[0], a[1], 1)}, (a, n) -> new Value[] {combine(a[0], a[1], -1)},
            (a, n) -> new Value[] {of(-((DurationValue) a[0]).secs(), ((DurationValue) a[0]).format())},
            (a, n) -> new Value[] {scaled(a[0], a[1], false)}, (a, n) -> new Value[] {scaled(a[0], a[1], false)},
            (a, n) -> new Value[] {scaled(a[0], a[1], true)}, (a, n) -> new Value[] {scaled(a[0], a[1], true)},
            (a, n) -> cmp(a, "lt"), (a, n) -> cmp(a, "gt"), (a, n) -> cmp(a, "le"), (a, n) -> cmp(a, "ge"),
            (a, n) -> cmp(a, "eq"), (a, n) -> cmp(a, "ne"),
            (a, n) -> new Value[] {CharArray.of(((DurationValue) a[0]).valueText())},
            (a, n) -> new Value[] {StringArray.of(((DurationValue) a[0]).valueText())}};
        StringBuilder sb = new StringBuilder(spec);
        for (int i = 0; i < methods.length; i++) {
            sb.append("\nmethod\t").append(methods[i]).append('\t').append(i).append("\tpublic\t");
        }
        return MetaClass.define(sb.toString(), new DurationValue(), new MetaClass[0], fns);
    }

    private DurationValue() {
        super(2);
    }

    static DurationValue of(double seconds, String format) {
        DurationValue d = new DurationValue();
        d.slots[0] = CharArray.of(format).freeze();
        d.slots[1] = DoubleArray.scalar(seconds).freeze();
        return d;
    }

    @Override
    public MetaClass metaClass() {
        return META;
    }

    @Override
    public MObject blank() {
        return new DurationValue();
    }

    double secs() {
        return ((ArrayValue) slots[1]).re(0);
    }

    String format() {
        return ((CharArray) slots[0]).string();
    }

    /** Seconds a duration stands for; a number counts days. */
    static double seconds(Value v, String fn) {
        if (v instanceof DurationValue d) {
            return d.secs();
        }
        if (v instanceof ArrayValue a && a.numel() == 1 && a.mclass().numeric) {
            return a.re(0) * 86400;
        }
        throw Errors.of("MATLAB:duration:" + fn, "Only a duration or a number of days can be added to or subtracted "
            + "from a " + (fn.equals("plus") || fn.equals("minus") ? "datetime or duration" : "duration") + ".");
    }

    @Override
    public String typeLine() {
        return "duration";
    }

    @Override
    public String valueText() {
        double s = secs();
        String f = format();
        return switch (f) {
            case "y" -> number(s / (365.2425 * 86400)) + " yr" + (plural(s / (365.2425 * 86400)) ? "s" : "");
            case "d" -> number(s / 86400) + " day" + (plural(s / 86400) ? "s" : "");
            case "h" -> number(s / 3600) + " hr";
            case "m" -> number(s / 60) + " min";
            case "s" -> number(s) + " sec";
            default -> clock(s, f);
        };
    }

    private static boolean plural(double v) {
        return v != 1;
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String t = String.format(Locale.ROOT, "%.5g", v);
        if (t.contains(".") && !t.contains("e")) {
            t = t.replaceFirst("0+$", "").replaceFirst("\\.$", "");
        }
        return t;
    }

    private static String clock(double s, String f) {
        String sign = s < 0 ? "-" : "";
        double a = Math.abs(s);
        long h = (long) Math.floor(a / 3600);
        long m = (long) Math.floor((a - h * 3600) / 60);
        double sec = a - h * 3600 - m * 60;
        String ss = f.contains(".") ? String.format(Locale.ROOT, "%0" + (3 + f.length() - f.indexOf('.') - 1) + "."
            + (f.length() - f.indexOf('.') - 1) + "f", sec) : String.format(Locale.ROOT, "%02d", (long) Math.floor(sec + 1e-9));
        if (f.startsWith("mm")) {
            return sign + String.format(Locale.ROOT, "%02d:", h * 60 + m) + ss;
        }
        if (f.startsWith("dd")) {
            return sign + String.format(Locale.ROOT, "%02d:%02d:%02d:", h / 24, h % 24, m) + ss;
        }
        return sign + String.format(Locale.ROOT, "%02d:%02d:", h, m) + ss;
    }

    private static Value combine(Value a, Value b, int sign) {
        if (a instanceof DateTimeValue || b instanceof DateTimeValue) {
            return mjc.runtime.ops.Operators.plus(a, b); // datetime's own plus
        }
        String f = a instanceof DurationValue d ? d.format() : ((DurationValue) b).format();
        return of(seconds(a, sign > 0 ? "plus" : "minus") + sign * seconds(b, sign > 0 ? "plus" : "minus"), f);
    }

    private static Value scaled(Value a, Value b, boolean divide) {
        if (a instanceof DurationValue x && b instanceof DurationValue y) {
            if (!divide) {
                throw Errors.of("MATLAB:duration:DurationMultiplication", "Durations cannot be multiplied by durations.");
            }
            return DoubleArray.scalar(x.secs() / y.secs());
        }
        if (a instanceof DurationValue x) {
            double k = Args.scalar(b, "duration");
            return of(divide ? x.secs() / k : x.secs() * k, x.format());
        }
        if (!divide) {
            DurationValue y = (DurationValue) b;
            return of(Args.scalar(a, "duration") * y.secs(), y.format());
        }
        throw Errors.of("MATLAB:duration:DivisionNotDefined", "A number cannot be divided by a duration.");
    }

    private static Value[] cmp(Value[] a, String op) {
        if (!(a[0] instanceof DurationValue x) || !(a[1] instanceof DurationValue y)) {
            throw Errors.of("MATLAB:duration:CompareNotDefined", "Durations can be compared with durations only.");
        }
        double p = x.secs();
        double q = y.secs();
        boolean r = switch (op) {
            case "lt" -> p < q;
            case "gt" -> p > q;
            case "le" -> p <= q;
            case "ge" -> p >= q;
            case "eq" -> p == q;
            default -> p != q;
        };
        return new Value[] {LogicalArray.of(r)};
    }
}
