package mjc.stdlib.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mjc.runtime.error.Errors;
import mjc.runtime.error.MatlabError;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;

/**
 * jsondecode and jsonencode with MATLAB's mapping, on Jackson: objects are structs (keys made
 * valid field names), arrays of numbers are column vectors (null is NaN), arrays of equal-sized
 * numeric arrays are matrices, arrays of objects with the same fields are struct arrays, and
 * anything mixed is a cell column.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    // ------------------------------------------------------------------ decode

    @Builtin("jsondecode")
    public static Value[] jsondecode(Value[] args, int nargout) {
        Args.count(args, 1, 3);
        return new Value[] {decode(Args.text(args[0], "jsondecode"))};
    }

    /** Text to a MATLAB value; malformed JSON is MATLAB:json:SyntaxError with its position. */
    public static Value decode(String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw Errors.of("MATLAB:json:SyntaxError", "JSON syntax error" + where + ": " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw Errors.of("MATLAB:json:SyntaxError", "JSON syntax error: the text holds no value.");
        }
        return value(root);
    }

    private static Value value(JsonNode n) {
        if (n.isNull()) {
            return DoubleArray.empty();
        }
        if (n.isBoolean()) {
            return LogicalArray.of(n.booleanValue());
        }
        if (n.isNumber()) {
            return DoubleArray.scalar(n.doubleValue());
        }
        if (n.isTextual()) {
            String s = n.textValue();
            return s.isEmpty() ? new CharArray(new int[] {1, 0}, new char[0]) : CharArray.of(s);
        }
        if (n.isObject()) {
            return object(n);
        }
        return array(n);
    }

    private static StructArray object(JsonNode n) {
        List<String> names = new ArrayList<>();
        List<Value> vals = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = unique(validName(e.getKey()), used);
            names.add(name);
            vals.add(value(e.getValue()));
        }
        return new StructArray(Dims.SCALAR, names, new Value[][] {vals.toArray(new Value[0])});
    }

    /** matlab.lang.makeValidName: invalid characters become _, a leading non-letter gets an x. */
    static String validName(String key) {
        if (key.isEmpty()) {
            return "x";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            sb.append(Character.isLetterOrDigit(c) && c < 128 || c == '_' ? c : '_');
        }
        String s = sb.toString();
        if (!Character.isLetter(s.charAt(0))) {
            s = "x" + s;
        }
        return s.length() > 63 ? s.substring(0, 63) : s;
    }

    private static String unique(String name, Set<String> used) {
        String n = name;
        int k = 1;
        while (!used.add(n)) {
            n = name + "_" + k++;
        }
        return n;
    }

    private static Value array(JsonNode n) {
        int count = n.size();
        if (count == 0) {
            return DoubleArray.empty();
        }
        boolean allNumbers = true;
        boolean allBooleans = true;
        boolean allObjects = true;
        boolean allArrays = true;
        for (JsonNode e : n) {
            allNumbers &= e.isNumber() || e.isNull();
            allBooleans &= e.isBoolean();
            allObjects &= e.isObject();
            allArrays &= e.isArray();
        }
        boolean anyNumber = false;
        for (JsonNode e : n) {
            anyNumber |= e.isNumber();
        }
        if (allNumbers && anyNumber) {
            double[] d = new double[count];
            int i = 0;
            for (JsonNode e : n) {
                d[i++] = e.isNull() ? Double.NaN : e.doubleValue();
            }
            return DoubleArray.of(Dims.col(count), d);
        }
        if (allBooleans) {
            boolean[] b = new boolean[count];
            int i = 0;
            for (JsonNode e : n) {
                b[i++] = e.booleanValue();
            }
            return new LogicalArray(Dims.col(count), b);
        }
        if (allObjects) {
            Value s = structArray(n);
            if (s != null) {
                return s;
            }
        }
        if (allArrays) {
            Value m = stacked(n);
            if (m != null) {
                return m;
            }
        }
        Value[] cells = new Value[count];
        int i = 0;
        for (JsonNode e : n) {
            cells[i++] = value(e);
        }
        return new CellArray(Dims.col(count), cells);
    }

    /** Objects with the same keys in the same order: an N-by-1 struct array. */
    private static Value structArray(JsonNode n) {
        List<String> keys = null;
        for (JsonNode e : n) {
            List<String> k = new ArrayList<>();
            e.fieldNames().forEachRemaining(k::add);
            if (keys == null) {
                keys = k;
            } else if (!keys.equals(k)) {
                return null;
            }
        }
        List<StructArray> elems = new ArrayList<>();
        for (JsonNode e : n) {
            elems.add(object(e));
        }
        List<String> names = elems.get(0).fieldNames();
        Value[][] data = new Value[elems.size()][];
        for (int i = 0; i < data.length; i++) {
            Value[] row = new Value[names.size()];
            for (int f = 0; f < row.length; f++) {
                row[f] = elems.get(i).get(0, f);
            }
            data[i] = row;
        }
        return new StructArray(Dims.col(data.length), names, data);
    }

    /** Arrays that decode to numeric (or logical) arrays of one size: stacked along a new first dimension. */
    private static Value stacked(JsonNode n) {
        List<Value> parts = new ArrayList<>();
        for (JsonNode e : n) {
            Value v = value(e);
            if (!(v instanceof DoubleArray) && !(v instanceof LogicalArray)) {
                return null;
            }
            parts.add(v);
        }
        Value first = parts.get(0);
        int[] d = first.dims();
        boolean logical = first instanceof LogicalArray;
        for (Value p : parts) {
            if (!java.util.Arrays.equals(p.dims(), d) || (p instanceof LogicalArray) != logical || p.numel() == 0) {
                return null;
            }
        }
        // an inner column vector [a; b] of k elements: element j of part i goes to (i, j)
        int inner = first.numel();
        int count = parts.size();
        int[] outDims;
        if (d[1] == 1 && d.length == 2) {
            outDims = Dims.of(count, inner);
        } else {
            outDims = new int[d.length + 1];
            outDims[0] = count;
            System.arraycopy(d, 0, outDims, 1, d.length);
        }
        double[] out = new double[count * inner];
        for (int i = 0; i < count; i++) {
            ArrayValue a = (ArrayValue) parts.get(i);
            for (int j = 0; j < inner; j++) {
                out[i + j * count] = a.re(j);
            }
        }
        if (logical) {
            boolean[] b = new boolean[out.length];
            for (int i = 0; i < b.length; i++) {
                b[i] = out[i] != 0;
            }
            return new LogicalArray(outDims, b);
        }
        return DoubleArray.of(outDims, out);
    }

    // ------------------------------------------------------------------ encode

    @Builtin("jsonencode")
    public static Value[] jsonencode(Value[] args, int nargout) {
        Args.count(args, 1, 5);
        boolean pretty = false;
        boolean convertInfNaN = true;
        for (int i = 1; i + 1 < args.length; i += 2) {
            String opt = Args.text(args[i], "jsonencode");
            if (opt.equalsIgnoreCase("PrettyPrint")) {
                pretty = Args.truth(args[i + 1]);
            } else if (opt.equalsIgnoreCase("ConvertInfAndNaN")) {
                convertInfNaN = Args.truth(args[i + 1]);
            } else {
                throw Errors.of("MATLAB:json:UnknownOption", "Unknown option '" + opt + "'.");
            }
        }
        return new Value[] {CharArray.of(encode(args[0], pretty, convertInfNaN))};
    }

    public static String encode(Value v, boolean pretty, boolean convertInfNaN) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            if (pretty) {
                // MATLAB's layout: two spaces per level, "key": value
                DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                    .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
                g.setPrettyPrinter(pp);
            }
            write(g, v, convertInfNaN);
        } catch (MatlabError e) {
            throw e;
        } catch (IOException e) {
            throw Errors.of("MATLAB:json:EncodeError", "Cannot encode the value: " + e.getMessage());
        }
        return w.toString();
    }

    private static void write(JsonGenerator g, Value v, boolean conv) throws IOException {
        if (v instanceof CharArray c) {
            int[] d = c.dims();
            if (d[0] <= 1 && d.length == 2) {
                g.writeString(c.string());
            } else {
                g.writeStartArray();
                for (int r = 0; r < d[0]; r++) {
                    g.writeString(c.row(r));
                }
                g.writeEndArray();
            }
            return;
        }
        if (v instanceof StringArray s) {
            if (s.numel() == 1) {
                if (s.get(0) == null) {
                    g.writeNull();
                } else {
                    g.writeString(s.get(0));
                }
                return;
            }
            g.writeStartArray();
            for (int i = 0; i < s.numel(); i++) {
                g.writeString(s.get(i));
            }
            g.writeEndArray();
            return;
        }
        if (v instanceof StructArray s) {
            if (s.numel() == 1) {
                writeObject(g, s, 0, conv);
                return;
            }
            g.writeStartArray();
            for (int i = 0; i < s.numel(); i++) {
                writeObject(g, s, i, conv);
            }
            g.writeEndArray();
            return;
        }
        if (v instanceof CellArray c) {
            g.writeStartArray();
            for (int i = 0; i < c.numel(); i++) {
                write(g, c.get(i), conv);
            }
            g.writeEndArray();
            return;
        }
        if (v instanceof mjc.stdlib.maps.MapObject m) {
            g.writeStartObject();
            for (var e : m.textEntries().entrySet()) {
                g.writeFieldName(e.getKey());
                write(g, e.getValue(), conv);
            }
            g.writeEndObject();
            return;
        }
        if (v instanceof ArrayValue a) {
            writeArray(g, a, conv);
            return;
        }
        throw Errors.of("MATLAB:json:UnsupportedClass", "Unable to encode a value of class '" + v.className() + "'.");
    }

    private static void writeObject(JsonGenerator g, StructArray s, int elem, boolean conv) throws IOException {
        g.writeStartObject();
        List<String> names = s.fieldNames();
        for (int f = 0; f < names.size(); f++) {
            g.writeFieldName(names.get(f));
            write(g, s.get(elem, f), conv);
        }
        g.writeEndObject();
    }

    /** A scalar is a number; a vector an array; a matrix nested arrays, one per row. */
    private static void writeArray(JsonGenerator g, ArrayValue a, boolean conv) throws IOException {
        if (a.isComplex()) {
            throw Errors.of("MATLAB:json:ComplexNotSupported", "Complex numbers cannot be encoded as JSON.");
        }
        int n = a.numel();
        int[] d = a.dims();
        if (n == 1) {
            scalar(g, a, 0, conv);
            return;
        }
        if (n == 0) {
            g.writeStartArray();
            g.writeEndArray();
            return;
        }
        if (d.length == 2 && (d[0] == 1 || d[1] == 1)) {
            g.writeStartArray();
            for (int i = 0; i < n; i++) {
                scalar(g, a, i, conv);
            }
            g.writeEndArray();
            return;
        }
        writeNested(g, a, d, 0, 0, 1, conv);
    }

    /** Row-major nesting of an N-D array: dimension k varies in the k-th level of brackets. */
    private static void writeNested(JsonGenerator g, ArrayValue a, int[] d, int dim, int offset, int stride,
                                    boolean conv) throws IOException {
        g.writeStartArray();
        for (int i = 0; i < d[dim]; i++) {
            int off = offset + i * stride;
            if (dim == d.length - 1) {
                scalar(g, a, off, conv);
            } else {
                writeNested(g, a, d, dim + 1, off, stride * d[dim], conv);
            }
        }
        g.writeEndArray();
    }

    private static void scalar(JsonGenerator g, ArrayValue a, int i, boolean conv) throws IOException {
        if (a instanceof LogicalArray l) {
            g.writeBoolean(l.get(i));
            return;
        }
        double x = a.re(i);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            if (conv) {
                g.writeNull();
            } else {
                g.writeRawValue(Double.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity");
            }
            return;
        }
        g.writeRawValue(number(x));
    }

    /** MATLAB's number text: integers without a decimal point, others in the shortest form that reads back. */
    static String number(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        String s = Double.toString(x);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mant = s.substring(0, e);
        if (mant.endsWith(".0")) {
            mant = mant.substring(0, mant.length() - 2);
        }
        String exp = s.substring(e + 1);
        return mant + "e" + (exp.startsWith("-") ? exp : "+" + exp);
    }
}
