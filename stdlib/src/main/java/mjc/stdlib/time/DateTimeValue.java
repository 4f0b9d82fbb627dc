package mjc.stdlib.time;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
 * MATLAB's datetime (a value class; one instant, local time, no time zone): Year, Month, Day,
 * Hour, Minute, Second and Format properties; datetime - datetime is a duration, datetime +/-
 * duration or number of days is a datetime; comparisons; char/string with the Format (Unicode
 * date patterns, as java.time reads them).
 */
public final class DateTimeValue extends ArrayObject implements DisplaysAsBlock {
    private static final String[] PROPS = {"Year", "Month", "Day", "Hour", "Minute", "Second", "Format", "TimeZone"};
    static final String DATE_ONLY = "dd-MMM-yyyy";
    static final String DATE_TIME = "dd-MMM-yyyy HH:mm:ss";
    static final MetaClass META = define();

    private static MetaClass define() {
        StringBuilder spec = new StringBuilder("class\tdatetime\t");
        for (int i = 0; i < PROPS.length; i++) {
            spec.append("\nprop\t").append(PROPS[i]).append('\t').append(i).append("\tdatetime\tpublic\tpublic\t\t-1\t-1\t-1");
        }
        String[] methods = {"plus", "minus", "lt", "gt", "le", "ge", "eq", "ne", "char", "string", "datenum"};
        Callable[] fns = {
            (a, n) -> new Value[] {plus(a[0], a[1])}, (a, n) -> new Value[] {minus(a[0], a[1])},
            (a, n) -> cmp(a, "lt"), (a, n) -> cmp(a, "gt"), (a, n) -> cmp(a, "le"), (a, n) -> cmp(a, "ge"),
            (a, n) -> cmp(a, "eq"), (a, n) -> cmp(a, "ne"),
            (a, n) -> new Value[] {CharArray.of(((DateTimeValue) a[0]).valueText())},
            (a, n) -> new Value[] {StringArray.of(((DateTimeValue) a[0]).valueText())},
            (a, n) -> new Value[] {DoubleArray.scalar(((DateTimeValue) a[0]).serial())}};
        for (int i = 0; i < methods.length; i++) {
            spec.append("\nmethod\t").append(methods[i]).append('\t').append(i).append("\tpublic\t");
        }
        return MetaClass.define(spec.toString(), new DateTimeValue(), new MetaClass[0], fns);
    }

    private DateTimeValue() {
        super(PROPS.length);
    }

    static DateTimeValue of(LocalDateTime t, String format) {
        DateTimeValue d = new DateTimeValue();
        d.slots[0] = DoubleArray.scalar(t.getYear()).freeze();
        d.slots[1] = DoubleArray.scalar(t.getMonthValue()).freeze();
        d.slots[2] = DoubleArray.scalar(t.getDayOfMonth()).freeze();
        d.slots[3] = DoubleArray.scalar(t.getHour()).freeze();
        d.slots[4] = DoubleArray.scalar(t.getMinute()).freeze();
        d.slots[5] = DoubleArray.scalar(t.getSecond() + t.getNano() / 1e9).freeze();
        d.slots[6] = CharArray.of(format).freeze();
        d.slots[7] = CharArray.of("").freeze();
        return d;
    }

    @Override
    public MetaClass metaClass() {
        return META;
    }

    @Override
    public MObject blank() {
        return new DateTimeValue();
    }

    private double part(int i) {
        return ((ArrayValue) slots[i]).re(0);
    }

    /** The instant, from the (possibly reassigned) component properties; overflowing parts carry. */
    LocalDateTime time() {
        double sec = part(5);
        return LocalDateTime.of((int) part(0), 1, 1, 0, 0).plusMonths((long) part(1) - 1).plusDays((long) part(2) - 1)
            .plusHours((long) part(3)).plusMinutes((long) part(4)).plusNanos(Math.round(sec * 1e9));
    }

    double serial() {
        LocalDateTime t = time();
        return t.toLocalDate().toEpochDay() + 719529 + t.toLocalTime().toNanoOfDay() / 86400e9;
    }

    String format() {
        return ((CharArray) slots[6]).string();
    }

    @Override
    public String typeLine() {
        return "datetime";
    }

    @Override
    public String valueText() {
        try {
            return time().format(DateTimeFormatter.ofPattern(format(), Locale.ENGLISH));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw Errors.of("MATLAB:datetime:InvalidFormat", "Invalid datetime format '" + format() + "'.");
        }
    }

    private static Value plus(Value a, Value b) {
        if (a instanceof DateTimeValue d) {
            return d.shifted(DurationValue.seconds(b, "plus"));
        }
        if (b instanceof DateTimeValue d) {
            return d.shifted(DurationValue.seconds(a, "plus"));
        }
        throw Errors.undefinedFunctionForType("plus", "datetime");
    }

    private static Value minus(Value a, Value b) {
        if (a instanceof DateTimeValue x && b instanceof DateTimeValue y) {
            double s = (x.serial() - y.serial()) * 86400;
            return DurationValue.of(Math.rint(s * 1e6) / 1e6, DurationValue.CLOCK);
        }
        if (a instanceof DateTimeValue d) {
            return d.shifted(-DurationValue.seconds(b, "minus"));
        }
        throw Errors.of("MATLAB:datetime:SubtractionNotDefined", "Subtraction is not defined between "
            + a.className() + " and datetime.");
    }

    private DateTimeValue shifted(double seconds) {
        return of(time().plusNanos(Math.round(seconds * 1e9)), format());
    }

    private static Value[] cmp(Value[] a, String op) {
        double x = serialOf(a[0]);
        double y = serialOf(a[1]);
        boolean r = switch (op) {
            case "lt" -> x < y;
            case "gt" -> x > y;
            case "le" -> x <= y;
            case "ge" -> x >= y;
            case "eq" -> x == y;
            default -> x != y;
        };
        return new Value[] {LogicalArray.of(r)};
    }

    private static double serialOf(Value v) {
        if (v instanceof DateTimeValue d) {
            return d.serial();
        }
        if (v instanceof CharArray || v instanceof StringArray) {
            return DateTimes.parse(Args.text(v, "datetime"), null).serial();
        }
        throw Errors.of("MATLAB:datetime:CompareNotDefined", "Comparison is not defined between datetime and "
            + v.className() + ".");
    }
}
