package mjc.stdlib.io;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mjc.runtime.error.Errors;
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

/** Paths, folders and whole-file text: fullfile, fileparts, tempdir, delete, dir, readlines, ... */
public final class FileSystem {
    private FileSystem() {
    }

    static Path path(Value v, String fn) {
        return Path.of(Args.text(v, fn));
    }

    @Builtin("fullfile")
    public static Value[] fullfile(Value[] args, int nargout) {
        StringBuilder sb = new StringBuilder();
        for (Value a : args) {
            String part = Args.text(a, "fullfile");
            if (part.isEmpty()) {
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != File.separatorChar) {
                sb.append(File.separatorChar);
            }
            if (sb.length() > 0 && part.startsWith(File.separator)) {
                part = part.substring(1);
            }
            sb.append(part);
        }
        String s = sb.toString().replace(File.separator + File.separator, File.separator);
        boolean str = args.length > 0 && args[0] instanceof StringArray;
        return new Value[] {str ? StringArray.of(s) : CharArray.of(s)};
    }

    @Builtin("fileparts")
    public static Value[] fileparts(Value[] args, int nargout) {
        Args.count(args, 1, 1);
        String s = Args.text(args[0], "fileparts");
        int slash = s.lastIndexOf(File.separatorChar);
        String dir = slash >= 0 ? s.substring(0, slash == 0 ? 1 : slash) : "";
        String rest = s.substring(slash + 1);
        int dot = rest.lastIndexOf('.');
        String name = dot >= 0 ? rest.substring(0, dot) : rest;
        String ext = dot >= 0 ? rest.substring(dot) : "";
        return new Value[] {text(dir), text(name), text(ext)};
    }

    private static Value text(String s) {
        return s.isEmpty() ? new CharArray(new int[] {1, 0}, new char[0]) : CharArray.of(s);
    }

    @Builtin("tempdir")
    public static Value tempdir() {
        String t = System.getProperty("java.io.tmpdir");
        return CharArray.of(t.endsWith(File.separator) ? t : t + File.separator);
    }

    @Builtin("tempname")
    public static Value[] tempname(Value[] args, int nargout) {
        String dir = args.length > 0 ? Args.text(args[0], "tempname") : Args.text(tempdir(), "tempname");
        String name = "tp" + java.util.UUID.randomUUID().toString().replace("-", "_");
        return new Value[] {CharArray.of(Path.of(dir, name).toString())};
    }

    @Builtin("pwd")
    public static Value pwd() {
        return CharArray.of(Path.of("").toAbsolutePath().toString());
    }

    @Builtin("filesep")
    public static Value filesep() {
        return CharArray.of(File.separator);
    }

    @Builtin("pathsep")
    public static Value pathsep() {
        return CharArray.of(File.pathSeparator);
    }

    @Builtin("getenv")
    public static Value getenv(Value name) {
        String v = mjc.stdlib.lang.Environment.get(Args.text(name, "getenv"));
        return v == null ? new CharArray(new int[] {0, 0}, new char[0]) : CharArray.of(v);
    }

    @Builtin("isfile")
    public static Value isfile(Value name) {
        return LogicalArray.of(Files.isRegularFile(path(name, "isfile")));
    }

    @Builtin({"isfolder", "isdir"})
    public static Value isfolder(Value name) {
        return LogicalArray.of(Files.isDirectory(path(name, "isfolder")));
    }

    /** delete(file, ...): removes files (wildcards in the name part allowed); a missing one warns. */
    @Builtin("delete")
    public static Value[] delete(Value[] args, int nargout) {
        for (Value a : args) {
            String s = Args.text(a, "delete");
            for (Path p : matches(s)) {
                try {
                    if (Files.isDirectory(p)) {
                        throw Errors.of("MATLAB:DELETE:Permission", "Cannot delete a folder with delete; use rmdir.");
                    }
                    Files.delete(p);
                } catch (IOException e) {
                    throw Errors.of("MATLAB:DELETE:Permission", "Cannot delete " + p + ": " + e.getMessage());
                }
            }
        }
        return new Value[0];
    }

    /** The files a name with optional * wildcards in its last part refers to (a missing file warns). */
    private static List<Path> matches(String s) {
        Path p = Path.of(s);
        String last = p.getFileName() == null ? "" : p.getFileName().toString();
        List<Path> out = new ArrayList<>();
        if (!last.contains("*")) {
            if (Files.exists(p)) {
                out.add(p);
            } else {
                mjc.runtime.session.Session.current().warn("File '" + s + "' not found.");
            }
            return out;
        }
        Path dir = p.getParent() == null ? Path.of("") : p.getParent();
        String regex = java.util.regex.Pattern.quote(last).replace("*", "\\E.*\\Q");
        try (Stream<Path> st = Files.list(dir.toAbsolutePath())) {
            st.filter(x -> x.getFileName().toString().matches(regex)).sorted().forEach(out::add);
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /** copyfile(source, destination[, 'f']): a file or a folder tree; [status, msg] when asked, else an error. */
    @Builtin("copyfile")
    public static Value[] copyfile(Value[] args, int nargout) {
        return transfer(args, nargout, "copyfile", false);
    }

    /** movefile(source, destination[, 'f']). */
    @Builtin("movefile")
    public static Value[] movefile(Value[] args, int nargout) {
        return transfer(args, nargout, "movefile", true);
    }

    private static Value[] transfer(Value[] args, int nargout, String fn, boolean move) {
        Args.count(args, 2, 3);
        Path from = path(args[0], fn);
        Path to = path(args[1], fn);
        try {
            if (!Files.exists(from)) {
                throw new IOException("No matching files were found.");
            }
            if (Files.isDirectory(to) && !Files.isDirectory(from)) {
                to = to.resolve(from.getFileName());
            }
            if (move) {
                Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else if (Files.isDirectory(from)) {
                Path target = to;
                try (java.util.stream.Stream<Path> all = Files.walk(from)) {
                    for (Path p : (Iterable<Path>) all::iterator) {
                        Path dest = target.resolve(from.relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(dest);
                        } else {
                            Files.copy(p, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            } else {
                Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage();
            if (nargout > 0) {
                return new Value[] {LogicalArray.of(false), CharArray.of(msg), CharArray.of("MATLAB:" + fn + ":OSError")};
            }
            throw Errors.of("MATLAB:" + fn + ":OSError", (move ? "Cannot move " : "Cannot copy ") + from + ": " + msg);
        }
        return new Value[] {LogicalArray.of(true), CharArray.emptyRow(), CharArray.emptyRow()};
    }

    @Builtin("mkdir")
    public static Value[] mkdir(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        Path p = args.length == 2 ? Path.of(Args.text(args[0], "mkdir"), Args.text(args[1], "mkdir"))
            : path(args[0], "mkdir");
        boolean existed = Files.isDirectory(p);
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            if (nargout > 0) {
                return new Value[] {LogicalArray.of(false), CharArray.of(e.getMessage()), CharArray.of("MATLAB:MKDIR:OSError")};
            }
            throw Errors.of("MATLAB:MKDIR:OSError", "Cannot create folder " + p + ": " + e.getMessage());
        }
        if (existed && nargout == 0) {
            mjc.runtime.session.Session.current().warn("Directory already exists.");
        }
        return nargout > 0 ? new Value[] {LogicalArray.of(true), CharArray.of(existed ? "Directory already exists." : ""),
            CharArray.of(existed ? "MATLAB:MKDIR:DirectoryExists" : "")} : new Value[0];
    }

    @Builtin("rmdir")
    public static Value[] rmdir(Value[] args, int nargout) {
        Args.count(args, 1, 2);
        Path p = path(args[0], "rmdir");
        boolean recursive = args.length == 2 && Args.text(args[1], "rmdir").equals("s");
        try {
            if (!Files.isDirectory(p)) {
                throw new java.nio.file.NoSuchFileException(p.toString());
            }
            if (recursive) {
                try (Stream<Path> st = Files.walk(p)) {
                    for (Path x : (Iterable<Path>) st.sorted(java.util.Comparator.reverseOrder())::iterator) {
                        Files.delete(x);
                    }
                }
            } else {
                Files.delete(p);
            }
        } catch (IOException e) {
            String why = e instanceof DirectoryNotEmptyException ? "The folder is not empty." : "No such folder.";
            if (nargout > 0) {
                return new Value[] {LogicalArray.of(false), CharArray.of(why), CharArray.of("MATLAB:RMDIR:OSError")};
            }
            throw Errors.of("MATLAB:RMDIR:OSError", "Cannot remove folder " + p + ". " + why);
        }
        return nargout > 0 ? new Value[] {LogicalArray.of(true), CharArray.of(""), CharArray.of("")} : new Value[0];
    }

    /** dir(name): a struct array with name, folder, date, bytes, isdir, datenum. */
    @Builtin("dir")
    public static Value[] dir(Value[] args, int nargout) {
        Args.count(args, 0, 1);
        String s = args.length == 0 ? "." : Args.text(args[0], "dir");
        List<Path> entries = new ArrayList<>();
        Path p = Path.of(s);
        if (Files.isDirectory(p)) {
            entries.add(p.resolve("."));
            entries.add(p.resolve(".."));
            try (Stream<Path> st = Files.list(p)) {
                st.sorted().forEach(entries::add);
            } catch (IOException e) {
                throw Errors.of("MATLAB:dir:cannotRead", "Cannot read folder " + s + ".");
            }
        } else {
            for (Path x : matchesQuiet(s)) {
                entries.add(x);
            }
        }
        List<String> names = List.of("name", "folder", "date", "bytes", "isdir", "datenum");
        Value[][] elems = new Value[entries.size()][];
        for (int i = 0; i < elems.length; i++) {
            Path e = entries.get(i);
            String name = e.getFileName().toString();
            Path folder = e.toAbsolutePath().normalize().getParent();
            boolean isDir = Files.isDirectory(e);
            long bytes = 0;
            try {
                bytes = isDir ? 0 : Files.size(e);
            } catch (IOException ex) {
                bytes = 0;
            }
            elems[i] = new Value[] {CharArray.of(name), CharArray.of(folder == null ? "" : folder.toString()),
                CharArray.of(""), DoubleArray.scalar(bytes), LogicalArray.of(isDir), DoubleArray.scalar(0)};
        }
        return new Value[] {new StructArray(Dims.col(elems.length), names, elems)};
    }

    private static List<Path> matchesQuiet(String s) {
        Path p = Path.of(s);
        if (!s.contains("*")) {
            return Files.exists(p) ? List.of(p) : List.of();
        }
        Path dir = p.getParent() == null ? Path.of("") : p.getParent();
        String last = p.getFileName().toString();
        String regex = java.util.regex.Pattern.quote(last).replace("*", "\\E.*\\Q");
        List<Path> out = new ArrayList<>();
        try (Stream<Path> st = Files.list(dir.toAbsolutePath())) {
            st.filter(x -> x.getFileName().toString().matches(regex)).sorted().forEach(x -> out.add(dir.resolve(x.getFileName())));
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /** readlines(file): a column string array, one element per line. */
    @Builtin("readlines")
    public static Value readlines(Value file) {
        Path p = path(file, "readlines");
        String text;
        try {
            text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw FileIo.readError(p, e);
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty() && text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        return new StringArray(Dims.col(lines.size()), lines.toArray(new String[0]));
    }

    /** writelines(lines, file): each element of lines and a newline. */
    @Builtin("writelines")
    public static void writelines(Value lines, Value file) {
        Path p = path(file, "writelines");
        String[] items = lines instanceof CharArray c ? new String[] {c.string()} : Args.texts(lines, "writelines");
        StringBuilder sb = new StringBuilder();
        for (String s : items) {
            sb.append(s).append('\n');
        }
        try {
            FileIo.writeAtomic(p, sb.toString());
        } catch (IOException e) {
            throw Errors.of("mjc:io:cannotWrite", "Could not write file " + p + ". " + e.getMessage());
        }
    }

    static CellArray cellOf(List<String> items) {
        Value[] out = new Value[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = CharArray.of(items.get(i));
        }
        return new CellArray(Dims.col(out.length), out);
    }
}
