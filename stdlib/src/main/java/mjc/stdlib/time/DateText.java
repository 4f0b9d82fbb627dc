package mjc.stdlib.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mjc.runtime.error.Errors;

/**
 * MATLAB's date format symbols (yyyy yy mmmm mmm mm m dddd ddd dd d HH MM SS FFF AM/PM) for
 * datestr, the numbered formats, and reading the common date texts for datenum and datevec.
 */
final class DateText {
    private static final String[] NUMBERED = {
        "dd-mmm-yyyy HH:MM:SS", "dd-mmm-yyyy", "mm/dd/yy", "mmm", "m", "mm", "mm/dd", "dd", "ddd", "d", "yyyy", "yy",
        "mmmyy", "HH:MM:SS", "HH:MM:SS PM", "HH:MM", "HH:MM PM", "QQ-YY", "QQ", "dd/mm", "dd/mm/yy",
        "mmm.dd,yyyy HH:MM:SS", "mmm.dd,yyyy", "mm/dd/yyyy", "dd/mm/yyyy", "yy/mm/dd", "yyyy/mm/dd", "QQ-YYYY",
        "mmmyyyy", "yyyy-mm-dd", "yyyymmddTHHMMSS", "yyyy-mm-dd HH:MM:SS"};

    private DateText() {
    }

    static String numbered(int k) {
        if (k < 0 || k >= NUMBERED.length) {
            throw Errors.of("MATLAB:datestr:DateNumber", "Date format number " + k + " is not a valid format.");
        }
        return NUMBERED[k];
    }

    static String format(LocalDateTime t, String fmt) {
        boolean pm = fmt.contains("AM") || fmt.contains("PM");
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < fmt.length()) {
            String rest = fmt.substring(i);
            if (rest.startsWith("yyyy")) {
                out.append(String.format("%04d", t.getYear()));
                i += 4;
            } else if (rest.startsWith("yy")) {
                out.append(String.format("%02d", Math.floorMod(t.getYear(), 100)));
                i += 2;
            } else if (rest.startsWith("mmmm")) {
                out.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                i += 4;
            } else if (rest.startsWith("mmm")) {
                out.append(Dates.month(t.getMonthValue()));
                i += 3;
            } else if (rest.startsWith("mm")) {
                out.append(String.format("%02d", t.getMonthValue()));
                i += 2;
            } else if (rest.startsWith("m")) {
                out.append(Dates.month(t.getMonthValue()).charAt(0));
                i += 1;
            } else if (rest.startsWith("dddd")) {
                out.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                i += 4;
            } else if (rest.startsWith("ddd")) {
                out.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                i += 3;
            } else if (rest.startsWith("dd")) {
                out.append(String.format("%02d", t.getDayOfMonth()));
                i += 2;
            } else if (rest.startsWith("d")) {
                out.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).charAt(0));
                i += 1;
            } else if (rest.startsWith("HH")) {
                int h = t.getHour();
                out.append(String.format(pm ? "%2d" : "%02d", pm ? (h % 12 == 0 ? 12 : h % 12) : h));
                i += 2;
            } else if (rest.startsWith("MM")) {
                out.append(String.format("%02d", t.getMinute()));
                i += 2;
            } else if (rest.startsWith("SS")) {
                out.append(String.format("%02d", t.getSecond()));
                i += 2;
            } else if (rest.startsWith("FFF")) {
                out.append(String.format("%03d", t.getNano() / 1_000_000));
                i += 3;
            } else if (rest.startsWith("AM") || rest.startsWith("PM")) {
                out.append(t.getHour() < 12 ? "AM" : "PM");
                i += 2;
            } else if (rest.startsWith("QQ")) {
                out.append('Q').append((t.getMonthValue() - 1) / 3 + 1);
                i += 2;
            } else if (rest.startsWith("YYYY")) {
                out.append(String.format("%04d", t.getYear()));
                i += 4;
            } else if (rest.startsWith("YY")) {
                out.append(String.format("%02d", Math.floorMod(t.getYear(), 100)));
                i += 2;
            } else {
                out.append(fmt.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private static final Pattern DMY = Pattern.compile(
        "(\\d{1,2})-([A-Za-z]{3})-(\\d{2,4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}(?:\\.\\d+)?))?)?\\s*(AM|PM)?");
    private static final Pattern ISO = Pattern.compile(
        "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}(?:\\.\\d+)?))?)?");
    private static final Pattern US = Pattern.compile(
        "(\\d{1,2})/(\\d{1,2})/(\\d{2,4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}(?:\\.\\d+)?))?)?\\s*(AM|PM)?");
    private static final Pattern MDY = Pattern.compile("([A-Za-z]{3})[.\\s]+(\\d{1,2}),\\s*(\\d{4})");

    /** A date text in one of MATLAB's common forms (or the given format's symbols). */
    static LocalDateTime parse(String text, String fmt) {
        String s = text.strip();
        if (fmt != null) {
            return withFormat(s, fmt);
        }
        Matcher m = DMY.matcher(s);
        if (m.matches()) {
            return at(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), m.group(4), m.group(5),
                m.group(6), m.group(7));
        }
        m = ISO.matcher(s);
        if (m.matches()) {
            return at(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4),
                m.group(5), m.group(6), null);
        }
        m = US.matcher(s);
        if (m.matches()) {
            return at(year(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(4),
                m.group(5), m.group(6), m.group(7));
        }
        m = MDY.matcher(s);
        if (m.matches()) {
            return at(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)), null, null, null,
                null);
        }
        throw Errors.of("MATLAB:datenum:ConvertDateString", "DATENUM failed. The text '" + text
            + "' is not a date in a format datenum recognizes; give the format as the second argument.");
    }

    private static int year(String y) {
        int v = Integer.parseInt(y);
        return y.length() <= 2 ? 2000 + v : v;
    }

    private static int month(String name) {
        for (int k = 1; k <= 12; k++) {
            if (Dates.month(k).equalsIgnoreCase(name)) {
                return k;
            }
        }
        throw Errors.of("MATLAB:datenum:ConvertDateString", "'" + name + "' is not a month name.");
    }

    private static LocalDateTime at(int y, int mo, int d, String h, String mi, String s, String ampm) {
        int hh = h == null ? 0 : Integer.parseInt(h);
        if (ampm != null) {
            hh = hh % 12 + (ampm.equals("PM") ? 12 : 0);
        }
        int mm = mi == null ? 0 : Integer.parseInt(mi);
        double ss = s == null ? 0 : Double.parseDouble(s);
        return LocalDate.of(y, mo, d).atStartOfDay().plusHours(hh).plusMinutes(mm).plusNanos((long) (ss * 1e9));
    }

    /** Reads text with a format of MATLAB's symbols (yyyy, mm, dd, HH, MM, SS, mmm). */
    private static LocalDateTime withFormat(String s, String fmt) {
        int y = LocalDate.now().getYear();
        int mo = 1;
        int d = 1;
        int h = 0;
        int mi = 0;
        double sec = 0;
        int i = 0;
        int j = 0;
        try {
            while (i < fmt.length() && j <= s.length()) {
                String rest = fmt.substring(i);
                if (rest.startsWith("yyyy")) {
                    y = Integer.parseInt(s.substring(j, j + 4));
                    i += 4;
                    j += 4;
                } else if (rest.startsWith("yy")) {
                    y = 2000 + Integer.parseInt(s.substring(j, j + 2));
                    i += 2;
                    j += 2;
                } else if (rest.startsWith("mmm")) {
                    mo = month(s.substring(j, j + 3));
                    i += 3;
                    j += 3;
                } else if (rest.startsWith("mm")) {
                    mo = Integer.parseInt(s.substring(j, j + 2));
                    i += 2;
                    j += 2;
                } else if (rest.startsWith("dd")) {
                    d = Integer.parseInt(s.substring(j, j + 2));
                    i += 2;
                    j += 2;
                } else if (rest.startsWith("HH")) {
                    h = Integer.parseInt(s.substring(j, j + 2));
                    i += 2;
                    j += 2;
                } else if (rest.startsWith("MM")) {
                    mi = Integer.parseInt(s.substring(j, j + 2));
                    i += 2;
                    j += 2;
                } else if (rest.startsWith("SS")) {
                    sec = Integer.parseInt(s.substring(j, j + 2));
                    i += 2;
                    j += 2;
                } else {
                    i++;
                    j++;
                }
            }
            return LocalDate.of(y, mo, d).atStartOfDay().plusHours(h).plusMinutes(mi).plusNanos((long) (sec * 1e9));
        } catch (RuntimeException e) {
            throw Errors.of("MATLAB:datenum:ConvertDateString", "DATENUM failed. The text '" + s
                + "' does not match the format '" + fmt + "'.");
        }
    }
}
