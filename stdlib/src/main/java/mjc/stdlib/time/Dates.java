package mjc.stdlib.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * MATLAB's serial date numbers (days since the year 0: datenum(1970,1,1) is 719529, the
 * fraction is the time of day) on java.time: datenum, datestr, datevec, now, weekday, eomday,
 * addtodate.
 */
public final class Dates {
    /** datenum of 1970-01-01 (java.time's epoch day 0). */
    private static final double EPOCH = 719529;
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
        "Dec"};

    private Dates() {
    }

    static double serial(double y, double mo, double d, double h, double mi, double s) {
        if (!(Math.abs(y) <= 999_999) || !(Math.abs(mo) < 1e7) || Double.isNaN(d)) {
            throw Errors.of("MATLAB:datenum:InvalidDate", "The date is out of the range datenum supports.");
        }
        // whole months and days may overflow (datenum(2000, 13, 1) is 2001-01-01), as MATLAB allows
        LocalDate base = LocalDate.of((int) y, 1, 1).plusMonths((long) Math.floor(mo) - 1);
        return base.toEpochDay() + EPOCH + (d - 1) + (h * 3600 + mi * 60 + s) / 86400;
    }

    private static double serialOf(LocalDateTime t) {
        return t.toLocalDate().toEpochDay() + EPOCH + t.toLocalTime().toNanoOfDay() / 86400e9;
    }

    static LocalDateTime time(double dn) {
        if (!(Math.abs(dn) < 3.6e9)) {
            throw Errors.of("MATLAB:datestr:ConvertDateNumber", "The date number " + dn + " is out of the range of"
                + " dates (years -9999 to 9999).");
        }
        double days = Math.floor(dn);
        double frac = dn - days;
        long nanos = Math.round(frac * 86400e9 / 1e6) * 1_000_000L; // to the millisecond, as datestr shows it
        return LocalDate.ofEpochDay((long) (days - EPOCH)).atStartOfDay().plusNanos(nanos);
    }

    /** datenum(Y, M, D[, H, MI, S]), datenum([Y M D ...]) (rows), datenum(text[, format]). */
    @Builtin("datenum")
    public static Value[] datenum(Value[] args, int nargout) {
        Args.count(args, 1, 6);
        if (args[0] instanceof DateTimeValue d) {
            return new Value[] {DoubleArray.scalar(d.serial())};
        }
        if (args[0] instanceof CharArray || args[0] instanceof StringArray || args[0] instanceof CellArray) {
            String[] t = texts(args[0]);
            String fmt = args.length > 1 && (args[1] instanceof CharArray || args[1] instanceof StringArray)
                ? Args.text(args[1], "datenum") : null;
            double[] r = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                r[i] = serialOf(DateText.parse(t[i], fmt));
            }
            return new Value[] {r.length == 1 ? DoubleArray.scalar(r[0]) : DoubleArray.column(r)};
        }
        if (args.length == 1) {
            ArrayValue v = Args.array(args[0], "datenum");
            int[] d = v.dims();
            int cols = d.length == 2 ? d[1] : 0;
            if (cols == 3 || cols == 6) {
                int n = d[0];
                double[] r = new double[n];
                for (int i = 0; i < n; i++) {
                    double[] c = new double[6];
                    for (int k = 0; k < cols; k++) {
                        c[k] = v.re(i + k * n);
                    }
                    r[i] = serial(c[0], c[1], c[2], c[3], c[4], c[5]);
                }
                return new Value[] {n == 1 ? DoubleArray.scalar(r[0]) : DoubleArray.column(r)};
            }
            return new Value[] {v}; // a date number already
        }
        ArrayValue[] parts = new ArrayValue[6];
        int n = 1;
        for (int k = 0; k < args.length; k++) {
            parts[k] = Args.array(args[k], "datenum");
            n = Math.max(n, parts[k].numel());
        }
        double[] r = new double[n];
        int[] dims = Dims.SCALAR;
        for (int k = 0; k < args.length; k++) {
            if (parts[k].numel() == n) {
                dims = parts[k].dims();
            }
        }
        for (int i = 0; i < n; i++) {
            double[] c = new double[6];
            for (int k = 0; k < args.length; k++) {
                c[k] = parts[k].re(parts[k].numel() == 1 ? 0 : i);
            }
            r[i] = serial(c[0], c[1], c[2], c[3], c[4], c[5]);
        }
        return new Value[] {DoubleArray.of(dims.clone(), r)};
    }

    private static String[] texts(Value v) {
        if (v instanceof CharArray c && c.dims()[0] > 1) {
            String[] rows = new String[c.dims()[0]];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = c.row(i);
            }
            return rows;
        }
        return Args.texts(v, "datenum");
    }

    /** now: the current local date and time as a date number. */
    @Builtin("now")
    public static Value now() {
        return DoubleArray.scalar(serialOf(LocalDateTime.now()));
    }

    /** datestr(D[, format]): 'dd-mmm-yyyy HH:MM:SS' (the time left out when every D is a whole day). */
    @Builtin("datestr")
    public static Value[] datestr(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        double[] dn;
        if (args[0] instanceof DateTimeValue d) {
            dn = new double[] {d.serial()};
        } else if (args[0] instanceof CharArray || args[0] instanceof StringArray || args[0] instanceof CellArray) {
            String[] t = texts(args[0]);
            dn = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                dn[i] = serialOf(DateText.parse(t[i], null));
            }
        } else {
            ArrayValue v = Args.array(args[0], "datestr");
            int[] d = v.dims();
            if (d.length == 2 && (d[1] == 3 || d[1] == 6) && v.numel() > 1 && v.re(0) > 31) {
                dn = new double[d[0]];
                for (int i = 0; i < d[0]; i++) {
                    double[] c = new double[6];
                    for (int k = 0; k < d[1]; k++) {
                        c[k] = v.re(i + k * d[0]);
                    }
                    dn[i] = serial(c[0], c[1], c[2], c[3], c[4], c[5]);
                }
            } else {
                dn = new double[v.numel()];
                for (int i = 0; i < dn.length; i++) {
                    dn[i] = v.re(i);
                }
            }
        }
        String fmt;
        if (args.length > 1) {
            fmt = args[1] instanceof CharArray || args[1] instanceof StringArray ? Args.text(args[1], "datestr")
                : DateText.numbered((int) Args.scalar(args[1], "datestr"));
        } else {
            boolean whole = true;
            for (double x : dn) {
                whole &= x == Math.floor(x);
            }
            fmt = whole ? "dd-mmm-yyyy" : "dd-mmm-yyyy HH:MM:SS";
        }
        String[] rows = new String[dn.length];
        for (int i = 0; i < dn.length; i++) {
            rows[i] = DateText.format(time(dn[i]), fmt);
        }
        return new Value[] {rows.length == 1 ? CharArray.of(rows[0]) : mjc.stdlib.types.Conversions.rows(rows)};
    }

    /** datevec(D) or datevec(text): rows [Y M D H MI S]; with 6 outputs, the parts. */
    @Builtin("datevec")
    public static Value[] datevec(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        double[] dn;
        if (args[0] instanceof CharArray || args[0] instanceof StringArray || args[0] instanceof CellArray) {
            String[] t = texts(args[0]);
            String fmt = args.length > 1 ? Args.text(args[1], "datevec") : null;
            dn = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                dn[i] = serialOf(DateText.parse(t[i], fmt));
            }
        } else {
            ArrayValue v = Args.array(args[0], "datevec");
            dn = new double[v.numel()];
            for (int i = 0; i < dn.length; i++) {
                dn[i] = v.re(i);
            }
        }
        int n = dn.length;
        double[][] cols = new double[6][n];
        for (int i = 0; i < n; i++) {
            double days = Math.floor(dn[i]);
            double secs = (dn[i] - days) * 86400;
            LocalDate d = time(days).toLocalDate();
            cols[0][i] = d.getYear();
            cols[1][i] = d.getMonthValue();
            cols[2][i] = d.getDayOfMonth();
            double h = Math.floor(secs / 3600 + 1e-9);
            double mi = Math.floor((secs - h * 3600) / 60 + 1e-9);
            double s = secs - h * 3600 - mi * 60;
            cols[3][i] = h;
            cols[4][i] = mi;
            cols[5][i] = Math.abs(s - Math.rint(s)) < 1e-6 ? Math.rint(s) : s;
        }
        if (nargout > 1) {
            Value[] out = new Value[Math.min(6, nargout)];
            for (int k = 0; k < out.length; k++) {
                out[k] = DoubleArray.column(cols[k]);
            }
            return out;
        }
        double[] m = new double[n * 6];
        for (int k = 0; k < 6; k++) {
            System.arraycopy(cols[k], 0, m, k * n, n);
        }
        return new Value[] {DoubleArray.of(Dims.of(n, 6), m)};
    }

    /** [N, S] = weekday(D): 1 for Sunday .. 7 for Saturday, and the short name. */
    @Builtin("weekday")
    public static Value[] weekday(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        double[] dn;
        if (args[0] instanceof CharArray || args[0] instanceof StringArray) {
            dn = new double[] {serialOf(DateText.parse(Args.text(args[0], "weekday"), null))};
        } else {
            ArrayValue v = Args.array(args[0], "weekday");
            dn = new double[v.numel()];
            for (int i = 0; i < dn.length; i++) {
                dn[i] = v.re(i);
            }
        }
        boolean longNames = args.length > 1 && Args.text(args[1], "weekday").equals("long");
        double[] r = new double[dn.length];
        String[] names = new String[dn.length];
        for (int i = 0; i < dn.length; i++) {
            DayOfWeek w = time(dn[i]).getDayOfWeek();
            r[i] = w.getValue() % 7 + 1;
            names[i] = w.getDisplayName(longNames ? TextStyle.FULL : TextStyle.SHORT, Locale.ENGLISH);
        }
        Value n = dn.length == 1 ? DoubleArray.scalar(r[0]) : DoubleArray.column(r);
        if (nargout < 2) {
            return new Value[] {n};
        }
        return new Value[] {n, names.length == 1 ? CharArray.of(names[0]) : mjc.stdlib.types.Conversions.rows(names)};
    }

    /** eomday(Y, M): the last day of each month. */
    @Builtin("eomday")
    public static Value eomday(Value y, Value m) {
        ArrayValue ys = Args.array(y, "eomday");
        ArrayValue ms = Args.array(m, "eomday");
        int n = Math.max(ys.numel(), ms.numel());
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            int yy = (int) ys.re(ys.numel() == 1 ? 0 : i);
            int mm = (int) ms.re(ms.numel() == 1 ? 0 : i);
            if (mm < 1 || mm > 12) {
                throw Errors.of("MATLAB:eomday:InvalidMonth", "Month must be between 1 and 12.");
            }
            r[i] = LocalDate.of(yy, mm, 1).lengthOfMonth();
        }
        return DoubleArray.of((ys.numel() >= ms.numel() ? ys : ms).dims().clone(), r);
    }

    /** addtodate(D, q, field): D moved by q years, months, days, hours, minutes, seconds or milliseconds. */
    @Builtin("addtodate")
    public static Value addtodate(Value d, Value q, Value field) {
        double dn = Args.scalar(d, "addtodate");
        double amount = Args.scalar(q, "addtodate");
        String f = Args.text(field, "addtodate").toLowerCase(Locale.ROOT);
        LocalDateTime t = time(dn);
        double out = switch (f) {
            case "year" -> serialOf(t.plusYears((long) amount));
            case "month" -> serialOf(t.plusMonths((long) amount));
            case "week" -> dn + 7 * amount;
            case "day" -> dn + amount;
            case "hour" -> dn + amount / 24;
            case "minute" -> dn + amount / 1440;
            case "second" -> dn + amount / 86400;
            case "millisecond" -> dn + amount / 86400e3;
            default -> throw Errors.of("MATLAB:addtodate:InvalidDateField", "Invalid date field '" + f + "'.");
        };
        return DoubleArray.scalar(out);
    }

    static String month(int m) {
        return MONTHS[m - 1];
    }

    /** calendar, calendar(d), calendar(y, m): the month as a 6-by-7 matrix (Sunday first); printed when no output is asked. */
    @Builtin("calendar")
    public static Value[] calendar(Value[] args, int nargout) {
        Args.count(args, 0, 2);
        LocalDate first;
        if (args.length == 2) {
            double y = Args.scalar(args[0], "calendar");
            double mo = Args.scalar(args[1], "calendar");
            if (mo < 1 || mo > 12 || mo != Math.floor(mo) || y != Math.floor(y) || Math.abs(y) > 999_999) {
                throw Errors.of("MATLAB:calendar:InvalidInput", "Month must be an integer from 1 to 12 and year an"
                    + " integer.");
            }
            first = LocalDate.of((int) y, (int) mo, 1);
        } else if (args.length == 1) {
            first = time(Args.scalar(args[0], "calendar")).toLocalDate().withDayOfMonth(1);
        } else {
            first = LocalDate.now().withDayOfMonth(1);
        }
        double[] c = new double[42];
        int offset = first.getDayOfWeek().getValue() % 7; // Sunday = 0
        for (int d = 1; d <= first.lengthOfMonth(); d++) {
            int cell = offset + d - 1;
            int row = cell / 7;
            int col = cell % 7;
            c[row + col * 6] = d;
        }
        if (nargout > 0) {
            return new Value[] {DoubleArray.of(Dims.of(6, 7), c)};
        }
        StringBuilder sb = new StringBuilder();
        String title = month(first.getMonthValue()) + " " + first.getYear();
        sb.append(" ".repeat(Math.max(0, 20))).append(title).append('\n');
        sb.append("     S     M    Tu     W    Th     F     S\n");
        for (int r = 0; r < 6; r++) {
            for (int col = 0; col < 7; col++) {
                sb.append(String.format("%6d", (long) c[r + col * 6]));
            }
            sb.append('\n');
        }
        mjc.runtime.session.Session.current().out().print(sb);
        return new Value[0];
    }
}
