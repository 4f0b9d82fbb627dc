package mjc.compiler.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mjc.compiler.CompiledProgram;
import mjc.compiler.Compiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

/** A classdef class compiles to one JVM class with a field per stored property (issue 11). */
class ClassShapeTest {
    @TempDir
    Path dir;

    private ClassNode compiled(String cls) throws IOException {
        Files.writeString(dir.resolve("Base.m"), "classdef Base < handle\n  properties\n    A = 1\n  end\nend\n");
        Files.writeString(dir.resolve("Shape.m"), "classdef Shape < Base\n  properties\n    Width = 2\n    Height\n  end\n"
            + "  properties (Constant)\n    Sides = 4\n  end\n  properties (Dependent)\n    Area\n  end\n  methods\n"
            + "    function a = get.Area(obj)\n      a = obj.Width * obj.Height;\n    end\n  end\nend\n");
        Files.writeString(dir.resolve("main.m"), "s = Shape();\ns.Height = 3;\ndisp(s.Area)\n");
        CompiledProgram p = new Compiler(List.of()).compile(dir.resolve("main.m"), "main.m");
        ClassNode cn = new ClassNode();
        new ClassReader(p.classes().get("mjcprog/" + cls)).accept(cn, 0);
        return cn;
    }

    @Test
    void storedPropertiesAreFieldsAndInheritedOnesLiveInTheBaseClass() throws IOException {
        ClassNode shape = compiled("Shape");
        assertThat(shape.superName).isEqualTo("mjcprog/Base");
        assertThat(shape.fields).extracting(f -> f.name).containsExactlyInAnyOrder("META", "p$Width", "p$Height");
        assertThat(shape.fields.stream().filter(f -> f.name.startsWith("p$")).map(f -> f.desc).toList())
            .containsOnly("Lmjc/runtime/value/Value;");
        ClassNode base = compiled("Base");
        assertThat(base.superName).isEqualTo("mjc/runtime/object/MObject");
        assertThat(base.fields).extracting((FieldNode f) -> f.name).containsExactlyInAnyOrder("META", "p$A");
    }
}
