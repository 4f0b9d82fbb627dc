package mjc.stdlib.io;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import mjc.runtime.error.Errors;
import mjc.runtime.session.Session;
import mjc.runtime.value.ArrayValue;
import mjc.runtime.value.CharArray;
import mjc.runtime.value.Dims;
import mjc.runtime.value.DoubleArray;
import mjc.runtime.value.Value;
import mjc.stdlib.Args;
import mjc.stdlib.Builtin;
import mjc.stdlib.text.Formatter;

/**
 * fopen and friends: file identifiers 3, 4, ... per session, each a RandomAccessFile opened in
 * MATLAB's modes ('r', 'w', 'a', with '+' for both ways; 't' and 'b' accepted).
 *
 * A file opened for writing is written in a temporary copy beside it (AtomicFiles), which
 * replaces it at fclose or when the program ends: a program killed mid-write leaves the old
 * content, never part of the new one.
 */
public final class FileHandles {
    private FileHandles() {
    }

    /** The open files of a session. */
    static final class Table {
        final Map<Integer, RandomAccessFile> files = new HashMap<>();
        final Map<Integer, String> names = new HashMap<>();
        /** For files open for writing: {temporary copy, target}. */
        final Map<Integer, Path[]> pending = new HashMap<>();
        int next = 3;
    }

    private static Table table() {
        Session session = Session.current();
        return session.state(Table.class, () -> {
            Table t = new Table();
            session.atEnd(() -> closeAll(t)); // MATLAB closes open files when it exits
            return t;
        });
    }

    static RandomAccessFile file(Value fid, String fn) {
        int id = (int) Args.scalar(fid, fn);
        RandomAccessFile f = table().files.get(id);
        if (f == null) {
            throw Errors.of("MATLAB:badfid_mx", "Invalid file identifier. Use fopen to generate a valid file identifier.");
        }
        return f;
    }

    @Builtin("fopen")
    public static Value[] fopen(Value[] args, int nargout) {
        Args.count(args, 1, 4);
        String name = Args.text(args[0], "fopen");
        if (name.equals("all")) {
            double[] ids = table().files.keySet().stream().sorted().mapToDouble(i -> i).toArray();
            return new Value[] {DoubleArray.of(Dims.of(1, ids.length), ids)};
        }
        String mode = args.length > 1 ? Args.text(args[1], "fopen").replace("t", "").replace("b", "") : "r";
        java.io.File f = new java.io.File(name);
        Path target = f.toPath().toAbsolutePath();
        Path tmp = null;
        try {
            RandomAccessFile raf;
            switch (mode.toLowerCase(java.util.Locale.ROOT)) {
                case "r":
                    if (!f.isFile()) {
                        return failed(nargout, "No such file or directory");
                    }
                    raf = new RandomAccessFile(f, "r");
                    break;
                case "r+":
                case "w":
                case "w+":
                case "a":
                case "a+":
                    boolean keep = !mode.startsWith("w") && !mode.startsWith("W");
                    if (mode.startsWith("r") && !f.isFile()) {
                        return failed(nargout, "No such file or directory");
                    }
                    if (f.isDirectory() || target.getParent() == null || !Files.isDirectory(target.getParent())) {
                        return failed(nargout, "No such file or directory");
                    }
                    if (f.exists() && !Files.isWritable(target)) {
                        // the copy would replace a file the user may not write: refuse as opening it would
                        return failed(nargout, "Permission denied");
                    }
                    tmp = AtomicFiles.create(target);
                    if (keep && f.isFile()) {
                        Files.copy(target, tmp, StandardCopyOption.REPLACE_EXISTING);
                    }
                    raf = new RandomAccessFile(tmp.toFile(), "rw");
                    if (mode.startsWith("a") || mode.startsWith("A")) {
                        raf.seek(raf.length());
                    }
                    break;
                default:
                    throw Errors.of("MATLAB:fopen:InvalidPermission", "Invalid permission '" + mode + "'.");
            }
            Table t = table();
            int id = t.next++;
            t.files.put(id, raf);
            t.names.put(id, name);
            if (tmp != null) {
                t.pending.put(id, new Path[] {tmp, target});
            }
            return new Value[] {DoubleArray.scalar(id), CharArray.of("")};
        } catch (IOException e) {
            if (tmp != null) {
                AtomicFiles.discard(tmp);
            }
            return failed(nargout, e.getMessage());
        }
    }

    private static Value[] failed(int nargout, String why) {
        return new Value[] {DoubleArray.scalar(-1), CharArray.of(why)};
    }

    @Builtin("fclose")
    public static Value[] fclose(Value[] args, int nargout) {
        Args.count(args, 1, 1);
        Table t = table();
        if (Args.isText(args[0]) && Args.text(args[0], "fclose").equals("all")) {
            closeAll(t);
            return new Value[] {DoubleArray.scalar(0)};
        }
        int id = (int) Args.scalar(args[0], "fclose");
        if (!t.files.containsKey(id)) {
            throw Errors.of("MATLAB:badfid_mx", "Invalid file identifier. Use fopen to generate a valid file identifier.");
        }
        close(t, id);
        return new Value[] {DoubleArray.scalar(0)};
    }

    private static void closeAll(Table t) {
        RuntimeException first = null;
        for (Integer id : new java.util.ArrayList<>(t.files.keySet())) {
            try {
                close(t, id);
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Closes file id; a file written through a temporary copy replaces its target now. */
    private static void close(Table t, int id) {
        RandomAccessFile f = t.files.remove(id);
        String name = t.names.remove(id);
        Path[] pending = t.pending.remove(id);
        try {
            f.close();
        } catch (IOException e) {
            // nothing buffered is lost: RandomAccessFile writes go straight to the file
        }
        if (pending != null) {
            try {
                AtomicFiles.commit(pending[0], pending[1]);
            } catch (IOException e) {
                AtomicFiles.discard(pending[0]);
                throw Errors.of("mjc:io:cannotWrite", "Could not write file " + name + ". " + e.getMessage());
            }
        }
    }

    /** One line with (fgets) or without (fgetl) its newline; -1 at the end of the file. */
    private static Value line(Value fid, boolean keepNewline, String fn) {
        RandomAccessFile f = file(fid, fn);
        try {
            if (f.getFilePointer() >= f.length()) {
                return DoubleArray.scalar(-1);
            }
            java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
            int b;
            while ((b = f.read()) != -1) {
                if (b == '\n') {
                    if (keepNewline) {
                        buf.write(b);
                    }
                    break;
                }
                buf.write(b);
            }
            String s = buf.toString(StandardCharsets.UTF_8);
            if (!keepNewline && s.endsWith("\r")) {
                s = s.substring(0, s.length() - 1);
            }
            return s.isEmpty() ? new CharArray(new int[] {1, 0}, new char[0]) : CharArray.of(s);
        } catch (IOException e) {
            throw Errors.of("MATLAB:fgetl:readError", "Cannot read the file: " + e.getMessage());
        }
    }

    /** The rest of an open file as UTF-8 text (textscan of a file id); the position moves to the end. */
    static String readRest(Value fid, String fn) {
        RandomAccessFile f = file(fid, fn);
        try {
            byte[] b = new byte[(int) (f.length() - f.getFilePointer())];
            f.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Errors.of("MATLAB:" + fn + ":readError", "Cannot read the file: " + e.getMessage());
        }
    }

    @Builtin("fgetl")
    public static Value fgetl(Value fid) {
        return line(fid, false, "fgetl");
    }

    @Builtin("fgets")
    public static Value fgets(Value fid) {
        return line(fid, true, "fgets");
    }

    @Builtin("feof")
    public static Value feof(Value fid) {
        RandomAccessFile f = file(fid, "feof");
        try {
            return mjc.runtime.value.LogicalArray.of(f.getFilePointer() >= f.length());
        } catch (IOException e) {
            return mjc.runtime.value.LogicalArray.of(true);
        }
    }

    /** fscanf(fid, format[, size]): sscanf of the rest of the file, the position moved past what was read. */
    @Builtin("fscanf")
    public static Value[] fscanf(Value[] args, int nargout) {
        Args.count(args, 2, 3);
        RandomAccessFile f = file(args[0], "fscanf");
        try {
            long start = f.getFilePointer();
            String rest = readRest(args[0], "fscanf");
            Value[] sub = args.clone();
            sub[0] = CharArray.of(rest);
            Value[] r = mjc.stdlib.text.Scanf.sscanf(sub, 4);
            int next = (int) ((ArrayValue) r[3]).re(0) - 1;
            f.seek(start + rest.substring(0, Math.min(next, rest.length())).getBytes(StandardCharsets.UTF_8).length);
            return new Value[] {r[0], r[1], r[2]};
        } catch (IOException e) {
            throw Errors.of("MATLAB:fscanf:readError", "Cannot read the file: " + e.getMessage());
        }
    }

    /** ftell(fid): the position in bytes from the start. */
    @Builtin("ftell")
    public static Value ftell(Value fid) {
        try {
            return DoubleArray.scalar(file(fid, "ftell").getFilePointer());
        } catch (IOException e) {
            return DoubleArray.scalar(-1);
        }
    }

    /** fseek(fid, offset, origin): origin 'bof'/-1, 'cof'/0, 'eof'/1; 0 on success, -1 past the ends. */
    @Builtin("fseek")
    public static Value[] fseek(Value[] args, int nargout) {
        Args.count(args, 2, 3);
        RandomAccessFile f = file(args[0], "fseek");
        long offset = (long) Args.scalar(args[1], "fseek");
        try {
            long base;
            Value origin = args.length > 2 ? args[2] : DoubleArray.scalar(-1);
            String o = Args.isText(origin) ? Args.text(origin, "fseek") : switch ((int) Args.scalar(origin, "fseek")) {
                case -1 -> "bof";
                case 0 -> "cof";
                case 1 -> "eof";
                default -> "";
            };
            base = switch (o) {
                case "bof" -> 0;
                case "cof" -> f.getFilePointer();
                case "eof" -> f.length();
                default -> throw Errors.of("MATLAB:fseek:invalidOrigin", "Origin must be 'bof', 'cof', 'eof', -1, 0 "
                    + "or 1.");
            };
            long to = base + offset;
            if (to < 0 || to > f.length()) {
                return new Value[] {DoubleArray.scalar(-1)};
            }
            f.seek(to);
            return new Value[] {DoubleArray.scalar(0)};
        } catch (IOException e) {
            return new Value[] {DoubleArray.scalar(-1)};
        }
    }

    /** fflush(fid): files are written through at once; the standard streams are flushed. */
    @Builtin("fflush")
    public static Value[] fflush(Value[] args, int nargout) {
        Args.count(args, 1, 1);
        int id = (int) Args.scalar(args[0], "fflush");
        if (id == 1) {
            Session.current().out().flush();
        } else if (id == 2) {
            Session.current().err().flush();
        } else {
            file(args[0], "fflush");
        }
        return new Value[] {DoubleArray.scalar(0)};
    }

    @Builtin("frewind")
    public static void frewind(Value fid) {
        try {
            file(fid, "frewind").seek(0);
        } catch (IOException e) {
            throw Errors.of("MATLAB:frewind:error", e.getMessage());
        }
    }

    /** fread(fid[, count[, precision]]): bytes as a column of doubles; '*char' and 'char' give text. */
    @Builtin("fread")
    public static Value[] fread(Value[] args, int nargout) {
        Args.count(args, 1, 3);
        RandomAccessFile f = file(args[0], "fread");
        try {
            long left = f.length() - f.getFilePointer();
            long count = left;
            if (args.length > 1 && !Double.isInfinite(Args.scalar(args[1], "fread"))) {
                count = Math.min(left, (long) Args.scalar(args[1], "fread"));
            }
            byte[] b = new byte[(int) count];
            f.readFully(b);
            String precision = args.length > 2 ? Args.text(args[2], "fread") : "uint8";
            if (precision.contains("char")) {
                String s = new String(b, StandardCharsets.UTF_8);
                return new Value[] {new CharArray(Dims.col(s.length()), s.toCharArray()), DoubleArray.scalar(b.length)};
            }
            double[] d = new double[b.length];
            for (int i = 0; i < b.length; i++) {
                d[i] = b[i] & 0xff;
            }
            return new Value[] {DoubleArray.of(Dims.col(d.length), d), DoubleArray.scalar(b.length)};
        } catch (IOException e) {
            throw Errors.of("MATLAB:fread:readError", "Cannot read the file: " + e.getMessage());
        }
    }

    /** fwrite(fid, data): char as UTF-8 text, numbers as bytes (uint8). */
    @Builtin("fwrite")
    public static Value[] fwrite(Value[] args, int nargout) {
        Args.count(args, 2, 3);
        RandomAccessFile f = file(args[0], "fwrite");
        byte[] b;
        if (args[1] instanceof CharArray c) {
            b = c.string().getBytes(StandardCharsets.UTF_8);
        } else {
            ArrayValue a = Args.array(args[1], "fwrite");
            b = new byte[a.numel()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) Math.max(0, Math.min(255, Math.round(a.re(i))));
            }
        }
        write(f, b);
        return new Value[] {DoubleArray.scalar(b.length)};
    }

    static void write(RandomAccessFile f, byte[] b) {
        try {
            f.write(b);
        } catch (IOException e) {
            throw Errors.of("MATLAB:fwrite:writeError", "Cannot write the file: " + e.getMessage());
        }
    }

    /** fprintf to a file identifier from fopen (fprintf itself handles 1 and 2). */
    public static int printTo(int fid, String fmt, Value[] args, int from) {
        RandomAccessFile f = table().files.get(fid);
        if (f == null) {
            throw Errors.of("MATLAB:badfid_mx", "Invalid file identifier. Use fopen to generate a valid file identifier.");
        }
        byte[] b = Formatter.format(fmt, args, from).getBytes(StandardCharsets.UTF_8);
        write(f, b);
        return b.length;
    }
}
