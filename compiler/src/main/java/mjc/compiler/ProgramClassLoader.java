package mjc.compiler;

import java.util.Map;

/** Defines a compiled program's classes in memory, for {@code mjc run} and the embedding API. */
public final class ProgramClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    public ProgramClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
        super(parent);
        this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] b = classes.get(name.replace('.', '/'));
        if (b == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, b, 0, b.length);
    }
}
