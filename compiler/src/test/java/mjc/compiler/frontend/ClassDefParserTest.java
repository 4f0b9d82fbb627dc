package mjc.compiler.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import mjc.compiler.frontend.ast.ClassDef;
import mjc.compiler.frontend.ast.FunctionDef;
import mjc.compiler.frontend.ast.SourceFile;
import org.junit.jupiter.api.Test;

/** classdef files: header, member blocks with attributes, property declarations, signatures, events, enumerations. */
class ClassDefParserTest {
    private static SourceFile parse(String... lines) {
        Frontend.Result r = Frontend.parse("Shape.m", "Shape", String.join("\n", lines) + "\n");
        assertThat(r.diagnostics()).as("diagnostics").isEmpty();
        return r.file();
    }

    @Test
    void headerBlocksAndLocalFunctions() {
        SourceFile f = parse(
            "classdef (Abstract, ~Sealed) Shape < handle & matlab.mixin.Copyable",
            "  properties (SetAccess = private, Constant)",
            "    Sides (1,1) double {mustBePositive, mustBeInteger} = 3",
            "    Name string",
            "    Points (:,2) = zeros(0, 2);   % a comment",
            "    Tag",
            "  end",
            "  methods",
            "    function obj = Shape(n)",
            "      if nargin > 0",
            "        obj.Sides = n;",
            "      end",
            "    end",
            "    function v = get.Name(obj)",
            "      v = \"shape\";",
            "    end",
            "  end",
            "  methods (Abstract)",
            "    a = area(obj)",
            "    draw(obj, varargin)",
            "  end",
            "  events",
            "    Changed",
            "  end",
            "end",
            "function helper()",
            "  disp properties",
            "end");
        ClassDef c = f.classDef;
        assertThat(f.isScript).isFalse();
        assertThat(c.name).isEqualTo("Shape");
        assertThat(c.superclasses).containsExactly("handle", "matlab.mixin.Copyable");
        assertThat(c.attributes).extracting(ClassDef.Attribute::name).containsExactly("Abstract", "Sealed");
        assertThat(c.attributes.get(1).negated()).isTrue();
        ClassDef.PropertyBlock props = c.properties.get(0);
        assertThat(props.attributes()).extracting(ClassDef.Attribute::name).containsExactly("SetAccess", "Constant");
        List<ClassDef.PropertyDecl> d = props.declarations();
        assertThat(d).extracting(ClassDef.PropertyDecl::name).containsExactly("Sides", "Name", "Points", "Tag");
        assertThat(d.get(0).size()).containsExactly(1, 1);
        assertThat(d.get(0).className()).isEqualTo("double");
        assertThat(d.get(0).validators()).hasSize(2);
        assertThat(d.get(0).defaultValue()).isNotNull();
        assertThat(d.get(1).className()).isEqualTo("string");
        assertThat(d.get(2).size()).isEqualTo(Arrays.asList(null, 2));
        assertThat(d.get(3).defaultValue()).isNull();
        assertThat(c.methods.get(0).functions()).extracting(fd -> fd.name).containsExactly("Shape", "get.Name");
        List<FunctionDef> sigs = c.methods.get(1).functions();
        assertThat(sigs).extracting(fd -> fd.name).containsExactly("area", "draw");
        assertThat(sigs.get(0).body).isNull();
        assertThat(sigs.get(0).outputs).containsExactly("a");
        assertThat(sigs.get(1).params).containsExactly("obj", "varargin");
        assertThat(c.events.get(0).names()).containsExactly("Changed");
        assertThat(f.functions).extracting(fd -> fd.name).containsExactly("helper");
    }

    @Test
    void enumerationsAndStaticMethods() {
        SourceFile f = parse(
            "classdef Color",
            "  properties",
            "    R, G",
            "  end",
            "  enumeration",
            "    Red (1, 0)",
            "    Green (0, 1)",
            "  end",
            "  methods (Static)",
            "    function c = pick(name)",
            "      c = Color.(name);",
            "    end",
            "  end",
            "end");
        ClassDef c = f.classDef;
        assertThat(c.enumeration).extracting(ClassDef.EnumMember::name).containsExactly("Red", "Green");
        assertThat(c.enumeration.get(0).args()).hasSize(2);
        assertThat(c.properties.get(0).declarations()).extracting(ClassDef.PropertyDecl::name).containsExactly("R", "G");
        assertThat(c.methods.get(0).attributes().get(0).name()).isEqualTo("Static");
    }

    @Test
    void membersKeywordsAreOrdinaryNamesOutsideAClassdef() {
        Frontend.Result r = Frontend.parse("t.m", "t", "methods = 3;\nproperties = methods + 1;\ndisp(properties)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.file().script).hasSize(3);
    }

    @Test
    void aMisplacedClassdefIsALocatedError() {
        Frontend.Result r = Frontend.parse("t.m", "t", "x = 1;\nclassdef Foo\nend\n");
        assertThat(r.diagnostics()).extracting(Diagnostic::message).contains("classdef must be the first statement of its file");
    }
}
