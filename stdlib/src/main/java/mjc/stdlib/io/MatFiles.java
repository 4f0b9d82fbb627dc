package mjc.stdlib.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mjc.runtime.call.Workspace;
import mjc.runtime.error.Errors;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CellArray;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.IntArray;
import mjc.runtime.value.LogicalArray;
import mjc.runtime.value.MClass;
import mjc.runtime.value.SingleArray;
import mjc.runtime.value.StringArray;
import mjc.runtime.value.StructArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.types.Array;
import us.hebi.matlab.mat.types.Cell;
import us.hebi.matlab.mat.types.Char;
import us.hebi.matlab.mat.types.MatFile;
import us.hebi.matlab.mat.types.Matrix;
import us.hebi.matlab.mat.types.MatlabType;
import us.hebi.matlab.mat.types.Struct;

/**
 * save and load: MAT-files (version 5, readable by MATLAB and Octave, through the MAT File
 * Library mfl-core) and -ascii text. They work on the caller's variables, so the compiler
 * passes its workspace as for eval: {@code save f x y} writes those variables (all when none
 * is named; {@code -struct s} writes s's fields), {@code load f} assigns every saved variable,
 * {@code S = load(f)} returns them as a struct. Numbers, logicals, text, cells and structs
 * round-trip; a string array is saved as text (cellstr when it has several elements).
 */
public final class MatFiles {
    private MatFiles() {
    }

    // ------------------------------------------------------------------ save

    public static Value[] save(Workspace ws, Value[] args) {
        String file = "matlab.mat";
        List<String> names = new ArrayList<>();
        boolean ascii = false;
        boolean dbl = false;
        boolean tabs = false;
        boolean append = false;
        String structName = null;
        int i = 0;
        if (args.length > 0 && !Args.text(args[0], "save").startsWith("-")) {
            file = Args.text(args[0], "save");
            i = 1;
        }
        for (; i < args.length; i++) {
            String a = Args.text(args[i], "save");
            switch (a.toLowerCase(Locale.ROOT)) {
                case "-ascii" -> ascii = true;
                case "-double" -> dbl = true;
                case "-tabs" -> tabs = true;
                case "-append" -> append = true;
                case "-struct" -> {
                    if (i + 1 >= args.length) {
                        throw Errors.of("MATLAB:save:missingStructName", "The -struct option needs a structure name.");
                    }
                    structName = Args.text(args[++i], "save");
                }
                case "-mat", "-v7", "-v6", "-v4", "-v7.3", "-nocompression" -> { }
                default -> {
                    if (a.startsWith("-")) {
                        throw Errors.of("MATLAB:save:unknownOption", "Unknown option '" + a + "'.");
                    }
                    names.add(a);
                }
            }
        }
        Map<String, Value> vars = selected(ws, names, structName);
        Path p = Path.of(ascii || file.contains(".") ? file : file + ".mat");
        if (ascii) {
            writeAscii(p, vars, dbl, tabs);
            return new Value[0];
        }
        MatFile mat = Mat5.newMatFile();
        if (append && Files.exists(p)) {
            try (MatFile old = Mat5.readFromFile(p.toFile())) {
                for (MatFile.Entry e : old.getEntries()) {
                    if (!vars.containsKey(e.getName())) {
                        mat.addArray(e.getName(), e.getValue());
                    }
                }
            } catch (IOException e) {
                throw Errors.of("MATLAB:save:cannotAppend", "Cannot read '" + p + "' to append to it: " + e.getMessage());
            }
        }
        for (Map.Entry<String, Value> e : vars.entrySet()) {
            mat.addArray(e.getKey(), toMat(e.getValue(), e.getKey()));
        }
        Path tmp = null;
        try {
            tmp = AtomicFiles.create(p);
            Mat5.writeToFile(mat, tmp.toFile());
            AtomicFiles.commit(tmp, p);
        } catch (IOException e) {
            if (tmp != null) {
                AtomicFiles.discard(tmp);
            }
            throw Errors.of("MATLAB:save:couldNotWriteFile", "Unable to write file " + p + ": " + e.getMessage());
        }
        return new Value[0];
    }

    private static Map<String, Value> selected(Workspace ws, List<String> names, String structName) {
        Map<String, Value> all = new LinkedHashMap<>();
        if (structName != null) {
            Value s = ws.get(structName);
            if (!(s instanceof StructArray st) || st.numel() != 1) {
                throw Errors.of("MATLAB:save:notScalarStruct", "The argument to -struct must be the name of a scalar "
                    + "structure variable.");
            }
            for (String f : st.fieldNames()) {
                if (names.isEmpty() || names.contains(f)) {
                    all.put(f, st.get(0, f));
                }
            }
            return all;
        }
        for (Map.Entry<String, Value> e : new java.util.TreeMap<>(ws.asMap()).entrySet()) {
            if (e.getValue() != null && !e.getKey().startsWith("$") && !e.getKey().startsWith("mjc_")) {
                all.put(e.getKey(), e.getValue());
            }
        }
        if (names.isEmpty()) {
            return all;
        }
        Map<String, Value> out = new LinkedHashMap<>();
        for (String n : names) {
            boolean found = false;
            String re = n.replace("*", ".*").replace("?", ".");
            for (Map.Entry<String, Value> e : all.entrySet()) {
                if (e.getKey().matches(re)) {
                    out.put(e.getKey(), e.getValue());
                    found = true;
                }
            }
            if (!found) {
                throw Errors.of("MATLAB:save:couldNotFindVariable", "Variable '" + n + "' not found.");
            }
        }
        return out;
    }

    private static void writeAscii(Path p, Map<String, Value> vars, boolean dbl, boolean tabs) {
        StringBuilder sb = new StringBuilder();
        String fmt = dbl ? "%.16e" : "%.7e"; // MATLAB: three spaces, then 8 (or 17) significant digits
        for (Map.Entry<String, Value> e : vars.entrySet()) {
            Value v = e.getValue();
            if (!(v instanceof ArrayValue a) || v instanceof StringArray) {
                throw Errors.of("MATLAB:save:asciiNotNumeric", "Variable '" + e.getKey() + "' cannot be saved as ASCII: "
                    + "only numeric, logical and char arrays can.");
            }
            int[] d = a.dims();
            int m = d[0];
            int n = a.numel() / Math.max(1, m);
            for (int r = 0; r < m; r++) {
                for (int c = 0; c < n; c++) {
                    sb.append(tabs ? (c > 0 ? "\t" : "") : "   ").append(String.format(Locale.ROOT, fmt, a.re(r + c * m)));
                }
                sb.append('\n');
            }
        }
        Path tmp = null;
        try {
            tmp = AtomicFiles.create(p);
            Files.writeString(tmp, sb.toString(), StandardCharsets.UTF_8);
            AtomicFiles.commit(tmp, p);
        } catch (IOException e) {
            if (tmp != null) {
                AtomicFiles.discard(tmp);
            }
            throw Errors.of("MATLAB:save:couldNotWriteFile", "Unable to write file " + p + ": " + e.getMessage());
        }
    }

    static Array toMat(Value v, String name) {
        int[] d = v.dims();
        if (v instanceof LogicalArray l) {
            Matrix m = Mat5.newLogical(d);
            for (int i = 0; i < l.numel(); i++) {
                m.setBoolean(i, l.isTrue(i));
            }
            return m;
        }
        if (v instanceof CharArray c) {
            Char ch = Mat5.newChar(d);
            for (int i = 0; i < c.numel(); i++) {
                ch.setChar(i, (char) c.re(i));
            }
            return ch;
        }
        if (v instanceof StringArray s) {
            if (s.numel() == 1) {
                return Mat5.newString(s.get(0) == null ? "" : s.get(0));
            }
            Cell cell = Mat5.newCell(d);
            for (int i = 0; i < s.numel(); i++) {
                cell.set(i, Mat5.newString(s.get(i) == null ? "" : s.get(i)));
            }
            return cell;
        }
        if (v instanceof CellArray c) {
            Cell cell = Mat5.newCell(d);
            for (int i = 0; i < c.numel(); i++) {
                cell.set(i, toMat(c.get(i), name));
            }
            return cell;
        }
        if (v instanceof StructArray s) {
            Struct st = Mat5.newStruct(d);
            for (String f : s.fieldNames()) {
                for (int i = 0; i < s.numel(); i++) {
                    Value fv = s.get(i, f);
                    st.set(f, i, toMat(fv == null ? DoubleArray.EMPTY : fv, name));
                }
            }
            return st;
        }
        if (v instanceof IntArray ia) {
            Matrix m = Mat5.newMatrix(d, type(ia.mclass()));
            for (int i = 0; i < ia.numel(); i++) {
                m.setLong(i, ia.get(i));
            }
            return m;
        }
        if (v instanceof ArrayValue a) {
            boolean single = v instanceof SingleArray;
            Matrix m = a.isComplex() ? Mat5.newComplex(d, single ? MatlabType.Single : MatlabType.Double)
                : Mat5.newMatrix(d, single ? MatlabType.Single : MatlabType.Double);
            for (int i = 0; i < a.numel(); i++) {
                m.setDouble(i, a.re(i));
                if (a.isComplex()) {
                    m.setImaginaryDouble(i, a.im(i));
                }
            }
            return m;
        }
        throw Errors.of("MATLAB:save:unsupportedType", "Variable '" + name + "' of class " + v.className()
            + " cannot be saved to a MAT-file by mjc.");
    }

    private static MatlabType type(MClass c) {
        return switch (c) {
            case INT8 -> MatlabType.Int8;
            case UINT8 -> MatlabType.UInt8;
            case INT16 -> MatlabType.Int16;
            case UINT16 -> MatlabType.UInt16;
            case INT32 -> MatlabType.Int32;
            case UINT32 -> MatlabType.UInt32;
            case INT64 -> MatlabType.Int64;
            default -> MatlabType.UInt64;
        };
    }

    // ------------------------------------------------------------------ load

    public static Value[] load(Workspace ws, Value[] args, int nargout) {
        Args.count(args, 0, Integer.MAX_VALUE);
        String file = args.length > 0 ? Args.text(args[0], "load") : "matlab.mat";
        List<String> names = new ArrayList<>();
        boolean ascii = false;
        for (int i = 1; i < args.length; i++) {
            String a = Args.text(args[i], "load");
            if (a.equalsIgnoreCase("-ascii")) {
                ascii = true;
            } else if (a.equalsIgnoreCase("-mat")) {
                ascii = false;
            } else {
                names.add(a);
            }
        }
        Path p = Path.of(file);
        if (!Files.exists(p) && !file.contains(".") && Files.exists(Path.of(file + ".mat"))) {
            p = Path.of(file + ".mat");
        }
        if (!Files.isRegularFile(p)) {
            throw Errors.of("MATLAB:load:couldNotReadFile", "Unable to find file or directory '" + file + "'.");
        }
        Map<String, Value> vars = new LinkedHashMap<>();
        if (ascii || !isMat(p)) {
            String base = p.getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_]", "_");
            if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
                base = "X" + base;
            }
            vars.put(base, asciiMatrix(p));
        } else {
            try (MatFile mat = Mat5.readFromFile(p.toFile())) {
                for (MatFile.Entry e : mat.getEntries()) {
                    if (names.isEmpty() || names.contains(e.getName())) {
                        vars.put(e.getName(), fromMat(e.getValue()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw Errors.of("MATLAB:load:unableToReadMatFile", "Unable to read MAT-file " + p + ": "
                    + (e.getMessage() == null ? "not a MAT-file" : e.getMessage()) + ".");
            }
            for (String n : names) {
                if (!vars.containsKey(n)) {
                    throw Errors.of("MATLAB:load:variableNotFound", "Variable '" + n + "' not found.");
                }
            }
        }
        if (nargout > 0) {
            if (ascii || !isMat(p)) {
                return new Value[] {vars.values().iterator().next()};
            }
            List<String> fields = new ArrayList<>(vars.keySet());
            Value[] row = new Value[fields.size()];
            int k = 0;
            for (Value v : vars.values()) {
                row[k++] = v.share();
            }
            return new Value[] {new StructArray(Dims.SCALAR, fields, new Value[][] {row})};
        }
        for (Map.Entry<String, Value> e : vars.entrySet()) {
            ws.put(e.getKey(), e.getValue().share());
        }
        return new Value[0];
    }

    private static boolean isMat(Path p) {
        try (var in = Files.newInputStream(p)) {
            byte[] head = in.readNBytes(10);
            return new String(head, StandardCharsets.ISO_8859_1).startsWith("MATLAB");
        } catch (IOException e) {
            return false;
        }
    }

    private static Value asciiMatrix(Path p) {
        List<double[]> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                String t = line.replaceAll("%.*$", "").strip();
                if (t.isEmpty()) {
                    continue;
                }
                String[] parts = t.split("[\\s,;]+");
                double[] r = new double[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    r[i] = mjc.stdlib.text.NumberParsing.parseDouble(parts[i]);
                    if (Double.isNaN(r[i]) && !parts[i].equalsIgnoreCase("nan")) {
                        throw Errors.of("MATLAB:load:asciiNumbers", "Unable to read file '" + p + "'. Input must be a "
                            + "MAT-file or an ASCII file containing numeric data with the same number of columns in each "
                            + "row.");
                    }
                }
                if (!rows.isEmpty() && rows.get(0).length != r.length) {
                    throw Errors.of("MATLAB:load:asciiNumbers", "Unable to read file '" + p + "'. Input must be a "
                        + "MAT-file or an ASCII file containing numeric data with the same number of columns in each row.");
                }
                rows.add(r);
            }
        } catch (IOException e) {
            throw Errors.of("MATLAB:load:couldNotReadFile", "Unable to read file '" + p + "': " + e.getMessage());
        }
        int m = rows.size();
        int n = m == 0 ? 0 : rows.get(0).length;
        double[] a = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i + j * m] = rows.get(i)[j];
            }
        }
        return m == 0 ? DoubleArray.empty() : DoubleArray.of(Dims.of(m, n), a);
    }

    static Value fromMat(Array a) {
        int[] d = a.getDimensions().clone();
        int n = a.getNumElements();
        MatlabType t = a.getType();
        if (a instanceof Char c) {
            char[] data = new char[n];
            for (int i = 0; i < n; i++) {
                data[i] = c.getChar(i);
            }
            return new CharArray(d, data);
        }
        if (a instanceof Cell c) {
            Value[] items = new Value[n];
            for (int i = 0; i < n; i++) {
                items[i] = fromMat(c.get(i)).share();
            }
            return new CellArray(d, items);
        }
        if (a instanceof Struct s) {
            List<String> fields = s.getFieldNames();
            Value[][] elems = new Value[n][fields.size()];
            for (int i = 0; i < n; i++) {
                for (int f = 0; f < fields.size(); f++) {
                    elems[i][f] = fromMat(s.get(fields.get(f), i)).share();
                }
            }
            return new StructArray(d, new ArrayList<>(fields), elems);
        }
        if (a instanceof Matrix m) {
            if (m.isLogical()) {
                boolean[] b = new boolean[n];
                for (int i = 0; i < n; i++) {
                    b[i] = m.getBoolean(i);
                }
                return new LogicalArray(d, b);
            }
            MClass cls = switch (t) {
                case Int8 -> MClass.INT8;
                case UInt8 -> MClass.UINT8;
                case Int16 -> MClass.INT16;
                case UInt16 -> MClass.UINT16;
                case Int32 -> MClass.INT32;
                case UInt32 -> MClass.UINT32;
                case Int64 -> MClass.INT64;
                case UInt64 -> MClass.UINT64;
                default -> null;
            };
            if (cls != null) {
                long[] l = new long[n];
                for (int i = 0; i < n; i++) {
                    l[i] = m.getLong(i);
                }
                return new IntArray(cls, d, l);
            }
            double[] re = new double[n];
            double[] im = m.isComplex() ? new double[n] : null;
            for (int i = 0; i < n; i++) {
                re[i] = m.getDouble(i);
                if (im != null) {
                    im[i] = m.getImaginaryDouble(i);
                }
            }
            Value dv = im == null ? DoubleArray.of(d, re) : DoubleArray.of(d, re, im);
            return t == MatlabType.Single ? mjc.stdlib.types.Conversions.to(dv, MClass.SINGLE) : dv;
        }
        throw Errors.of("MATLAB:load:unsupportedType", "The MAT-file holds a " + t + " that mjc cannot load.");
    }
}
