package mjc.compiler;

import java.util.Map;

/**
 * Defines a compiled program's classes in memory, for {@code mjc run} and the embedding API.
 * The JVM verifies each class when it links it. With the system property mjc.verifyClasses=true
 * (set for every test run) each class is also checked by ASM's CheckClassAdapter first, whose
 * messages name the instruction and the frame: no generated class escapes a test unchecked.
 */
public final class ProgramClassLoader extends ClassLoader {
    private static final boolean CHECK = Boolean.getBoolean("mjc.verifyClasses");
    private final Map<String, byte[]> classes;

    private final boolean check;
    /** Loads the classes a second time, unchecked, for CheckClassAdapter's type questions. */
    private ProgramClassLoader types;

    public ProgramClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
        this(classes, parent, CHECK);
    }

    private ProgramClassLoader(Map<String, byte[]> classes, ClassLoader parent, boolean check) {
        super(parent);
        this.classes = classes;
        this.check = check;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] b = classes.get(name.replace('.', '/'));
        if (b == null) {
            throw new ClassNotFoundException(name);
        }
        if (check) {
            check(name, b);
        }
        return defineClass(name, b, 0, b.length);
    }

    private void check(String name, byte[] b) {
        if (types == null) {
            types = new ProgramClassLoader(classes, getParent(), false);
        }
        java.io.StringWriter report = new java.io.StringWriter();
        org.objectweb.asm.util.CheckClassAdapter.verify(new org.objectweb.asm.ClassReader(b), types, false,
            new java.io.PrintWriter(report));
        // ASM's analyzer has allocation limits of its own (a 2,000-deep expression needs frames
        // too large for it): such a method is left to the JVM's verifier, which runs anyway
        if (!report.toString().isEmpty() && !report.toString().contains("LimitExceededException")) {
            throw new VerifyError("generated class " + name + " fails CheckClassAdapter:\n" + report);
        }
    }
}
