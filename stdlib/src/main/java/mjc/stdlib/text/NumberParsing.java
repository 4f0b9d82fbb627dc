package mjc.stdlib.text;

import java.util.ArrayList;
import java.util.List;

/** Reading numbers from text: str2double's rules and str2num's numeric matrix literals. */
public final class NumberParsing {
    private NumberParsing() {
    }

    /** str2double: one real number (or NaN), allowing spaces, Inf, NaN and thousands commas. */
    public static double parseDouble(String s) {
        if (s == null) {
            return Double.NaN;
        }
        String t = s.strip();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        double[] c = parseComplex(t);
        if (c == null || c[1] != 0) {
            return Double.NaN;
        }
        return c[0];
    }

    /** A real or complex number, or null. */
    public static double[] parseComplex(String t) {
        t = t.strip().replace(",", "");
        if (t.isEmpty()) {
            return null;
        }
        Double real = parseReal(t);
        if (real != null) {
            return new double[] {real, 0};
        }
        char last = t.charAt(t.length() - 1);
        if (last == 'i' || last == 'j') {
            String body = t.substring(0, t.length() - 1).strip();
            // find the split between real and imaginary parts: last + or - not after e/E
            for (int k = body.length() - 1; k > 0; k--) {
                char ch = body.charAt(k);
                if ((ch == '+' || ch == '-') && Character.toLowerCase(body.charAt(k - 1)) != 'e') {
                    Double re = parseReal(body.substring(0, k).strip());
                    String imText = body.substring(k).replace(" ", "");
                    Double im = imText.equals("+") ? Double.valueOf(1) : imText.equals("-") ? Double.valueOf(-1)
                        : parseReal(imText);
                    if (re != null && im != null) {
                        return new double[] {re, im};
                    }
                    return null;
                }
            }
            Double im = body.isEmpty() || body.equals("+") ? Double.valueOf(1) : body.equals("-") ? Double.valueOf(-1)
                : parseReal(body);
            return im == null ? null : new double[] {0, im};
        }
        return null;
    }

    private static Double parseReal(String t) {
        String u = t;
        double sign = 1;
        if (u.startsWith("+")) {
            u = u.substring(1);
        } else if (u.startsWith("-")) {
            sign = -1;
            u = u.substring(1);
        }
        String lower = u.toLowerCase();
        if (lower.equals("inf")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (lower.equals("nan")) {
            return Double.NaN;
        }
        if (!u.matches("(\\d+\\.?\\d*|\\.\\d+)([eEdD][+-]?\\d+)?")) {
            return null;
        }
        return sign * Double.parseDouble(u.replace('d', 'e').replace('D', 'e'));
    }

    /** str2num for numeric literals: a matrix of numbers, or null when the text is not one. */
    public static List<List<double[]>> parseMatrix(String text) {
        String t = text.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        List<List<double[]>> rows = new ArrayList<>();
        for (String rowText : t.split("[;\n]")) {
            if (rowText.isBlank()) {
                continue;
            }
            if (rowText.matches(".*[+-]\\s.*")) {
                return null; // "7 + 8" is a sum and "- 5" a negation in MATLAB's brackets: evaluate the text
            }
            List<double[]> row = new ArrayList<>();
            String normalized = rowText.strip();
            for (String item : normalized.split("[,\\s]+")) {
                if (item.isEmpty()) {
                    continue;
                }
                String lower = item.toLowerCase();
                double[] v;
                if (lower.equals("true")) {
                    v = new double[] {1, 0};
                } else if (lower.equals("false")) {
                    v = new double[] {0, 0};
                } else if (lower.equals("pi")) {
                    v = new double[] {Math.PI, 0};
                } else {
                    v = parseComplex(item);
                }
                if (v == null) {
                    return null;
                }
                row.add(v);
            }
            rows.add(row);
        }
        return rows;
    }
}
