package mjc.stdlib.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * datetime and duration construction and conversion: datetime('now'|'today'|text[, 'InputFormat',
 * f][, 'Format', f]), datetime(Y, M, D[, H, MI, S]), datetime(d, 'ConvertFrom', 'datenum');
 * years/days/hours/minutes/seconds (a number to a duration, a duration to a number),
 * duration(H, MI, S); year/month/day/hour/minute/second of a datetime; isdatetime, isduration.
 */
public final class DateTimes {
    private DateTimes() {
    }

    @Builtin("datetime")
    public static Value[] datetime(Value[] args, int nargout) {
        String format = null;
        String input = null;
        String convertFrom = null;
        int n = args.length;
        while (n >= 2 && Args.isText(args[n - 2]) && isOption(Args.text(args[n - 2], "datetime"))) {
            String name = Args.text(args[n - 2], "datetime").toLowerCase(Locale.ROOT);
            String v = Args.text(args[n - 1], "datetime");
            switch (name) {
                case "format" -> format = v;
                case "inputformat" -> input = v;
                case "convertfrom" -> convertFrom = v.toLowerCase(Locale.ROOT);
                default -> { }
            }
            n -= 2;
        }
        if (n == 0) {
            return new Value[] {DateTimeValue.of(LocalDateTime.now(), format != null ? format : DateTimeValue.DATE_TIME)};
        }
        if (n == 1 && Args.isText(args[0])) {
            String t = Args.text(args[0], "datetime");
            LocalDate today = LocalDate.now();
            switch (t.toLowerCase(Locale.ROOT)) {
                case "now":
                    return new Value[] {DateTimeValue.of(LocalDateTime.now(), orDefault(format, DateTimeValue.DATE_TIME))};
                case "today":
                    return new Value[] {DateTimeValue.of(today.atStartOfDay(), orDefault(format, DateTimeValue.DATE_ONLY))};
                case "tomorrow":
                    return new Value[] {DateTimeValue.of(today.plusDays(1).atStartOfDay(),
                        orDefault(format, DateTimeValue.DATE_ONLY))};
                case "yesterday":
                    return new Value[] {DateTimeValue.of(today.minusDays(1).atStartOfDay(),
                        orDefault(format, DateTimeValue.DATE_ONLY))};
                default:
                    DateTimeValue d = parse(t, input);
                    boolean timeGiven = d.time().toLocalTime().toNanoOfDay() != 0;
                    return new Value[] {DateTimeValue.of(d.time(), orDefault(format,
                        timeGiven ? DateTimeValue.DATE_TIME : DateTimeValue.DATE_ONLY))};
            }
        }
        if (n == 1 && convertFrom != null) {
            if (!convertFrom.equals("datenum")) {
                throw Errors.of("MATLAB:datetime:UnknownConvertFrom", "Unsupported 'ConvertFrom' value '" + convertFrom
                    + "': mjc converts from datenum.");
            }
            double dn = Args.scalar(args[0], "datetime");
            return new Value[] {DateTimeValue.of(Dates.time(dn), orDefault(format, DateTimeValue.DATE_TIME))};
        }
        if (n == 3 || n == 6) {
            double[] c = new double[6];
            for (int i = 0; i < n; i++) {
                c[i] = Args.scalar(args[i], "datetime");
            }
            LocalDateTime t = LocalDateTime.of((int) c[0], 1, 1, 0, 0).plusMonths((long) c[1] - 1)
                .plusDays((long) c[2] - 1).plusHours((long) c[3]).plusMinutes((long) c[4])
                .plusNanos(Math.round(c[5] * 1e9));
            return new Value[] {DateTimeValue.of(t, orDefault(format, n == 3 ? DateTimeValue.DATE_ONLY
                : DateTimeValue.DATE_TIME))};
        }
        throw Errors.of("MATLAB:datetime:InvalidInputs", "datetime takes text, Y, M, D or Y, M, D, H, MI, S.");
    }

    private static boolean isOption(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.equals("format") || l.equals("inputformat") || l.equals("convertfrom") || l.equals("timezone")
            || l.equals("locale");
    }

    private static String orDefault(String f, String d) {
        return f != null ? f : d;
    }

    /** Text in one of datenum's forms, or with an InputFormat of Unicode date symbols. */
    static DateTimeValue parse(String text, String inputFormat) {
        LocalDateTime t;
        if (inputFormat != null) {
            try {
                DateTimeFormatter f = DateTimeFormatter.ofPattern(inputFormat, Locale.ENGLISH);
                java.time.temporal.TemporalAccessor p = f.parse(text);
                LocalDate date = p.isSupported(java.time.temporal.ChronoField.EPOCH_DAY) ? LocalDate.from(p)
                    : LocalDate.now();
                t = p.isSupported(java.time.temporal.ChronoField.NANO_OF_DAY)
                    ? date.atTime(java.time.LocalTime.from(p)) : date.atStartOfDay();
            } catch (RuntimeException e) {
                throw Errors.of("MATLAB:datetime:ParseErr", "Unable to convert '" + text + "' to datetime using the "
                    + "format '" + inputFormat + "'.");
            }
        } else {
            t = DateText.parse(text, null);
        }
        return DateTimeValue.of(t, DateTimeValue.DATE_TIME);
    }

    private static Value unit(Value v, double secondsPerUnit, String format, String fn) {
        if (v instanceof DurationValue d) {
            return DoubleArray.scalar(d.secs() / secondsPerUnit);
        }
        ArrayValue a = Args.array(v, fn);
        if (a.numel() != 1) {
            throw Errors.of("MATLAB:" + fn + ":scalarOnly", fn + " of an array is not supported yet; use a scalar.");
        }
        return DurationValue.of(a.re(0) * secondsPerUnit, format);
    }

    @Builtin("years")
    public static Value years(Value v) {
        return unit(v, 365.2425 * 86400, "y", "years");
    }

    @Builtin("days")
    public static Value days(Value v) {
        return unit(v, 86400, "d", "days");
    }

    @Builtin("hours")
    public static Value hours(Value v) {
        return unit(v, 3600, "h", "hours");
    }

    @Builtin("minutes")
    public static Value minutes(Value v) {
        return unit(v, 60, "m", "minutes");
    }

    @Builtin("seconds")
    public static Value seconds(Value v) {
        return unit(v, 1, "s", "seconds");
    }

    /** duration(H, MI, S) or duration(H, MI, S, MS). */
    @Builtin("duration")
    public static Value[] duration(Value[] args, int nargout) {
        Args.count(args, 3, 4);
        double s = Args.scalar(args[0], "duration") * 3600 + Args.scalar(args[1], "duration") * 60
            + Args.scalar(args[2], "duration") + (args.length == 4 ? Args.scalar(args[3], "duration") / 1000 : 0);
        return new Value[] {DurationValue.of(s, DurationValue.CLOCK)};
    }

    private static DateTimeValue dt(Value v, String fn) {
        if (v instanceof DateTimeValue d) {
            return d;
        }
        throw Errors.of("MATLAB:" + fn + ":InvalidInput", fn + " needs a datetime.");
    }

    @Builtin("year")
    public static Value year(Value v) {
        return DoubleArray.scalar(dt(v, "year").time().getYear());
    }

    @Builtin("month")
    public static Value month(Value v) {
        return DoubleArray.scalar(dt(v, "month").time().getMonthValue());
    }

    @Builtin("day")
    public static Value day(Value v) {
        return DoubleArray.scalar(dt(v, "day").time().getDayOfMonth());
    }

    @Builtin("hour")
    public static Value hour(Value v) {
        return DoubleArray.scalar(dt(v, "hour").time().getHour());
    }

    @Builtin("minute")
    public static Value minute(Value v) {
        return DoubleArray.scalar(dt(v, "minute").time().getMinute());
    }

    @Builtin("second")
    public static Value second(Value v) {
        LocalDateTime t = dt(v, "second").time();
        return DoubleArray.scalar(t.getSecond() + t.getNano() / 1e9);
    }

    @Builtin("isdatetime")
    public static Value isdatetime(Value v) {
        return LogicalArray.of(v instanceof DateTimeValue);
    }

    @Builtin("isduration")
    public static Value isduration(Value v) {
        return LogicalArray.of(v instanceof DurationValue);
    }
}
