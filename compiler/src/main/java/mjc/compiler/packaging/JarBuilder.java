package mjc.compiler.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import mjc.compiler.CompiledProgram;

/**
 * Writes a self-contained runnable jar: the program's classes, the runtime and stdlib (and
 * their dependencies), a manifest naming the launcher, and the entry in
 * META-INF/mjc/program.properties. Compiler classes (with ASM) go in only when the program
 * evaluates text at run time (eval, evalc, str2func of an anonymous function); .m sources never.
 */
public final class JarBuilder {
    /** Packages a compiled program needs at run time. */
    private static final List<String> RUNTIME_PREFIXES = List.of("mjc/runtime/", "mjc/stdlib/", "org/ejml/",
        "com/fasterxml/jackson/", "org/apache/commons/csv/", "org/apache/commons/io/", "org/apache/commons/codec/",
        "us/hebi/matlab/");
    /** What eval needs in addition: the compiler, ASM, and the service entry that finds it. */
    private static final List<String> COMPILER_PREFIXES = List.of("mjc/compiler/", "org/objectweb/asm/",
        "META-INF/services/mjc.stdlib.lang.DynamicCode$Provider");

    private JarBuilder() {
    }

    public static void write(CompiledProgram program, Path jar) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "mjc.stdlib.launch.JarMain");
        m.getMainAttributes().putValue("Created-By", "mjc");
        Path parent = jar.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Set<String> written = new HashSet<>();
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os, m)) {
            written.add("META-INF/MANIFEST.MF");
            String props = "entry.class=" + program.entryClass() + "\nentry.script=" + program.entryIsScript()
                + "\nentry.name=" + program.entryName() + "\n";
            put(out, written, "META-INF/mjc/program.properties", props.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (var e : program.classes().entrySet()) {
                put(out, written, e.getKey() + ".class", e.getValue());
            }
            List<String> prefixes = new java.util.ArrayList<>(RUNTIME_PREFIXES);
            if (program.needsCompiler()) {
                prefixes.addAll(COMPILER_PREFIXES);
            }
            for (Path root : roots(program.needsCompiler())) {
                copyRuntime(root, out, written, prefixes);
            }
        }
    }

    /**
     * Writes the program's classes, its entry description and (with runtime) the runtime classes
     * into a classes directory, as the Maven plugin does for a module.
     */
    public static void writeTo(CompiledProgram program, Path dir, boolean entry, boolean runtime) throws IOException {
        for (var e : program.classes().entrySet()) {
            Path f = dir.resolve(e.getKey() + ".class");
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
        if (entry) {
            Path props = dir.resolve("META-INF/mjc/program.properties");
            Files.createDirectories(props.getParent());
            Files.writeString(props, "entry.class=" + program.entryClass() + "\nentry.script=" + program.entryIsScript()
                + "\nentry.name=" + program.entryName() + "\n");
        }
        if (runtime) {
            List<String> prefixes = new java.util.ArrayList<>(RUNTIME_PREFIXES);
            if (program.needsCompiler()) {
                prefixes.addAll(COMPILER_PREFIXES);
            }
            java.io.ByteArrayOutputStream sink = new java.io.ByteArrayOutputStream();
            try (JarOutputStream tmp = new JarOutputStream(sink)) {
                Set<String> written = new HashSet<>();
                for (Path root : roots(program.needsCompiler())) {
                    copyRuntime(root, tmp, written, prefixes);
                }
            }
            try (var in = new java.util.jar.JarInputStream(new java.io.ByteArrayInputStream(sink.toByteArray()))) {
                JarEntry e;
                while ((e = in.getNextJarEntry()) != null) {
                    Path f = dir.resolve(e.getName());
                    Files.createDirectories(f.getParent());
                    Files.write(f, in.readAllBytes());
                }
            }
        }
    }

    private static void put(JarOutputStream out, Set<String> written, String name, byte[] data) throws IOException {
        if (!written.add(name)) {
            return;
        }
        JarEntry e = new JarEntry(name);
        e.setTime(0);
        out.putNextEntry(e);
        out.write(data);
        out.closeEntry();
    }

    /** Where the runtime, stdlib and EJML classes live: directories in a dev build, jars otherwise. */
    private static Set<Path> roots(boolean withCompiler) {
        Set<Path> roots = new java.util.LinkedHashSet<>();
        List<Class<?>> anchors = new java.util.ArrayList<>(List.of(mjc.runtime.value.Value.class,
            mjc.stdlib.BuiltinRegistry.class, org.ejml.data.DMatrixRMaj.class,
            com.fasterxml.jackson.databind.ObjectMapper.class, com.fasterxml.jackson.core.JsonFactory.class,
            com.fasterxml.jackson.annotation.JsonProperty.class, org.apache.commons.csv.CSVFormat.class,
            org.apache.commons.io.IOUtils.class, org.apache.commons.codec.binary.Hex.class,
            us.hebi.matlab.mat.format.Mat5.class));
        if (withCompiler) {
            anchors.addAll(List.of(mjc.compiler.Compiler.class, org.objectweb.asm.ClassWriter.class,
                org.objectweb.asm.commons.TryCatchBlockSorter.class, org.objectweb.asm.tree.MethodNode.class));
        }
        for (Class<?> c : anchors) {
            try {
                URL loc = c.getProtectionDomain().getCodeSource().getLocation();
                roots.add(Path.of(loc.toURI()));
            } catch (URISyntaxException | NullPointerException e) {
                throw new IllegalStateException("cannot locate runtime classes", e);
            }
        }
        return roots;
    }

    private static boolean wanted(String name, List<String> prefixes) {
        for (String p : prefixes) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static void copyRuntime(Path root, JarOutputStream out, Set<String> written, List<String> prefixes)
        throws IOException {
        if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    if (Files.isRegularFile(p)) {
                        String name = root.relativize(p).toString().replace('\\', '/');
                        if (wanted(name, prefixes)) {
                            put(out, written, name, Files.readAllBytes(p));
                        }
                    }
                }
            }
            return;
        }
        try (JarFile jf = new JarFile(root.toFile())) {
            Enumeration<JarEntry> en = jf.entries();
            while (en.hasMoreElements()) {
                JarEntry e = en.nextElement();
                if (!e.isDirectory() && wanted(e.getName(), prefixes)) {
                    try (InputStream in = jf.getInputStream(e)) {
                        put(out, written, e.getName(), in.readAllBytes());
                    }
                }
            }
        }
    }
}
